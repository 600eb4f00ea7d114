// The progress report as HTML, shared by the dashboard and the printable page: no hooks, plain CSS bars.
import { formatDateTime as formatVietnamDateTime, formatDay } from '../../i18n/dates'
import { CHANNELS, CONTENT_COLLECTIONS, WORKFLOW_STATES, type Locale, type WorkflowState } from '../../content/vocabulary'
import type { CampaignReport, UnitProgress } from '../../reports/campaignProgress'
import { CHANNEL_LABELS, FLAG_LABELS, REPORT_WORDS, STATE_LABELS, TYPE_LABELS } from '../../reports/reportLabels'

const STATE_COLORS: Record<WorkflowState, string> = {
  draft: '#9aa5b1',
  in_review: '#f0b429',
  changes_requested: '#e67e22',
  scheduled: '#4098d7',
  published: '#2f9e44',
  withdrawn: '#c92a2a',
}

export const REPORT_CSS = `
.ncp { --ncp-line: var(--theme-elevation-150, #ddd); --ncp-muted: var(--theme-elevation-500, #666); font-size: 14px; }
.ncp h1 { margin: 0 0 4px; font-size: 24px; line-height: 1.3; }
.ncp-meta { color: var(--ncp-muted); margin: 0 0 16px; }
.ncp-cards { display: flex; flex-wrap: wrap; gap: 12px; margin: 16px 0; }
.ncp-card { border: 1px solid var(--ncp-line); border-radius: 6px; padding: 10px 14px; min-width: 130px; }
.ncp-card b { display: block; font-size: 22px; }
.ncp-card--alert { border-color: #c92a2a; color: #c92a2a; }
.ncp-scroll { overflow-x: auto; }
.ncp-table { width: 100%; border-collapse: collapse; font-size: 13px; }
.ncp-table th, .ncp-table td { border-bottom: 1px solid var(--ncp-line); padding: 8px 6px; text-align: left; vertical-align: top; }
.ncp-table th { font-weight: 600; vertical-align: bottom; }
.ncp-num { text-align: right !important; font-variant-numeric: tabular-nums; }
.ncp-unit { min-width: 220px; max-width: 300px; }
.ncp-duty { color: var(--ncp-muted); font-size: 12px; display: -webkit-box; -webkit-line-clamp: 2; -webkit-box-orient: vertical; overflow: hidden; }
.ncp-bar { display: flex; height: 14px; width: 100%; min-width: 110px; background: var(--theme-elevation-100, #eee); border-radius: 3px; overflow: hidden; }
.ncp-bar span { display: block; height: 100%; }
.ncp-legend { display: flex; flex-wrap: wrap; gap: 12px; margin: 8px 0 16px; color: var(--ncp-muted); }
.ncp-legend i { display: inline-block; width: 10px; height: 10px; margin-right: 4px; border-radius: 2px; }
.ncp-channels { display: grid; grid-template-columns: auto 1fr auto; gap: 1px 6px; align-items: center; min-width: 170px; font-size: 11px; }
.ncp-channels .ncp-track { height: 8px; background: var(--theme-elevation-100, #eee); border-radius: 2px; }
.ncp-channels .ncp-track span { display: block; height: 100%; background: #1c7ed6; border-radius: 2px; }
.ncp-flag { display: inline-block; padding: 2px 6px; border-radius: 4px; background: #ffe3e3; color: #a61e1e; font-size: 12px; font-weight: 600; }
.ncp-flag--near { background: #fff3bf; color: #8a5a00; }
.ncp-links a { margin-right: 8px; white-space: nowrap; }
.ncp-total td { font-weight: 700; }
`

type Props = {
  adminRoute: string
  /** Links to the items list; left out on the printed page. */
  hasLinks: boolean
  locale: Locale
  report: CampaignReport
}

/** A moment as dd/MM/yyyy HH:mm (or the day alone) in Vietnam time, the same in both languages; "—" for none. */
export function formatDateTime(iso: null | string, _locale: Locale, withTime = true): string {
  return (withTime ? formatVietnamDateTime(iso) : formatDay(iso)) || '—'
}

export function countdownText(daysLeft: null | number, locale: Locale): string {
  if (daysLeft === null) return '—'
  if (daysLeft < 0) return `${REPORT_WORDS.overdueBy[locale]} ${-daysLeft} ${REPORT_WORDS.days[locale]}`
  return locale === 'vi' ? `Còn ${daysLeft} ngày` : `${daysLeft} days left`
}

function StateBar({ row, locale }: { row: Pick<UnitProgress, 'byState' | 'items'>; locale: Locale }) {
  const title = WORKFLOW_STATES.map((s) => `${STATE_LABELS[s][locale]}: ${row.byState[s]}`).join(' · ')
  return (
    <div className="ncp-bar" role="img" aria-label={title} title={title}>
      {row.items > 0 &&
        WORKFLOW_STATES.filter((s) => row.byState[s] > 0).map((s) => (
          <span key={s} style={{ background: STATE_COLORS[s], width: `${(100 * row.byState[s]) / row.items}%` }} />
        ))}
    </div>
  )
}

