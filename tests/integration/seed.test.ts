import { createLocalReq } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { CampaignReport } from '../../src/reports/campaignProgress'

import { loadReviewQueue } from '../../src/admin/workflow/loadReviewQueue'
import { CHANNELS } from '../../src/content/vocabulary'
import { outbox } from '../../src/email/adapter'
import { DEMO_USERS } from '../../src/seed/demoUsers'
import { PLAN_232_CAMPAIGN, PLAN_232_SLOGANS } from '../../src/seed/plan-232'
import { SAMPLE_AUTHORS, SAMPLE_ITEMS } from '../../src/seed/sampleContent'
import { seedPlan232, type SeedResult } from '../../src/seed/seedPlan232'
import { api, login } from '../helpers/api'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'
import { startTestServer, type TestServer } from '../helpers/testServer'

type Id = number | string
type Relation = Id | { id: Id }
type SampleDoc = {
  _status?: string
  approvedAt?: string
  approvedBy?: Relation
  audiences?: string[]
  author?: Relation
  channels?: string[]
  collection: 'articles' | 'briefs' | 'talking-points'
  distribution?: string
  id: Id
  reviewNote?: string
  unit?: { code: string; id: Id }
  version?: number
  workflowStatus: string
}
type WorkflowEvent = { action: string; actor: Relation; at: string; from: string; note?: null | string; to: string }
type JsonFeed = { items: { id: string; title: string }[] }

const PASSWORD = 'pw-for-test'
const SAMPLE_COLLECTIONS = ['articles', 'talking-points', 'briefs'] as const
const idOf = (relation: Relation | undefined) => (relation && typeof relation === 'object' ? relation.id : relation)
const feedId = (doc: SampleDoc) => `urn:nguon:${doc.collection}:${doc.id}`

