// Campaign progress counts an outlet that fetched a feed carrying an item after it went live, not only webhook receivers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { lexicalFromText } from '../../src/content/lexical'
import { generateFeedToken, hashFeedToken } from '../../src/feeds/outletToken'
import type { CampaignReport } from '../../src/reports/campaignProgress'
import { api } from '../helpers/api'
import { type Doc, startWorkflowWorld, type WorkflowWorld } from '../helpers/workflow'

describe('outlets reached through their feeds', () => {
  let w: WorkflowWorld
  let campaignId: number | string

  /** A complete article by `author` in Plan 232, submitted and approved. */
  async function published(author: 'editor' | 'editor2', data: Record<string, unknown>): Promise<Doc> {
    const created = await api<{ doc: Doc }>(w.server.url, '/api/articles', {
      body: { audiences: ['public'], body: lexicalFromText('Nội dung.'), campaign: campaignId, channels: ['newspaper'], title: 'Bài thử', ...data },
      token: w.tokens[author],
    })
    if (created.status !== 201) throw new Error(JSON.stringify(created.body))
    for (const [who, action] of [[author, 'submit'], ['reviewer', 'approve']] as const) {
      const res = await w.act(who, created.body.doc.id, { action })
      if (res.status !== 200) throw new Error(`${action}: ${res.status} ${JSON.stringify(res.body)}`)
    }
    return created.body.doc
  }

  async function outletWithToken(data: Record<string, unknown>): Promise<{ id: number | string; token: string }> {
    const token = generateFeedToken()
    const outlet = await w.t.payload.create({
      collection: 'outlets',
      data: { accessLevel: 'public', channels: ['newspaper'], kind: 'newspaper', name: 'Báo thử', tokenHash: hashFeedToken(token), ...data } as never,
      overrideAccess: true,
    })
    return { id: outlet.id, token }
  }

  async function fetchFeed(token: string, path = '/feeds/newspaper/rss.xml') {
    const res = await fetch(`${w.server.url}${path}`, { headers: { authorization: `Bearer ${token}` } })
    expect(res.status).toBe(200)
    await res.arrayBuffer()
  }

  /** Waits for the recorder's write (it runs just after the response, off the request). */
  async function fetchRecorded(outlet: number | string, after: Date) {
    for (let i = 0; i < 100; i++) {
      const { docs } = await w.t.payload.find({ collection: 'feed-fetches', overrideAccess: true, where: { outlet: { equals: outlet } } })
      if (docs.some((doc) => new Date(doc.fetchedAt) >= after)) return docs
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
    throw new Error(`no feed fetch recorded for outlet ${outlet}`)
  }

  const report = async () => {
    const res = await api<CampaignReport>(w.server.url, `/api/campaigns/${campaignId}/report`, { token: w.tokens.admin })
    expect(res.status).toBe(200)
    return res.body
  }
  const reached = (r: CampaignReport, code: string) => r.units.find((row) => row.unit.code === code)!.outletsReached

  beforeAll(async () => {
    w = await startWorkflowWorld('feed-reach')
    const { docs } = await w.t.payload.find({ collection: 'campaigns', limit: 1, overrideAccess: true })
    campaignId = docs[0]!.id
  })
  afterAll(async () => w?.stop())

  it('counts an outlet that fetched the channel after the item went live, and not one that fetched before', async () => {
    const newspaper = await outletWithToken({ name: 'Báo Hà Tĩnh' })
    await published('editor', { title: 'Đăng trước khi báo lấy tin' })
    const before = new Date()
    await fetchFeed(newspaper.token)
    const [row] = await fetchRecorded(newspaper.id, before)
    expect(row).toMatchObject({ channel: 'newspaper' })
    // The police's article goes live after the newspaper's only fetch: not reached yet.
    await published('editor2', { title: 'Đăng sau khi báo lấy tin' })

    let r = await report()
    expect(reached(r, 'STTTT')).toBe(1)
    expect(reached(r, 'CA')).toBe(0)

    // The next fetch (through the router again: the approval changed the feeds) reaches it.
    await new Promise((resolve) => setTimeout(resolve, 20))
    const again = new Date()
    await fetchFeed(newspaper.token)
    await new Promise((resolve) => setTimeout(resolve, 100))
    // At most one write a minute per outlet: this fetch is noted, and written once the minute is over.
    const { docs } = await w.t.payload.find({ collection: 'feed-fetches', overrideAccess: true, where: { outlet: { equals: newspaper.id } } })
    expect(docs.every((doc) => new Date(doc.fetchedAt) < again)).toBe(true)
    r = await report()
    expect(reached(r, 'CA')).toBe(0)
  })

  it('does not count an outlet whose subscription keeps the item out of its feeds', async () => {
    // Only briefs; only the police's items; an outlet off the newspaper channel.
    const briefsOnly = await outletWithToken({ contentTypes: ['briefs'], name: 'Chỉ lập luận phản bác' })
    const otherUnit = await outletWithToken({ name: 'Chỉ Công an tỉnh', units: [(await w.t.payload.find({ collection: 'units', overrideAccess: true, where: { code: { equals: 'CA' } } })).docs[0]!.id] })
    const webOnly = await outletWithToken({ channels: ['web'], kind: 'web', name: 'Cổng thông tin' })
    const publicOutlet = await outletWithToken({ name: 'Báo công khai' })

    const before = new Date()
    const r0 = await report()
    for (const outlet of [briefsOnly, otherUnit, publicOutlet]) await fetchFeed(outlet.token)
    await fetchFeed(webOnly.token, '/feeds/web/feed.json')
    for (const outlet of [briefsOnly, otherUnit, publicOutlet, webOnly]) await fetchRecorded(outlet.id, before)

    const r = await report()
    // STTTT's public newspaper article reaches only the public outlet: not the briefs-only one (content type), the
    // police-only one (unit) or the web-only one (channel). The police's article reaches the public and the police-only outlet.
    expect(reached(r, 'STTTT')).toBe(reached(r0, 'STTTT')! + 1)
    expect(reached(r, 'CA')).toBe(reached(r0, 'CA')! + 2)
  })
})