function ChannelBars({ row, locale, max }: { row: Pick<UnitProgress, 'publishedByChannel'>; locale: Locale; max: number }) {
  return (
    <div className="ncp-channels">
      {CHANNELS.map((ch) => (
        <div key={ch} style={{ display: 'contents' }}>
          <span>{CHANNEL_LABELS[ch][locale]}</span>
          <span className="ncp-track">
            <span style={{ width: `${max ? (100 * row.publishedByChannel[ch]) / max : 0}%` }} />
          </span>
          <span className="ncp-num">{row.publishedByChannel[ch]}</span>
        </div>
      ))}
    </div>
  )
}

function itemsLink({ adminRoute, campaignId, collection, unitId }: { adminRoute: string; campaignId: number | string; collection: string; unitId: number | string }) {
  const query = new URLSearchParams({
    'where[and][0][unit][equals]': String(unitId),
    'where[and][1][campaign][equals]': String(campaignId),
  })
  return `${adminRoute}/collections/${collection}?${query.toString()}`
}

export function CampaignReportBody({ adminRoute, hasLinks, locale, report }: Props) {
  const w = (key: keyof typeof REPORT_WORDS) => REPORT_WORDS[key][locale]
  const maxChannel = Math.max(1, ...report.units.flatMap((u) => CHANNELS.map((ch) => u.publishedByChannel[ch])))
  const { totals } = report
  return (
    <>
      <div className="ncp-cards">
        <div className={`ncp-card${report.daysLeft !== null && report.daysLeft <= 7 ? ' ncp-card--alert' : ''}`}>
          {w('reportDue')} {formatDateTime(report.campaign.reportDueAt, locale, false)}
          <b data-testid="countdown">{countdownText(report.daysLeft, locale)}</b>
        </div>
        <div className="ncp-card">
          {w('items')}
          <b>{totals.items}</b>
        </div>
        <div className="ncp-card">
          {w('published')}
          <b>{totals.published}</b>
        </div>
        <div className="ncp-card">
          {w('outlets')}
          <b>{totals.outletsReached ?? w('notTracked')}</b>
        </div>
        <div className={`ncp-card${totals.flagged ? ' ncp-card--alert' : ''}`}>
          {w('flag')}
          <b>{totals.flagged}</b>
        </div>
      </div>
      <div className="ncp-legend">
        {WORKFLOW_STATES.map((s) => (
          <span key={s}>
            <i style={{ background: STATE_COLORS[s] }} />
            {STATE_LABELS[s][locale]}: {totals.byState[s]}
          </span>
        ))}
      </div>
      <div className="ncp-scroll">
      <table className="ncp-table">
        <thead>
          <tr>
            <th>{w('unit')}</th>
            <th className="ncp-num">{w('items')}</th>
            {CONTENT_COLLECTIONS.map((c) => (
              <th className="ncp-num" key={c}>
                {TYPE_LABELS[c][locale]}
              </th>
            ))}
            <th>{w('byState')}</th>
            <th>{w('byChannel')}</th>
            <th className="ncp-num">{w('outlets')}</th>
            <th>{w('lastActivity')}</th>
            <th>{w('flag')}</th>
          </tr>
        </thead>
        <tbody>
          {report.units.map((row) => (
            <tr key={String(row.unit.id)} data-unit={row.unit.code} id={`unit-${row.unit.code}`}>
              <td className="ncp-unit">
                <strong>{row.unit.name}</strong> <span className="ncp-duty-code">({row.unit.code})</span>
                {row.duty && <div className="ncp-duty">{row.duty}</div>}
                {hasLinks && (
                  <div className="ncp-links">
                    {CONTENT_COLLECTIONS.map((c) => (
                      <a href={itemsLink({ adminRoute, campaignId: report.campaign.id, collection: c, unitId: row.unit.id })} key={c}>
                        {TYPE_LABELS[c][locale]}
                      </a>
                    ))}
                  </div>
                )}
              </td>
              <td className="ncp-num">{row.items}</td>
              {CONTENT_COLLECTIONS.map((c) => (
                <td className="ncp-num" key={c}>
                  {row.byType[c]}
                </td>
              ))}
              <td>
                <StateBar locale={locale} row={row} />
                <div className="ncp-duty">
                  {STATE_LABELS.published[locale]}: {row.published} / {row.items}
                </div>
              </td>
              <td>
                <ChannelBars locale={locale} max={maxChannel} row={row} />
              </td>
              <td className="ncp-num">{row.outletsReached ?? '—'}</td>
              <td>{row.lastActivityAt ? formatDateTime(row.lastActivityAt, locale) : w('none')}</td>
              <td>{row.flag && <span className={`ncp-flag${row.flag === 'deadline-near' ? ' ncp-flag--near' : ''}`}>{FLAG_LABELS[row.flag][locale]}</span>}</td>
            </tr>
          ))}
          <tr className="ncp-total">
            <td>{w('total')}</td>
            <td className="ncp-num">{totals.items}</td>
            {CONTENT_COLLECTIONS.map((c) => (
              <td className="ncp-num" key={c}>
                {totals.byType[c]}
              </td>
            ))}
            <td>
              <StateBar locale={locale} row={totals} />
            </td>
            <td>
              <ChannelBars locale={locale} max={Math.max(1, ...CHANNELS.map((ch) => totals.publishedByChannel[ch]))} row={totals} />
            </td>
            <td className="ncp-num">{totals.outletsReached ?? '—'}</td>
            <td>{formatDateTime(totals.lastActivityAt, locale)}</td>
            <td>{totals.flagged || ''}</td>
          </tr>
        </tbody>
      </table>
      </div>
    </>
  )
}
