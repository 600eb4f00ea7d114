// Campaign progress report over real HTTP: figures per unit, state and channel; who sees which rows; CSV; bad parameters.
import { parse } from 'csv-parse/sync'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { PLAN_232_UNITS } from '../../src/seed/plan-232'
import type { CampaignReport, UnitProgress } from '../../src/reports/campaignProgress'
import { api } from '../helpers/api'
import { type Doc, type Person, startWorkflowWorld, type WorkflowWorld } from '../helpers/workflow'

type Id = number | string

describe('campaign progress report', () => {
  let w: WorkflowWorld
  let campaignId: Id
  let otherCampaignId: Id
  const url = () => w.server.url
  const report = (path: string, who?: Person) =>
    api<CampaignReport & { error?: string; issues?: string[] }>(url(), path, { token: who ? w.tokens[who] : undefined })
  const row = (r: CampaignReport, code: string) => r.units.find((u) => u.unit.code === code) as UnitProgress

  /** Creates an item as `author` through REST in `campaign` and drives it through review to `state`. */
  const item = async ({
    author,
    campaign = campaignId,
    collection = 'articles',
    data,
    state,
  }: {
    author: Person
    campaign?: Id
    collection?: string
    data: Record<string, unknown>
    state: 'changes_requested' | 'draft' | 'in_review' | 'published' | 'scheduled' | 'withdrawn'
  }): Promise<Doc> => {
    const created = await api<{ doc: Doc }>(url(), `/api/${collection}`, { body: w.complete(collection, { audiences: ['public'], campaign, ...data }), token: w.tokens[author] })
    if (created.status !== 201) throw new Error(`create failed: ${created.status} ${JSON.stringify(created.body)}`)
    const id = created.body.doc.id
    const steps: Record<string, [Person, Record<string, unknown>][]> = {
      changes_requested: [[author, { action: 'submit' }], ['reviewer', { action: 'request-changes', note: 'Thiếu nguồn' }]],
      draft: [],
      in_review: [[author, { action: 'submit' }]],
      published: [[author, { action: 'submit' }], ['reviewer', { action: 'approve' }]],
      scheduled: [[author, { action: 'submit' }], ['reviewer', { action: 'approve', publishAt: new Date(Date.now() + 86_400_000).toISOString() }]],
      withdrawn: [[author, { action: 'submit' }], ['reviewer', { action: 'approve' }], ['reviewer', { action: 'withdraw', note: 'Gỡ' }]],
    }
    for (const [who, body] of steps[state]!) {
      const res = await w.act(who, id, body, collection)
      if (res.status !== 200) throw new Error(`${body.action} failed: ${res.status} ${JSON.stringify(res.body)}`)
    }
    return created.body.doc
  }

  beforeAll(async () => {
    w = await startWorkflowWorld('report')
    const payload = w.t.payload
    const { docs } = await payload.find({ collection: 'campaigns', depth: 0, limit: 1, overrideAccess: true })
    campaignId = docs[0]!.id
    const sttt = (await payload.find({ collection: 'units', limit: 1, overrideAccess: true, where: { code: { equals: 'STTTT' } } })).docs[0]!
    const other = await payload.create({
      collection: 'campaigns',
      data: { assignments: [{ duty: 'Chỉ STTTT', unit: sttt.id }], endsAt: '2024-03-31', slug: 'other', startsAt: '2024-03-01', status: 'planned', title: 'Chiến dịch khác' },
      overrideAccess: true,
    })
    otherCampaignId = other.id

    // STTTT (editor@): 2 published articles, 1 in review, 1 draft; 1 slogan in review; 1 talking-points sheet sent back.
    const live = await item({ author: 'editor', data: { channels: ['web', 'newspaper'], title: 'Thành tựu quyền con người ở Hà Tĩnh' }, state: 'published' })
    await item({ author: 'editor', data: { channels: ['web'], title: 'Bảo đảm quyền tự do tín ngưỡng' }, state: 'published' })
    await item({ author: 'editor', data: { channels: ['radio'], title: 'Chờ duyệt' }, state: 'in_review' })
    await item({ author: 'editor', data: { channels: ['radio'], title: 'Bản nháp' }, state: 'draft' })
    await item({ author: 'editor', collection: 'slogans', data: { channels: ['loudspeaker'], number: 9, text: 'Khẩu hiệu của Sở' }, state: 'in_review' })
    await item({ author: 'editor', collection: 'talking-points', data: { channels: ['radio'], headline: 'Đề cương', keyMessage: 'Thông điệp' }, state: 'changes_requested' })
    // CA (editor2@): one withdrawn, one scheduled — nothing published.
    await item({ author: 'editor2', data: { channels: ['television'], title: 'Đã gỡ' }, state: 'withdrawn' })
    await item({ author: 'editor2', data: { channels: ['television'], title: 'Chờ đăng' }, state: 'scheduled' })
    // Another campaign's item must not count in Plan 232.
    await item({ author: 'editor', campaign: otherCampaignId, data: { channels: ['web'], title: 'Chiến dịch khác' }, state: 'published' })

    // Two outlets received STTTT's first article; a failed delivery to a third does not count.
    if (payload.collections['deliveries' as never]) {
      const outlets = []
      for (const name of ['Báo Hà Tĩnh', 'Đài PT-TH Hà Tĩnh', 'Cổng TTĐT']) {
        outlets.push(await payload.create({ collection: 'outlets', data: { channels: ['web'], kind: 'web', name } as never, overrideAccess: true }))
      }
      for (const [i, outlet] of outlets.entries()) {
        await payload.create({
          collection: 'deliveries' as never,
          data: {
            attempts: 1,
            body: '{}',
            event: 'item.published',
            itemCollection: 'articles',
            itemId: String(live.id),
            outlet: outlet.id,
            state: i < 2 ? 'success' : 'failed',
            webhookId: `msg_test_${i}`,
          } as never,
          overrideAccess: true,
        })
      }
    }
  })
  afterAll(async () => w?.stop())

  it('counts each unit’s items by type, state and channel', async () => {
    const res = await report(`/api/campaigns/${campaignId}/report`, 'admin')
    expect(res.status).toBe(200)
    const r = res.body
    expect(r.units.map((u) => u.unit.code)).toEqual(PLAN_232_UNITS.map((u) => u.code))

    const sttt = row(r, 'STTTT')
    expect(sttt.items).toBe(6)
    expect(sttt.byType).toEqual({ articles: 4, 'talking-points': 1, briefs: 0, slogans: 1 })
    expect(sttt.byState).toEqual({ draft: 1, in_review: 2, changes_requested: 1, scheduled: 0, published: 2, withdrawn: 0 })
    expect(sttt.byTypeAndState.articles).toMatchObject({ draft: 1, in_review: 1, published: 2 })
    expect(sttt.publishedByChannel).toEqual({ newspaper: 1, television: 0, radio: 0, loudspeaker: 0, web: 2 })
    expect(sttt.lastActivityAt).toEqual(expect.any(String))
    if (r.totals.outletsReached !== null) expect(sttt.outletsReached).toBe(2)

    const ca = row(r, 'CA')
    expect(ca.byState).toEqual({ draft: 0, in_review: 0, changes_requested: 0, scheduled: 1, published: 0, withdrawn: 1 })
    expect(ca.publishedByChannel.television).toBe(0)

    // The seeded slogans: eight, published by the standing office on every channel.
    const vptt = row(r, 'VPTT')
    expect(vptt.byType.slogans).toBe(8)
    expect(vptt.published).toBe(8)
    expect(vptt.publishedByChannel).toEqual({ newspaper: 8, television: 8, radio: 8, loudspeaker: 8, web: 8 })

    const idle = row(r, 'STP')
    expect(idle).toMatchObject({ items: 0, lastActivityAt: null, published: 0 })
    expect(r.totals.items).toBe(6 + 2 + 8)
    expect(r.totals.published).toBe(10)
    expect(r.totals.publishedByChannel.web).toBe(10)
    expect(r.units.find((u) => u.duty === '')).toBeUndefined()
  })

  it.each([
    ['2023-11-01T00:00:00+07:00', 49, null],
    ['2023-12-14T00:00:00+07:00', 6, 'deadline-near'],
    ['2023-12-25T00:00:00+07:00', -5, 'overdue'],
  ])('as of %s: %i days left, units with nothing published flagged %s', async (asOf, daysLeft, flag) => {
    const res = await report(`/api/campaigns/${campaignId}/report?asOf=${encodeURIComponent(asOf)}`, 'admin')
    expect(res.status).toBe(200)
    expect(res.body.daysLeft).toBe(daysLeft)
    expect(res.body.asOf).toBe(new Date(asOf).toISOString())
    expect(row(res.body, 'CA').flag).toBe(flag)
    expect(row(res.body, 'STP').flag).toBe(flag)
    expect(row(res.body, 'STTTT').flag).toBeNull()
    expect(row(res.body, 'VPTT').flag).toBeNull()
    expect(res.body.totals.flagged).toBe(flag ? PLAN_232_UNITS.length - 2 : 0)
  })

  it('shows reviewers every unit, or the one they ask for', async () => {
    const all = await report(`/api/campaigns/${campaignId}/report`, 'reviewer')
    expect(all.body.units).toHaveLength(PLAN_232_UNITS.length)
    const one = await report(`/api/campaigns/${campaignId}/report?unit=CA`, 'reviewer')
    expect(one.body.units.map((u) => u.unit.code)).toEqual(['CA'])
    expect(one.body.totals.items).toBe(2)
  })

  it('shows an editor only their own unit’s row, with totals of that row alone', async () => {
    const res = await report(`/api/campaigns/${campaignId}/report`, 'editor')
    expect(res.status).toBe(200)
    expect(res.body.units.map((u) => u.unit.code)).toEqual(['STTTT'])
    expect(res.body.totals.items).toBe(6)
    expect(JSON.stringify(res.body)).not.toContain('Công an tỉnh')
  })

  it('refuses an editor another unit’s row', async () => {
    const res = await report(`/api/campaigns/${campaignId}/report?unit=CA`, 'editor')
    expect(res.status).toBe(403)
    expect(JSON.stringify(res.body)).not.toMatch(/"items"/)
  })

  it('refuses an editor a campaign their unit has no duty in', async () => {
    expect((await report(`/api/campaigns/${otherCampaignId}/report`, 'editor2')).status).toBe(403)
    const own = await report(`/api/campaigns/${otherCampaignId}/report`, 'editor')
    expect(own.status).toBe(200)
    expect(row(own.body, 'STTTT')).toMatchObject({ items: 1, published: 1 })
  })

  it('lets only admins move the report date', async () => {
    expect((await report(`/api/campaigns/${campaignId}/report?asOf=2023-12-14T00:00:00Z`, 'reviewer')).status).toBe(403)
    expect((await report(`/api/campaigns/${campaignId}/report?asOf=2023-12-14T00:00:00Z`, 'editor')).status).toBe(403)
  })

  it('answers 401 to anonymous readers and 404 for an unknown campaign', async () => {
    expect((await report(`/api/campaigns/${campaignId}/report`)).status).toBe(401)
    expect((await report(`/api/campaigns/${campaignId}/report?format=csv`)).status).toBe(401)
    expect((await report('/api/campaigns/999999/report', 'admin')).status).toBe(404)
  })

  it.each([
    ['format=pdf', 'format'],
    ['locale=fr', 'locale'],
    ['unit=c a', 'unit'],
    ['asOf=yesterday', 'asOf'],
    ['colour=red', 'colour'],
    ['format=csv&format=json', 'format'],
  ])('refuses ?%s with 400 naming %s', async (query, name) => {
    const res = await report(`/api/campaigns/${campaignId}/report?${query}`, 'admin')
    expect(res.status).toBe(400)
    expect(res.body.issues!.join('\n')).toMatch(new RegExp(`^${name}:`, 'm'))
  })

  it('gives the same figures as CSV that round-trips Vietnamese text', async () => {
    const res = await fetch(`${url()}/api/campaigns/${campaignId}/report?format=csv`, { headers: { authorization: `JWT ${w.tokens.admin}` } })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="plan-232-human-rights-75-progress-\d{4}-\d{2}-\d{2}\.csv"$/)
    const bytes = new Uint8Array(await res.arrayBuffer())
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const records = parse(new TextDecoder().decode(bytes), { bom: true, columns: true, record_delimiter: '\r\n' }) as Record<string, string>[]
    expect(records).toHaveLength(PLAN_232_UNITS.length + 1)
    const sttt = records.find((r) => r['Mã đơn vị'] === 'STTTT')!
    expect(sttt['Tên đơn vị'] ?? sttt['Đơn vị']).toBe('Sở Thông tin và Truyền thông')
    expect(sttt['Nhiệm vụ được giao']).toBe(PLAN_232_UNITS.find((u) => u.code === 'STTTT')!.duties.vi)
    expect(sttt['Tổng số tin bài']).toBe('6')
    expect(sttt['Đã đăng']).toBe('2')
    expect(sttt['Đã đăng: Trang điện tử']).toBe('2')
    expect(records.at(-1)!['Đơn vị']).toBe('Tổng cộng')
    expect(records.at(-1)!['Tổng số tin bài']).toBe('16')

    const en = await fetch(`${url()}/api/campaigns/${campaignId}/report?format=csv&locale=en`, { headers: { authorization: `JWT ${w.tokens.admin}` } })
    const enRecords = parse(await en.text(), { bom: true, columns: true }) as Record<string, string>[]
    expect(enRecords.find((r) => r['Unit code'] === 'STTTT')!.Unit).toBe('Department of Information and Communications')
  })

  // Last: it adds an item, so it compares before and after instead of fixed figures.
  it('keeps counting a live item as published while its correction is in review', async () => {
    const sttt = async () => row((await report(`/api/campaigns/${campaignId}/report`, 'admin')).body, 'STTTT')
    const before = await sttt()
    const live = await item({ author: 'editor', data: { channels: ['web'], title: 'Bản gốc' }, state: 'published' })
    const edit = await api(url(), `/api/articles/${live.id}`, { body: { title: 'Bản đính chính' }, method: 'PATCH', token: w.tokens.editor })
    expect(edit.status).toBe(200)
    expect((await w.act('editor', live.id, { action: 'submit' })).status).toBe(200)
    const during = await sttt()
    expect(during.items).toBe(before.items + 1)
    expect(during.byState).toEqual({ ...before.byState, published: before.byState.published + 1 })
    expect(during.publishedByChannel.web).toBe(before.publishedByChannel.web + 1)
    expect(during.lastActivityAt! > before.lastActivityAt!).toBe(true)
  })
})
