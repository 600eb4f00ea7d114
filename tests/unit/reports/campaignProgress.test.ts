// The campaign progress report from grouped counts: rows per assigned unit, totals of the rows shown, deadline flags.
import { describe, expect, it } from 'vitest'

import { buildCampaignReport, type CampaignCounts, daysUntil, deadlineFlag, DEADLINE_WARNING_DAYS, type ReportCampaign } from '../../../src/reports/campaignProgress'

const DAY = 86_400_000
const NOW = new Date('2023-12-05T03:00:00.000Z')

function campaign(overrides: Partial<ReportCampaign> = {}): ReportCampaign {
  return {
    id: 5,
    slug: 'ke-hoach-232',
    title: 'Kế hoạch 232',
    startsAt: '2023-11-01T00:00:00.000Z',
    endsAt: '2023-12-31T00:00:00.000Z',
    reportDueAt: new Date(NOW.getTime() + 3 * DAY).toISOString(),
    assignments: [
      { unit: { id: 1, code: 'CA', name: 'Công an tỉnh' }, duty: 'Chủ trì' },
      { unit: { id: 2, code: 'STP', name: 'Sở Tư pháp' }, duty: 'Phối hợp' },
      { unit: { id: 3, code: 'VPTT', name: 'Văn phòng Thường trực' }, duty: 'Tổng hợp' },
      // Listed twice: counted once, with its first duty.
      { unit: { id: 1, code: 'CA', name: 'Công an tỉnh' }, duty: 'Trùng' },
    ],
    ...overrides,
  }
}

function counts(overrides: Partial<CampaignCounts> = {}): CampaignCounts {
  return {
    states: [
      { collection: 'articles', unit: 1, state: 'published', count: 2, lastAt: '2023-12-01T00:00:00.000Z' },
      { collection: 'articles', unit: 1, state: 'draft', count: 1, lastAt: '2023-12-03T00:00:00.000Z' },
      { collection: 'briefs', unit: '1', state: 'in_review', count: 1, lastAt: null },
      { collection: 'slogans', unit: 2, state: 'draft', count: 4, lastAt: '2023-11-20T00:00:00.000Z' },
      // Not assigned, no unit, or a state the workflow does not have: left out.
      { collection: 'articles', unit: 99, state: 'published', count: 5, lastAt: '2023-12-04T00:00:00.000Z' },
      { collection: 'articles', unit: null, state: 'published', count: 7, lastAt: '2023-12-04T00:00:00.000Z' },
      { collection: 'articles', unit: 1, state: 'archived', count: 9, lastAt: '2023-12-04T00:00:00.000Z' },
    ],
    channels: [
      { collection: 'articles', unit: 1, channel: 'radio', count: 2 },
      { collection: 'articles', unit: 1, channel: 'web', count: 1 },
      { collection: 'articles', unit: 1, channel: 'fax', count: 3 },
      { collection: 'articles', unit: 99, channel: 'radio', count: 5 },
    ],
    events: [
      { unit: 2, lastAt: '2023-12-02T00:00:00.000Z' },
      { unit: 1, lastAt: '2023-11-01T00:00:00.000Z' },
      { unit: 99, lastAt: '2023-12-04T00:00:00.000Z' },
    ],
    outlets: [
      { unit: 1, outlet: 10 },
      { unit: 1, outlet: 11 },
      { unit: 1, outlet: '10' },
      { unit: 2, outlet: 10 },
      { unit: 99, outlet: 12 },
    ],
    ...overrides,
  }
}

describe('daysUntil and deadlineFlag', () => {
  it('counts whole days left, rounded up, negative once past, none without a due date', () => {
    expect(daysUntil({ due: new Date(NOW.getTime() + 2.5 * DAY).toISOString(), now: NOW })).toBe(3)
    expect(daysUntil({ due: new Date(NOW.getTime() + 7 * DAY).toISOString(), now: NOW })).toBe(7)
    expect(daysUntil({ due: new Date(NOW.getTime() - 1.5 * DAY).toISOString(), now: NOW })).toBe(-1)
    expect(daysUntil({ due: null, now: NOW })).toBeNull()
    expect(daysUntil({ due: '', now: NOW })).toBeNull()
  })

  it.each<[number, number | null, ReturnType<typeof deadlineFlag>]>([
    [0, 8, null],
    [0, DEADLINE_WARNING_DAYS, 'deadline-near'],
    [0, 1, 'deadline-near'],
    [0, 0, 'overdue'],
    [0, -3, 'overdue'],
    [0, null, null],
    [1, -3, null],
    [1, 2, null],
  ])('flags a unit with %i published and %s days left as %s', (published, daysLeft, flag) => {
    expect(deadlineFlag({ published, daysLeft })).toBe(flag)
  })

  it('warns a week ahead', () => {
    expect(DEADLINE_WARNING_DAYS).toBe(7)
  })
})

