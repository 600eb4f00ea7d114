// The campaign progress report as CSV: its columns in both languages, a row per unit with its figures, the totals row,
// and the file name; read back with a real CSV parser.
import { parse } from 'csv-parse/sync'
import { describe, expect, it } from 'vitest'

import { buildCampaignReport, type CampaignReport } from '../../../src/reports/campaignProgress'
import { campaignReportColumns, campaignReportCsv, campaignReportFileName } from '../../../src/reports/campaignReportCsv'

function report({ outlets = [{ outlet: 7, unit: 1 }, { outlet: 8, unit: 1 }, { outlet: 7, unit: 2 }] as { outlet: number; unit: number }[] | null, slug = 'plan-232' } = {}): CampaignReport {
  return buildCampaignReport({
    campaign: {
      assignments: [
        { duty: 'Chủ trì, "hướng dẫn"', unit: { code: 'STTTT', id: 1, name: 'Sở Thông tin và Truyền thông' } },
        { duty: '=Phối hợp', unit: { code: 'UBND-KP', id: 2, name: 'UBND huyện Krông Pắc' } },
      ],
      endsAt: null,
      id: 232,
      reportDueAt: '2023-12-14T10:00:00.000Z',
      slug,
      startsAt: null,
      title: 'Kế hoạch 232',
    },
    counts: {
      channels: [
        { channel: 'newspaper', collection: 'articles', count: 2, unit: 1 },
        { channel: 'web', collection: 'articles', count: 3, unit: 1 },
        { channel: 'loudspeaker', collection: 'slogans', count: 1, unit: 1 },
      ],
      events: [{ lastAt: '2023-12-09T17:05:00.000Z', unit: 1 }],
      outlets,
      states: [
        { collection: 'articles', count: 3, lastAt: '2023-12-08T01:00:00.000Z', state: 'published', unit: 1 },
        { collection: 'talking-points', count: 1, lastAt: null, state: 'draft', unit: 1 },
        { collection: 'briefs', count: 2, lastAt: null, state: 'in_review', unit: 1 },
        { collection: 'slogans', count: 1, lastAt: null, state: 'scheduled', unit: 1 },
        { collection: 'articles', count: 1, lastAt: null, state: 'changes_requested', unit: 1 },
        { collection: 'articles', count: 1, lastAt: null, state: 'withdrawn', unit: 1 },
        { collection: 'briefs', count: 4, lastAt: null, state: 'draft', unit: 2 },
      ],
    },
    now: new Date('2023-12-10T00:00:00.000Z'),
  })
}

const rowsOf = (csv: string) => parse(csv, { bom: true }) as string[][]

describe('the campaign progress CSV', () => {
  it('has its columns in Vietnamese: unit, duty, items, each type, each state, published per channel, outlets, last activity twice, flag', () => {
    expect(rowsOf(campaignReportCsv({ locale: 'vi', report: report() }))[0]).toEqual([
      'Mã đơn vị', 'Đơn vị', 'Nhiệm vụ được giao', 'Tổng số tin bài',
      'Bài viết', 'Đề cương', 'Lập luận phản bác', 'Khẩu hiệu',
      'Bản nháp', 'Chờ duyệt', 'Yêu cầu sửa', 'Chờ đăng', 'Đã đăng', 'Đã gỡ',
      'Đã đăng: Báo in', 'Đã đăng: Truyền hình', 'Đã đăng: Phát thanh', 'Đã đăng: Loa cơ sở', 'Đã đăng: Trang điện tử',
      'Cơ quan nhận tin', 'Hoạt động gần nhất', 'Hoạt động gần nhất (ISO 8601)', 'Cảnh báo',
    ])
  })

  it('has its columns in English for an English reader, with the same keys', () => {
    expect(rowsOf(campaignReportCsv({ locale: 'en', report: report() }))[0]).toEqual([
      'Unit code', 'Unit', 'Duty', 'Items',
      'Articles', 'Talking points', 'Briefs', 'Slogans',
      'Draft', 'In review', 'Changes requested', 'Scheduled', 'Published', 'Withdrawn',
      'Published: Newspaper', 'Published: Television', 'Published: Radio', 'Published: Loudspeakers', 'Published: Web',
      'Outlets reached', 'Last activity', 'Last activity (ISO 8601)', 'Flag',
    ])
    expect(campaignReportColumns('en').map((c) => c.key)).toEqual(campaignReportColumns('vi').map((c) => c.key))
    expect(new Set(campaignReportColumns('vi').map((c) => c.key)).size).toBe(23)
  })

  it('gives each unit its figures, its last activity in Vietnam time and in ISO, and its deadline flag', () => {
    const [, first, second] = rowsOf(campaignReportCsv({ locale: 'vi', report: report() }))
    expect(first).toEqual([
      'STTTT', 'Sở Thông tin và Truyền thông', 'Chủ trì, "hướng dẫn"', '9',
      '5', '1', '2', '1',
      '1', '2', '1', '1', '3', '1',
      '2', '0', '0', '1', '3',
      '2', '10/12/2023 00:05', '2023-12-09T17:05:00.000Z', '',
    ])
    expect(second).toEqual([
      'UBND-KP', 'UBND huyện Krông Pắc', "'=Phối hợp", '4',
      '0', '0', '4', '0',
      '4', '0', '0', '0', '0', '0',
      '0', '0', '0', '0', '0',
      '1', '', '', 'Sắp đến hạn, chưa đăng tin',
    ])
  })

  it('ends with the totals: every figure summed, an outlet reached by two units counted once, the number of flagged units', () => {
    const rows = rowsOf(campaignReportCsv({ locale: 'en', report: report() }))
    expect(rows).toHaveLength(4)
    expect(rows[3]).toEqual([
      '', 'Total', '', '13',
      '5', '1', '6', '1',
      '5', '2', '1', '1', '3', '1',
      '2', '0', '0', '1', '3',
      '2', '10/12/2023 00:05', '2023-12-09T17:05:00.000Z', '1',
    ])
    expect(rows[2]![22]).toBe('Due soon, nothing published')
  })

  it('leaves outlets empty when deliveries are not tracked, and the flag count empty when no unit is flagged', () => {
    const untracked = rowsOf(campaignReportCsv({ locale: 'vi', report: report({ outlets: null }) }))
    expect(untracked.slice(1).map((row) => row[19])).toEqual(['', '', ''])
    const calm = report()
    calm.units = calm.units.map((unit) => ({ ...unit, flag: null }))
    calm.totals.flagged = 0
    const rows = rowsOf(campaignReportCsv({ locale: 'vi', report: calm }))
    expect(rows.map((row) => row[22])).toEqual(['Cảnh báo', '', '', ''])
  })

  it('writes UTF-8 with a byte-order mark and CRLF line ends', () => {
    const csv = campaignReportCsv({ locale: 'vi', report: report() })
    expect(csv.startsWith('\uFEFFMã đơn vị,')).toBe(true)
    expect(csv.split('\r\n')).toHaveLength(5)
  })

  it('names the file after the campaign and the day of the figures, or the campaign id without a slug', () => {
    expect(campaignReportFileName(report())).toBe('plan-232-progress-2023-12-10.csv')
    expect(campaignReportFileName(report({ slug: '' }))).toBe('campaign-232-progress-2023-12-10.csv')
  })
})
