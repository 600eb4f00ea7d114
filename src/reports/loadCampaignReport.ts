// Decides which units' rows a user may see, reads the campaign and its counts, and builds the progress report.
import type { Payload, TypedUser } from 'payload'

import { canReview, hasRole, unitIdOf, type RoleHolder } from '../access/roles'
import type { Locale } from '../content/vocabulary'
import { buildCampaignReport, type CampaignReport, type ReportAssignment, type ReportCampaign } from './campaignProgress'
import { countCampaignItems } from './countCampaignItems'

type Id = number | string

export type ReportOutcome = { status: 200; report: CampaignReport } | { status: 401 | 403 | 404; error: string }

type Populated = { id: Id; code?: string; name?: string }
type CampaignDoc = {
  id: Id
  slug?: null | string
  title?: null | string
  startsAt?: null | string
  endsAt?: null | string
  reportDueAt?: null | string
  assignments?: null | { unit?: Id | null | Populated; duty?: null | string }[]
}

export async function readReportCampaign({
  campaignId,
  locale,
  payload,
  user,
}: {
  campaignId: Id
  locale: Locale
  payload: Payload
  user: TypedUser
}): Promise<null | ReportCampaign> {
  let doc: CampaignDoc
  try {
    doc = (await payload.findByID({
      collection: 'campaigns',
      depth: 1,
      fallbackLocale: 'vi',
      id: campaignId,
      locale,
      overrideAccess: false,
      populate: { units: { code: true, name: true } },
      user,
    })) as unknown as CampaignDoc
  } catch {
    return null
  }
  const assignments: ReportAssignment[] = (doc.assignments ?? []).flatMap((row) => {
    const unit = row.unit
    if (!unit) return []
    const populated: Populated = typeof unit === 'object' ? unit : { id: unit }
    return [{ unit: { id: populated.id, code: populated.code ?? '', name: populated.name ?? '' }, duty: row.duty ?? '' }]
  })
  return {
    id: doc.id,
    slug: doc.slug ?? '',
    title: doc.title ?? '',
    startsAt: doc.startsAt ?? null,
    endsAt: doc.endsAt ?? null,
    reportDueAt: doc.reportDueAt ?? null,
    assignments,
  }
}

/**
 * The report as `user` may see it: reviewers and admins every assigned unit (or the one asked for), an
 * editor only their own unit's row, and nothing from a campaign their unit has no duty in.
 */
export async function loadCampaignReport({
  campaignId,
  locale,
  now = new Date(),
  payload,
  unitCode,
  user,
}: {
  campaignId: Id
  locale: Locale
  now?: Date
  payload: Payload
  unitCode?: string
  user: null | TypedUser | undefined
}): Promise<ReportOutcome> {
  if (!user) return { status: 401, error: 'Cần đăng nhập / Log in first' }
  const campaign = await readReportCampaign({ campaignId, locale, payload, user })
  if (!campaign) return { status: 404, error: 'Không tìm thấy chiến dịch / Campaign not found' }

  const person = user as unknown as RoleHolder
  const asked = unitCode ? campaign.assignments.find((a) => a.unit.code === unitCode) : undefined
  let visibleUnits: Id[] | undefined
  if (canReview(person)) {
    if (unitCode && !asked) return { status: 404, error: `unit: ${unitCode} has no duty in this campaign / không được giao nhiệm vụ` }
    visibleUnits = asked ? [asked.unit.id] : undefined
  } else {
    const own = unitIdOf(person)
    const ownAssignment = campaign.assignments.find((a) => String(a.unit.id) === String(own))
    if (!hasRole(person, 'editor') || own === null || !ownAssignment) {
      return { status: 403, error: 'Đơn vị của bạn không có nhiệm vụ trong chiến dịch này / Your unit has no duty in this campaign' }
    }
    if (unitCode && unitCode !== ownAssignment.unit.code) {
      return { status: 403, error: 'Biên tập viên chỉ xem được số liệu của đơn vị mình / Editors see only their own unit' }
    }
    visibleUnits = [ownAssignment.unit.id]
  }

  const counts = await countCampaignItems({ campaignId: campaign.id, payload })
  return { status: 200, report: buildCampaignReport({ campaign, counts, now, visibleUnits }) }
}