describe('buildCampaignReport', () => {
  it('gives each assigned unit, once and in assignment order, its counts by type, state and channel', () => {
    const report = buildCampaignReport({ campaign: campaign(), counts: counts(), now: NOW })
    expect(report.units.map((row) => [row.unit.code, row.duty])).toEqual([
      ['CA', 'Chủ trì'],
      ['STP', 'Phối hợp'],
      ['VPTT', 'Tổng hợp'],
    ])
    const [police, justice, office] = report.units
    expect(police).toMatchObject({ items: 4, published: 2, outletsReached: 2, lastActivityAt: '2023-12-03T00:00:00.000Z', flag: null })
    expect(police.byType).toEqual({ articles: 3, 'talking-points': 0, briefs: 1, slogans: 0 })
    expect(police.byState).toEqual({ draft: 1, in_review: 1, changes_requested: 0, scheduled: 0, published: 2, withdrawn: 0 })
    expect(police.byTypeAndState.articles).toEqual({ draft: 1, in_review: 0, changes_requested: 0, scheduled: 0, published: 2, withdrawn: 0 })
    expect(police.byTypeAndState.briefs.in_review).toBe(1)
    expect(police.publishedByChannel).toEqual({ newspaper: 0, television: 0, radio: 2, loudspeaker: 0, web: 1 })
    // The latest of its items' changes and its workflow decisions.
    expect(justice).toMatchObject({ items: 4, published: 0, outletsReached: 1, lastActivityAt: '2023-12-02T00:00:00.000Z', flag: 'deadline-near' })
    expect(office).toMatchObject({ items: 0, published: 0, outletsReached: 0, lastActivityAt: null, flag: 'deadline-near' })
  })

  it('adds up the rows into totals, counting an outlet reached by two units once', () => {
    const { totals } = buildCampaignReport({ campaign: campaign(), counts: counts(), now: NOW })
    expect(totals).toMatchObject({ items: 8, published: 2, outletsReached: 2, lastActivityAt: '2023-12-03T00:00:00.000Z', flagged: 2 })
    expect(totals.byType).toEqual({ articles: 3, 'talking-points': 0, briefs: 1, slogans: 4 })
    expect(totals.byState).toEqual({ draft: 5, in_review: 1, changes_requested: 0, scheduled: 0, published: 2, withdrawn: 0 })
    expect(totals.byTypeAndState.slogans.draft).toBe(4)
    expect(totals.byTypeAndState.articles.published).toBe(2)
    expect(totals.publishedByChannel).toEqual({ newspaper: 0, television: 0, radio: 2, loudspeaker: 0, web: 1 })
  })

  it('shows an editor only the units they may see, and totals only those rows', () => {
    const report = buildCampaignReport({ campaign: campaign(), counts: counts(), now: NOW, visibleUnits: ['2'] })
    expect(report.units.map((row) => row.unit.code)).toEqual(['STP'])
    expect(report.totals).toMatchObject({ items: 4, published: 0, outletsReached: 1, lastActivityAt: '2023-12-02T00:00:00.000Z', flagged: 1 })
    expect(buildCampaignReport({ campaign: campaign(), counts: counts(), now: NOW, visibleUnits: [] }).units).toEqual([])
  })

  it('says outlets are not tracked, rather than none reached, without deliveries', () => {
    const report = buildCampaignReport({ campaign: campaign(), counts: counts({ outlets: null }), now: NOW })
    expect(report.units.map((row) => row.outletsReached)).toEqual([null, null, null])
    expect(report.totals.outletsReached).toBeNull()
  })

  it('flags nothing without a due date, and every unit with nothing published once overdue', () => {
    expect(buildCampaignReport({ campaign: campaign({ reportDueAt: null }), counts: counts(), now: NOW })).toMatchObject({ daysLeft: null, totals: { flagged: 0 } })
    const overdue = buildCampaignReport({ campaign: campaign({ reportDueAt: '2023-12-01T00:00:00.000Z' }), counts: counts(), now: NOW })
    expect(overdue.daysLeft).toBe(-4)
    expect(overdue.units.map((row) => row.flag)).toEqual([null, 'overdue', 'overdue'])
  })

  it('describes the campaign without its assignments, as of now', () => {
    const report = buildCampaignReport({ campaign: campaign(), counts: counts(), now: NOW })
    expect(report.campaign).toEqual({
      id: 5,
      slug: 'ke-hoach-232',
      title: 'Kế hoạch 232',
      startsAt: '2023-11-01T00:00:00.000Z',
      endsAt: '2023-12-31T00:00:00.000Z',
      reportDueAt: '2023-12-08T03:00:00.000Z',
    })
    expect(report.asOf).toBe('2023-12-05T03:00:00.000Z')
    expect(report.daysLeft).toBe(3)
  })

  it('keeps the later activity whichever order the counts come in', () => {
    const states = [
      { collection: 'articles' as const, unit: 3, state: 'draft', count: 1, lastAt: '2023-12-04T00:00:00.000Z' },
      { collection: 'articles' as const, unit: 3, state: 'draft', count: 1, lastAt: '2023-12-01T00:00:00.000Z' },
    ]
    const report = buildCampaignReport({ campaign: campaign(), counts: counts({ states, events: [{ unit: 3, lastAt: null }] }), now: NOW })
    expect(report.units[2].lastActivityAt).toBe('2023-12-04T00:00:00.000Z')
    expect(report.totals.lastActivityAt).toBe('2023-12-04T00:00:00.000Z')
  })
})
