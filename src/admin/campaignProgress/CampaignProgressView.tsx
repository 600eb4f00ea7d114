// Admin view /admin/campaign-progress: each assigned unit's progress in the chosen campaign, for reviewers and the standing office.
import type { AdminViewServerProps } from 'payload'

import { AdminViewFrame, requireLogin } from '../AdminViewFrame'
import { REPORT_WORDS } from '../../reports/reportLabels'
import { CampaignReportBody, formatDateTime, REPORT_CSS } from './CampaignReportBody'
import { loadDashboard } from './loadDashboard'

export async function CampaignProgressView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req } = initPageResult
  const adminRoute = req.payload.config.routes.admin
  const apiRoute = req.payload.config.routes.api
  requireLogin(initPageResult, '/campaign-progress')
  const { campaigns, locale, outcome, selected } = await loadDashboard({ req, searchParams })
  const w = (key: keyof typeof REPORT_WORDS) => REPORT_WORDS[key][locale]
  const report = outcome?.status === 200 ? outcome.report : null
  const asOf = typeof searchParams?.asOf === 'string' ? `&asOf=${encodeURIComponent(searchParams.asOf)}` : ''

  return (
    <AdminViewFrame initPageResult={initPageResult} params={params} searchParams={searchParams}>
      <style>{REPORT_CSS}</style>
      <div className="ncp" data-testid="campaign-progress" style={{ paddingTop: 'var(--base)', paddingBottom: 'calc(var(--base) * 2)' }}>
        <h1>{w('title')}</h1>
        {!selected && <p>{w('noCampaign')}</p>}
        {selected && (
          <>
            <p className="ncp-meta">
              <strong>{selected.title}</strong>
              {report && (
                <>
                  {' · '}
                  {w('asOf')} {formatDateTime(report.asOf, locale)}
                </>
              )}
            </p>
            {campaigns.length > 1 && (
              <form method="get" style={{ marginBottom: 12 }}>
                <select defaultValue={String(selected.id)} name="campaign">
                  {campaigns.map((c) => (
                    <option key={String(c.id)} value={String(c.id)}>
                      {c.title}
                    </option>
                  ))}
                </select>{' '}
                <button className="btn btn--size-small btn--style-secondary" type="submit">
                  OK
                </button>
              </form>
            )}
            <p className="ncp-links">
              <a href={`${adminRoute}/campaign-progress/print?campaign=${selected.id}${asOf}`}>{w('print')}</a>
              <a href={`${apiRoute}/campaigns/${selected.id}/report?format=csv&locale=${locale}`}>{w('csv')}</a>
            </p>
            {outcome && outcome.status !== 200 && <p className="ncp-flag">{outcome.error}</p>}
            {report && <CampaignReportBody adminRoute={adminRoute} hasLinks locale={locale} report={report} />}
          </>
        )}
      </div>
    </AdminViewFrame>
  )
}