describe('Plan 232 seed', () => {
  let t: TestPayload
  let server: TestServer
  let firstRun: SeedResult
  let emailsDuringSeed: number
  let newsroomId: Id

  beforeAll(async () => {
    t = await startTestPayload('seed')
    // A newsroom with a webhook that would receive every published item, if the seed were not quiet.
    const newsroom = await t.payload.create({
      collection: 'outlets',
      data: { accessLevel: 'internal', channels: [...CHANNELS], kind: 'agency', name: 'Tòa soạn thử', webhookUrl: 'http://127.0.0.1:9/hook' },
      overrideAccess: true,
    })
    newsroomId = newsroom.id
    const emailsBefore = outbox.length
    firstRun = await seedPlan232(t.payload, { demoPassword: PASSWORD })
    await new Promise((resolve) => setTimeout(resolve, 200)) // notifications are sent after the commit, in the background
    emailsDuringSeed = outbox.length - emailsBefore
    server = await startTestServer({ config: t.config, getPayload: async () => t.payload })
  })
  afterAll(async () => {
    await server?.close()
    await t?.stop()
  })

  const counts = async () => {
    const collections = ['campaigns', 'units', 'slogans', 'users', 'articles', 'talking-points', 'briefs', 'workflow-events'] as const
    const totals = await Promise.all(collections.map((collection) => t.payload.count({ collection, overrideAccess: true }).then((r) => r.totalDocs)))
    return Object.fromEntries(collections.map((collection, i) => [collection, totals[i]]))
  }

  /** The sample items as they stand now (latest version, with their unit). */
  const sampleDocs = async (): Promise<SampleDoc[]> => {
    const perCollection = await Promise.all(
      SAMPLE_COLLECTIONS.map(async (collection) => {
        const { docs } = await t.payload.find({ collection, depth: 1, draft: true, limit: 100, locale: 'vi', overrideAccess: true })
        return docs.map((doc) => ({ ...(doc as unknown as SampleDoc), collection }))
      }),
    )
    return perCollection.flat()
  }

  const eventsOf = async (doc: SampleDoc): Promise<WorkflowEvent[]> => {
    const { docs } = await t.payload.find({
      collection: 'workflow-events',
      depth: 0,
      overrideAccess: true,
      pagination: false,
      sort: 'at',
      where: { and: [{ itemCollection: { equals: doc.collection } }, { itemId: { equals: String(doc.id) } }] },
    })
    return docs as unknown as WorkflowEvent[]
  }

  const usersByEmail = async () => {
    const { docs } = await t.payload.find({ collection: 'users', depth: 0, limit: 50, overrideAccess: true })
    return new Map(docs.map((u) => [u.email, u]))
  }

  it('loads one campaign, ten units, eight slogans, the demo users and the sample content', async () => {
    expect(firstRun.created).toEqual({ articles: 9, briefs: 3, campaigns: 1, slogans: 8, talkingPoints: 3, units: 10, users: 8 })
    expect(firstRun.sampleByState).toEqual({ changes_requested: 1, draft: 1, in_review: 3, published: 10 })
    expect(await counts()).toEqual({
      articles: 9,
      briefs: 3,
      campaigns: 1,
      slogans: 8,
      'talking-points': 3,
      units: 10,
      users: DEMO_USERS.length + SAMPLE_AUTHORS.length,
      // Two per published item (submit, approve), one per item in review, two for the one sent back.
      'workflow-events': 10 * 2 + 3 + 2,
    })
  })

  it('leaves each unit’s sample items in the review states of the demo, and four units with nothing', async () => {
    const byUnit: Record<string, Record<string, number>> = {}
    for (const doc of await sampleDocs()) {
      const tally = (byUnit[doc.unit!.code] ??= {})
      tally[doc.workflowStatus] = (tally[doc.workflowStatus] ?? 0) + 1
    }
    expect(byUnit).toEqual({
      BTGTU: { published: 2 },
      BTON: { published: 1 },
      CA: { in_review: 1, published: 2 },
      SLDTBXH: { published: 1 },
      STTTT: { changes_requested: 1, draft: 1, in_review: 1, published: 2 },
      VPTT: { in_review: 1, published: 2 },
    })
  })

  it('shows the committee a spread: units with published work on every channel, and units flagged for publishing nothing', async () => {
    const admin = await login(server.url, 'admin@nguon.local', PASSWORD)
    const { docs } = await t.payload.find({ collection: 'campaigns', depth: 0, overrideAccess: true, where: { slug: { equals: PLAN_232_CAMPAIGN.slug } } })
    const res = await api<CampaignReport>(server.url, `/api/campaigns/${docs[0]!.id}/report`, { token: admin })
    expect(res.status).toBe(200)
    const published = Object.fromEntries(res.body.units.map((u) => [u.unit.code, u.published]))
    expect(published).toMatchObject({ BTGTU: 2, BTON: 1, CA: 2, SLDTBXH: 1, STTTT: 2, VPTT: 2 + PLAN_232_SLOGANS.length })
    const flagged = res.body.units.filter((u) => u.flag).map((u) => u.unit.code)
    expect(flagged.sort()).toEqual(['SNGV', 'STP', 'UBNDH', 'VPUBND'])
    for (const channel of CHANNELS) expect(res.body.totals.publishedByChannel[channel]).toBeGreaterThan(PLAN_232_SLOGANS.length)
  })

  it('has every published item written by its unit’s editor, submitted, and approved by someone else, inside the campaign window', async () => {
    const users = await usersByEmail()
    const byId = new Map([...users.values()].map((u) => [String(u.id), u]))
    const published = (await sampleDocs()).filter((doc) => doc.workflowStatus === 'published')
    expect(published).toHaveLength(10)
    for (const doc of published) {
      const author = byId.get(String(idOf(doc.author)))!
      expect(author.roles).toContain('editor')
      expect(String(idOf(author.unit as Relation))).toBe(String(doc.unit!.id))
      const events = await eventsOf(doc)
      expect(events.map((e) => [e.action, e.from, e.to])).toEqual([
        ['submit', 'draft', 'in_review'],
        ['approve', 'in_review', 'published'],
      ])
      const [submit, approve] = events as [WorkflowEvent, WorkflowEvent]
      expect(String(idOf(submit.actor))).toBe(String(author.id))
      expect(String(idOf(approve.actor))).not.toBe(String(author.id))
      expect(byId.get(String(idOf(approve.actor)))!.roles).toContain('reviewer')
      expect(String(idOf(doc.approvedBy))).toBe(String(idOf(approve.actor)))
      expect(doc).toMatchObject({ _status: 'published', approvedAt: approve.at, version: 1 })
      expect(submit.at < approve.at).toBe(true)
      expect(new Date(submit.at) >= new Date(PLAN_232_CAMPAIGN.startsAt) && new Date(approve.at) <= new Date(PLAN_232_CAMPAIGN.endsAt)).toBe(true)
    }
  })

  it('records the item sent back with the reviewer’s note, the items in review as submitted, and the draft with no decision', async () => {
    const docs = await sampleDocs()
    const sentBack = docs.filter((doc) => doc.workflowStatus === 'changes_requested')
    expect(sentBack).toHaveLength(1)
    const events = await eventsOf(sentBack[0]!)
    expect(events.map((e) => e.action)).toEqual(['submit', 'request-changes'])
    expect(events[1]!.note).toMatch(/số liệu/)
    expect(sentBack[0]!.reviewNote).toBe(events[1]!.note)
    for (const doc of docs.filter((d) => d.workflowStatus === 'in_review')) {
      expect((await eventsOf(doc)).map((e) => e.action)).toEqual(['submit'])
    }
    const drafts = docs.filter((doc) => doc.workflowStatus === 'draft')
    expect(drafts).toHaveLength(1)
    expect(await eventsOf(drafts[0]!)).toEqual([])
  })

  it('gives the reviewer a review queue, without the items a reviewer wrote', async () => {
    const users = await usersByEmail()
    const queueOf = async (email: string) => {
      const req = await createLocalReq({ user: { ...users.get(email)!, collection: 'users' } }, t.payload)
      return (await loadReviewQueue({ language: 'vi', req })).entries
    }
    expect(await queueOf('reviewer@nguon.local')).toHaveLength(3)
    // chief@ wrote the standing office's brief in review, so four-eyes keeps it out of their queue.
    expect((await queueOf('chief@nguon.local')).map((e) => e.unit)).toEqual(expect.not.arrayContaining([expect.stringContaining('VPTT')]))
    expect(await queueOf('chief@nguon.local')).toHaveLength(2)
  })

  it('emails nobody and queues no webhook while seeding', async () => {
    expect(emailsDuringSeed).toBe(0)
    expect((await t.payload.count({ collection: 'deliveries', overrideAccess: true })).totalDocs).toBe(0)
  })

  it('shows the published items in the newsroom feeds, and the public ones on the web without a token, in both languages', async () => {
    const admin = await login(server.url, 'admin@nguon.local', PASSWORD)
    const issued = await api<{ token: string }>(server.url, `/api/outlets/${newsroomId}/token`, { body: {}, token: admin })
    const feedIds = async (path: string, token?: string) => {
      const res = await fetch(`${server.url}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} })
      expect(res.status).toBe(200)
      return ((await res.json()) as JsonFeed).items.map((i) => i.id).filter((id) => !id.startsWith('urn:nguon:slogans:'))
    }
    const published = (await sampleDocs()).filter((doc) => doc.workflowStatus === 'published')
    const seen = new Set<string>()
    for (const channel of CHANNELS) {
      const ids = await feedIds(`/feeds/${channel}/feed.json`, issued.body.token)
      expect(ids.sort()).toEqual(published.filter((doc) => doc.channels!.includes(channel)).map(feedId).sort())
      ids.forEach((id) => seen.add(id))
    }
    expect(seen.size).toBe(10)

    const isPublic = (doc: SampleDoc) => (doc.collection === 'briefs' ? doc.distribution === 'public' : doc.audiences!.includes('public'))
    const web = await feedIds('/feeds/web/feed.json')
    expect(web.sort()).toEqual(published.filter((doc) => doc.channels!.includes('web') && isPublic(doc)).map(feedId).sort())
    expect(web).toHaveLength(4)

    const english = (await (await fetch(`${server.url}/feeds/web/feed.json?lang=en`)).json()) as JsonFeed
    const first = SAMPLE_ITEMS[0]!
    expect(english.items.map((i) => i.title)).toContain(first.collection === 'articles' ? first.title.en : '')
  })

  it('gives talking points only figures with a named source', async () => {
    const { docs } = await t.payload.find({ collection: 'talking-points', draft: true, locale: 'en', overrideAccess: true, where: { workflowStatus: { equals: 'published' } } })
    expect(docs).toHaveLength(2)
    for (const doc of docs) {
      expect(doc.figures!.length).toBeGreaterThan(0)
      for (const figure of doc.figures!) expect(figure).toMatchObject({ label: expect.any(String), sourceName: expect.stringContaining('232/VPTT-CAT'), value: expect.any(Number) })
    }
  })

  it('changes nothing when run again', async () => {
    const before = await counts()
    const slogans = await t.payload.find({ collection: 'slogans', limit: 50, overrideAccess: true, sort: 'number' })
    const items = await sampleDocs()
    const again = await seedPlan232(t.payload, { demoPassword: PASSWORD })
    expect(again.created).toEqual({ articles: 0, briefs: 0, campaigns: 0, slogans: 0, talkingPoints: 0, units: 0, users: 0 })
    expect(again.sampleByState).toEqual({})
    expect(await counts()).toEqual(before)
    const slogansAfter = await t.payload.find({ collection: 'slogans', limit: 50, overrideAccess: true, sort: 'number' })
    expect(slogansAfter.docs.map((d) => d.updatedAt)).toEqual(slogans.docs.map((d) => d.updatedAt))
    expect((await sampleDocs()).map((d) => [d.id, d.workflowStatus])).toEqual(items.map((d) => [d.id, d.workflowStatus]))
  })

  it('keeps the campaign dates and the report deadline of the plan', async () => {
    const { docs } = await t.payload.find({ collection: 'campaigns', overrideAccess: true })
    expect(docs[0]).toMatchObject({
      endsAt: '2023-12-30T16:59:59.000Z',
      reportDueAt: '2023-12-19T17:00:00.000Z',
      slug: 'plan-232-human-rights-75',
      startsAt: '2023-11-29T17:00:00.000Z',
    })
    expect(docs[0]!.assignments).toHaveLength(10)
  })

  it('stores the slogans in order, in Vietnamese and English, published inside the display window', async () => {
    for (const locale of ['vi', 'en'] as const) {
      const { docs } = await t.payload.find({ collection: 'slogans', limit: 50, locale, overrideAccess: true, sort: 'number' })
      expect(docs.map((d) => d.text)).toEqual(PLAN_232_SLOGANS.map((s) => s.text[locale]))
      for (const doc of docs) {
        expect(doc).toMatchObject({ _status: 'published', workflowStatus: 'published' })
        expect(doc.displayFrom).toBe('2023-11-29T17:00:00.000Z')
        expect(doc.displayUntil).toBe('2023-12-30T16:59:59.000Z')
      }
    }
  })

  it('gives the demo users and the sample authors their roles and units, and lets them log in with the demo password', async () => {
    for (const demo of [...DEMO_USERS, ...SAMPLE_AUTHORS]) {
      const { docs } = await t.payload.find({ collection: 'users', depth: 1, overrideAccess: true, where: { email: { equals: demo.email } } })
      expect(docs[0]!.roles).toEqual(demo.roles)
      const unit = docs[0]!.unit
      expect(unit && typeof unit === 'object' ? unit.code : null).toBe(demo.unitCode)
      const { token } = await t.payload.login({ collection: 'users', data: { email: demo.email, password: PASSWORD } })
      expect(token).toBeTruthy()
    }
  })
})
