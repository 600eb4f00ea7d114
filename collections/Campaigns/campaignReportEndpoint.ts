// GET /api/campaigns/{id}/report[?format=csv&locale=en&unit=CA&asOf=…]: each assigned unit's progress, as JSON or CSV.
import type { Endpoint } from 'payload'

import { isAdminUser } from '../../src/access/roles'
import { campaignReportCsv, campaignReportFileName } from '../../src/reports/campaignReportCsv'
import { loadCampaignReport } from '../../src/reports/loadCampaignReport'
import { campaignReportQuery, parseSearchParams } from '../../src/reports/reportQuery'

const badRequest = (issues: string[]) => Response.json({ error: 'Tham số không hợp lệ / Invalid parameters', issues }, { status: 400 })

export const campaignReportEndpoint: Endpoint = {
  method: 'get',
  path: '/:id/report',
  handler: async (req) => {
    if (!req.user) return Response.json({ error: 'Cần đăng nhập / Log in first' }, { status: 401 })
    const query = parseSearchParams(campaignReportQuery, req.searchParams)
    if (query.issues) return badRequest(query.issues)
    const { asOf, format, locale, unit } = query.data
    // Only admins may look at the report "as of" another moment (to check the deadline flags).
    if (asOf && !isAdminUser(req.user as never)) {
      return Response.json({ error: 'asOf: chỉ dành cho quản trị viên / only admins may set asOf' }, { status: 403 })
    }
    const outcome = await loadCampaignReport({
      campaignId: req.routeParams!.id as string,
      locale,
      now: asOf ? new Date(asOf) : new Date(),
      payload: req.payload,
      unitCode: unit,
      user: req.user,
    })
    if (outcome.status !== 200) return Response.json({ error: outcome.error }, { status: outcome.status })
    if (format === 'json') return Response.json(outcome.report, { headers: { 'cache-control': 'private, no-store' } })
    return new Response(campaignReportCsv({ locale, report: outcome.report }), {
      headers: {
        'cache-control': 'private, no-store',
        'content-disposition': `attachment; filename="${campaignReportFileName(outcome.report)}"`,
        'content-type': 'text/csv; charset=utf-8',
      },
    })
  },
}
