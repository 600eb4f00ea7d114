// The progress report as one CSV row per unit plus a totals row, with headers in the reader's language.
import { CHANNELS, CONTENT_COLLECTIONS, WORKFLOW_STATES, type Locale } from '../content/vocabulary'
import { formatDateTime } from '../i18n/dates'
import type { CampaignReport } from './campaignProgress'
import { toCsv, type CsvColumn, type CsvValue } from './csv'
import { CHANNEL_LABELS, FLAG_LABELS, REPORT_WORDS, STATE_LABELS, TYPE_LABELS } from './reportLabels'

export function campaignReportColumns(locale: Locale): CsvColumn[] {
  return [
    { key: 'code', header: REPORT_WORDS.code[locale] },
    { key: 'unit', header: REPORT_WORDS.unit[locale] },
    { key: 'duty', header: REPORT_WORDS.duty[locale] },
    { key: 'items', header: REPORT_WORDS.items[locale] },
    ...CONTENT_COLLECTIONS.map((c) => ({ key: `type:${c}`, header: TYPE_LABELS[c][locale] })),
    ...WORKFLOW_STATES.map((s) => ({ key: `state:${s}`, header: STATE_LABELS[s][locale] })),
    ...CHANNELS.map((ch) => ({ key: `channel:${ch}`, header: `${REPORT_WORDS.published[locale]}: ${CHANNEL_LABELS[ch][locale]}` })),
    { key: 'outlets', header: REPORT_WORDS.outlets[locale] },
    { key: 'lastActivity', header: REPORT_WORDS.lastActivity[locale] },
    // The same moment for machines: ISO 8601 in UTC.
    { key: 'lastActivityIso', header: `${REPORT_WORDS.lastActivity[locale]} (ISO 8601)` },
    { key: 'flag', header: REPORT_WORDS.flag[locale] },
  ]
}

type Figures = Omit<CampaignReport['totals'], 'flagged'>

const figures = (row: Figures): Record<string, CsvValue> => ({
  items: row.items,
  ...Object.fromEntries(CONTENT_COLLECTIONS.map((c) => [`type:${c}`, row.byType[c]])),
  ...Object.fromEntries(WORKFLOW_STATES.map((s) => [`state:${s}`, row.byState[s]])),
  ...Object.fromEntries(CHANNELS.map((ch) => [`channel:${ch}`, row.publishedByChannel[ch]])),
  outlets: row.outletsReached,
  lastActivity: formatDateTime(row.lastActivityAt) || null,
  lastActivityIso: row.lastActivityAt,
})

export function campaignReportCsv({ report, locale }: { report: CampaignReport; locale: Locale }): string {
  const rows = report.units.map((row) => ({
    code: row.unit.code,
    unit: row.unit.name,
    duty: row.duty,
    ...figures(row),
    flag: row.flag ? FLAG_LABELS[row.flag][locale] : null,
  }))
  const total = { code: null, unit: REPORT_WORDS.total[locale], duty: null, ...figures(report.totals), flag: report.totals.flagged || null }
  return toCsv([...rows, total], campaignReportColumns(locale))
}

/** A file name such as `plan-232-human-rights-75-progress-2023-12-14.csv`. */
export const campaignReportFileName = (report: CampaignReport) =>
  `${report.campaign.slug || `campaign-${report.campaign.id}`}-progress-${report.asOf.slice(0, 10)}.csv`
