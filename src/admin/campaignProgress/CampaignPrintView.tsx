// Admin view /admin/campaign-progress/print: the same figures on a dated page for the committee head (browser print to PDF).
import type { AdminViewServerProps } from 'payload'

import { redirect } from 'next/navigation'

import { REPORT_WORDS } from '../../reports/reportLabels'
import { CampaignReportBody, countdownText, formatDateTime, REPORT_CSS } from './CampaignReportBody'
import { loadDashboard } from './loadDashboard'
import { PrintButton } from './PrintButton'

const PRINT_CSS = `
.ncp-print { background: #fff; color: #111; padding: 24px 32px; max-width: 1400px; margin: 0 auto; }
.ncp-print .ncp { --ncp-line: #bbb; --ncp-muted: #555; }
.ncp-print header { border-bottom: 2px solid #111; margin-bottom: 12px; padding-bottom: 8px; }
.ncp-print footer { margin-top: 32px; display: flex; justify-content: space-between; }
@page { size: A4 landscape; margin: 12mm; }
@media print {
  .ncp-print { padding: 0; }
  .ncp-noprint { display: none !important; }
  .ncp-bar, .ncp-track, .ncp-flag, .ncp-legend i { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .ncp-table tr { break-inside: avoid; }
}
`

export async function CampaignPrintView({ initPageResult, searchParams }: AdminViewServerProps) {
  const { req } = initPageResult
  const adminRoute = req.payload.config.routes.admin
  if (!req.user) redirect(`${adminRoute}/login?redirect=${encodeURIComponent(`${adminRoute}/campaign-progress/print`)}`)
  const { locale, outcome, selected } = await loadDashboard({ req, searchParams })
  const w = (key: keyof typeof REPORT_WORDS) => REPORT_WORDS[key][locale]
  const report = outcome?.status === 200 ? outcome.report : null

  return (
    <div className="ncp-print" data-testid="campaign-print">
      <style>{REPORT_CSS + PRINT_CSS}</style>
      <div className="ncp">
        <p className="ncp-noprint">
          <a href={`${adminRoute}/campaign-progress${selected ? `?campaign=${selected.id}` : ''}`}>← {w('title')}</a> <PrintButton locale={locale} />
        </p>
        <header>
          <p style={{ margin: 0 }}>{w('preparedFor')}</p>
          <h1>
            {w('title')}: {selected?.title ?? '—'}
          </h1>
          {report && (
            <p className="ncp-meta" style={{ margin: 0 }}>
              {w('asOf')} {formatDateTime(report.asOf, locale)} · {w('reportDue')} {formatDateTime(report.campaign.reportDueAt, locale, false)} (
              {countdownText(report.daysLeft, locale)})
            </p>
          )}
        </header>
        {!selected && <p>{w('noCampaign')}</p>}
        {outcome && outcome.status !== 200 && <p>{outcome.error}</p>}
        {report && <CampaignReportBody adminRoute={adminRoute} hasLinks={false} locale={locale} report={report} />}
        <footer>
          <span>Nguồn · {formatDateTime(new Date().toISOString(), locale)}</span>
          <span>{locale === 'vi' ? 'Văn phòng Thường trực' : 'Standing Office'}</span>
        </footer>
      </div>
    </div>
  )
}
