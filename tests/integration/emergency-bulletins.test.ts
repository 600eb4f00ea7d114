// Emergency loudspeaker items are played at once: approval makes an out-of-slot bulletin, in review with its audio,
// which reaches the loudspeakers only once a reviewer approves it, and which the next daily slot does not repeat.
import Parser from 'rss-parser'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { assembleEmergencyBulletin, vietnamDateAndSlot } from '../../src/audio/emergencyBulletin'
import { outbox } from '../../src/email/adapter'
import { api } from '../helpers/api'
import { configureBroadcast } from '../helpers/broadcast'
import { type Doc, startWorkflowWorld, type WorkflowWorld } from '../helpers/workflow'

type Bulletin = Doc & {
  airsAt?: string
  audioStatus?: string
  items?: { relationTo: string; value: number | { id: number } }[]
  outOfSlot?: boolean
  priority?: string
  slot?: string
  title?: string
  workflowStatus?: string
}

const itemKeys = (b: Bulletin) => (b.items ?? []).map((i) => `${i.relationTo}:${typeof i.value === 'object' ? i.value.id : i.value}`)

describe('emergency loudspeaker bulletins', () => {
  let w: WorkflowWorld
  let commune = ''
  const url = () => w.server.url
  const bulletins = async (where: Record<string, unknown>) =>
    (await w.t.payload.find({ collection: 'bulletins', depth: 0, draft: true, overrideAccess: true, pagination: false, sort: 'createdAt', where: where as never })).docs as unknown as Bulletin[]
  const runBulletinJobs = async () => {
    // The emergency job queues the audio job; run until the queue is empty.
    for (let round = 0; round < 5; round++) {
      const run = await w.t.payload.jobs.run({ queue: 'bulletins' })
      if (run.noJobsRemaining || Object.keys(run.jobStatus ?? {}).length === 0) break
    }
  }
  const publish = async (data: Record<string, unknown>, reviewer: 'chief' | 'reviewer' = 'reviewer') => {
    const created = await api<{ doc: Doc }>(url(), '/api/articles', { body: w.complete('articles', { audiences: ['public'], ...data }), token: w.tokens.editor })
    if (created.status !== 201) throw new Error(JSON.stringify(created.body))
    expect((await w.act('editor', created.body.doc.id, { action: 'submit' })).status).toBe(200)
    expect((await w.act(reviewer, created.body.doc.id, { action: 'approve' })).status).toBe(200)
    return created.body.doc.id
  }
  const podcast = async () =>
    new Parser().parseString(await (await fetch(`${url()}/feeds/loudspeaker/podcast.xml`, { headers: { authorization: `Bearer ${commune}` } })).text())

  beforeAll(async () => {
    w = await startWorkflowWorld('emergency')
    const outlet = await w.t.payload.create({ collection: 'outlets', data: { channels: ['loudspeaker'], kind: 'loudspeaker-network', name: 'Loa xã' } as never, overrideAccess: true })
    commune = (await api<{ token: string }>(url(), `/api/outlets/${outlet.id}/token`, { body: {}, token: w.tokens.admin })).body.token
    await configureBroadcast(w, { intro: 'Thông báo khẩn.', outro: 'Hết thông báo.' })
  })
  afterAll(async () => w?.stop())

  let normal: Doc['id']
  let flood: Doc['id']
  let emergencyBulletin: Bulletin

  it('makes an out-of-slot bulletin in review, with its audio, the moment an emergency item is approved, and tells the reviewers', async () => {
    normal = await publish({ channels: ['loudspeaker'], title: 'Lịch họp dân tuần tới' })
    await runBulletinJobs()
    expect(await bulletins({ outOfSlot: { equals: true } })).toEqual([]) // a normal item waits for its slot
    outbox.length = 0
    const before = Date.now()
    flood = await publish({ channels: ['loudspeaker', 'radio'], priority: 'emergency', title: 'Lũ quét: sơ tán ngay khỏi bờ suối' })
    await runBulletinJobs()

    const made = await bulletins({ outOfSlot: { equals: true } })
    expect(made).toHaveLength(1)
    emergencyBulletin = made[0]!
    expect(itemKeys(emergencyBulletin)).toEqual([`articles:${flood}`])
    expect(emergencyBulletin).toMatchObject({ audioStatus: 'ready', priority: 'emergency', workflowStatus: 'in_review' })
    expect(emergencyBulletin.slot).toBe(vietnamDateAndSlot(new Date(Date.parse(emergencyBulletin.airsAt!) + 1)).slot)
    expect(Date.parse(emergencyBulletin.airsAt!)).toBeGreaterThan(before - 60_000)
    expect(Date.parse(emergencyBulletin.airsAt!)).toBeLessThanOrEqual(Date.now())
    expect(emergencyBulletin.title).toMatch(/^Bản tin khẩn cấp \d\d:\d\d ngày/)
    const toReviewers = outbox.filter((m) => m.subject.includes('Bản tin khẩn cấp'))
    expect(toReviewers.flatMap((m) => m.to)).toContain('reviewer@nguon.local')
    expect(toReviewers.flatMap((m) => m.to)).not.toContain('editor@nguon.local')
  })

  it('makes one bulletin per emergency item, however often the job runs', async () => {
    const again = await assembleEmergencyBulletin({ collection: 'articles', id: flood, payload: w.t.payload })
    expect(again).toEqual({ bulletin: emergencyBulletin.id, result: 'exists' })
    expect(await bulletins({ outOfSlot: { equals: true } })).toHaveLength(1)
  })

  it('reaches the loudspeakers only after a reviewer approves it; an editor cannot', async () => {
    const guid = `urn:nguon:bulletins:${emergencyBulletin.id}`
    expect((await podcast()).items.map((i) => i.guid)).not.toContain(guid)
    expect((await w.act('editor', emergencyBulletin.id, { action: 'approve' }, 'bulletins')).status).toBe(403)
    expect((await w.act('reviewer', emergencyBulletin.id, { action: 'approve' }, 'bulletins')).status).toBe(200)
    const item = (await podcast()).items.find((i) => i.guid === guid)
    expect(item?.enclosure?.type).toBe('audio/mpeg')
    expect(item?.categories?.map((c) => (typeof c === 'string' ? c : (c as { _: string })._))).toContain('emergency')
    const json = (await (await fetch(`${url()}/feeds/loudspeaker/bulletins.json`, { headers: { authorization: `Bearer ${commune}` } })).json()) as { items: { id: string; _nguon: Record<string, unknown> }[] }
    expect(json.items.find((i) => i.id === guid)?._nguon).toMatchObject({ outOfSlot: true, priority: 'emergency', slot: emergencyBulletin.slot })
  })

  it('leaves the emergency out of the next daily slot, which still carries the items waiting for it', async () => {
    const job = await w.t.payload.jobs.queue({ input: {}, queue: 'bulletins', task: 'assembleBulletin' })
    const run = await w.t.payload.jobs.run({ queue: 'bulletins' })
    expect(run.jobStatus?.[String(job.id)]?.status).toBe('success')
    const daily = await bulletins({ outOfSlot: { equals: false } })
    expect(daily).toHaveLength(1)
    expect(itemKeys(daily[0]!)).toContain(`articles:${normal}`)
    expect(itemKeys(daily[0]!)).not.toContain(`articles:${flood}`)
  })

  it('makes no emergency bulletin for an emergency item that is not for loudspeakers', async () => {
    await publish({ channels: ['newspaper'], priority: 'emergency', title: 'Chỉ đăng báo' })
    await runBulletinJobs()
    expect(await bulletins({ outOfSlot: { equals: true } })).toHaveLength(1)
  })
})
