// What both campaign-progress pages need: the reader's language, the campaigns to choose from and the chosen report.
import type { PayloadRequest } from 'payload'

import { isAdminUser } from '../../access/roles'
import type { Locale } from '../../content/vocabulary'
import { loadCampaignReport, type ReportOutcome } from '../../reports/loadCampaignReport'

export type CampaignChoice = { id: number | string; title: string }
export type Dashboard = { campaigns: CampaignChoice[]; locale: Locale; outcome: null | ReportOutcome; selected: null | CampaignChoice }

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)

export async function loadDashboard({
  req,
  searchParams = {},
}: {
  req: PayloadRequest
  searchParams?: Record<string, string | string[] | undefined>
}): Promise<Dashboard> {
  const locale: Locale = req.i18n?.language === 'en' ? 'en' : 'vi'
  const { docs } = await req.payload.find({
    collection: 'campaigns',
    depth: 0,
    fallbackLocale: 'vi',
    limit: 100,
    locale,
    overrideAccess: false,
    select: { title: true },
    sort: '-startsAt',
    user: req.user,
  })
  const campaigns = docs.map((d) => ({ id: d.id, title: String(d.title ?? d.id) }))
  const wanted = first(searchParams.campaign)
  const selected = campaigns.find((c) => String(c.id) === wanted) ?? campaigns[0] ?? null
  if (!selected) return { campaigns, locale, outcome: null, selected }
  // Admins may look at the figures as of another moment (`?asOf=2023-12-14T00:00:00+07:00`).
  const asOf = first(searchParams.asOf)
  const now = asOf && isAdminUser(req.user as never) && !Number.isNaN(Date.parse(asOf)) ? new Date(asOf) : new Date()
  const outcome = await loadCampaignReport({ campaignId: selected.id, locale, now, payload: req.payload, user: req.user })
  return { campaigns, locale, outcome, selected }
}
