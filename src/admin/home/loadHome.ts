// What the home page shows each user: their own work, the review queue, and the campaign's deadline and units at risk.
import type { PayloadRequest, Where } from 'payload'

import { unitIdOf, type RoleHolder } from '../../access/roles'
import { REVIEWED_COLLECTIONS, type ReviewedCollection, type WorkflowState } from '../../content/vocabulary'
import { loadCampaignReport } from '../../reports/loadCampaignReport'
import { loadReviewQueue, type QueueEntry } from '../workflow/loadReviewQueue'
import type { UiLanguage } from '../workflow/words'
import { homeSections, type HomeSection } from './homeSections'

type Id = number | string
type Labelled = Record<string, string> | string | undefined

export type HomeItem = {
  collection: ReviewedCollection
  collectionLabel: string
  id: Id
  /** The reviewer's note on an item sent back. */
  note: null | string
  state: WorkflowState
  title: string
  updatedAt: null | string
}

export type UnitAtRisk = { code: string; flag: 'deadline-near' | 'none-published' | 'overdue'; name: string }

export type HomeCampaign = {
  daysLeft: null | number
  endsAt: null | string
  id: Id
  reportDueAt: null | string
  title: string
  unitsAtRisk: UnitAtRisk[]
  unitsTotal: number
}

export type Home = {
  campaign: HomeCampaign | null
  myWork: { drafts: HomeItem[]; inReview: HomeItem[]; published: HomeItem[]; sentBack: HomeItem[] } | null
  queue: { oldest: null | QueueEntry; size: number } | null
  sections: HomeSection[]
}

const MY_WORK_LIMIT = 10

const inLanguage = (value: Labelled, language: UiLanguage): string => (typeof value === 'string' ? value : (value?.[language] ?? value?.vi ?? ''))

/** The latest version of each item matching `where`, newest first, across the reviewed collections. */
async function findItems({ language, limit, req, sort, where }: { language: UiLanguage; limit: number; req: PayloadRequest; sort: string; where: Where }): Promise<HomeItem[]> {
  const { payload } = req
  const found = await Promise.all(
    REVIEWED_COLLECTIONS.filter((slug) => slug in payload.collections).map(async (collection) => {
      const config = payload.collections[collection].config
      const titleField = config.admin?.useAsTitle ?? 'id'
      const { docs } = await payload.find({
        collection,
        depth: 0,
        draft: true,
        fallbackLocale: 'vi',
        limit,
        locale: language,
        overrideAccess: false,
        req,
        sort,
        user: req.user,
        where,
      })
      return (docs as unknown as Record<string, unknown>[]).map(
        (doc): HomeItem => ({
          collection,
          collectionLabel: inLanguage(config.labels?.singular as Labelled, language),
          id: doc.id as Id,
          note: typeof doc.reviewNote === 'string' && doc.reviewNote ? doc.reviewNote : null,
          state: doc.workflowStatus as WorkflowState,
          title: typeof doc[titleField] === 'string' && (doc[titleField] as string).trim() ? (doc[titleField] as string) : `#${String(doc.id)}`,
          updatedAt: (doc.approvedAt as null | string) ?? (doc.updatedAt as null | string) ?? null,
        }),
      )
    }),
  )
  return found
    .flat()
    .sort((a, b) => (b.updatedAt ?? '').localeCompare(a.updatedAt ?? ''))
    .slice(0, limit)
}

async function loadMyWork({ language, req }: { language: UiLanguage; req: PayloadRequest }): Promise<Home['myWork']> {
  const user = req.user as (RoleHolder & { id: Id }) | null
  if (!user) return null
  const mine = (state: WorkflowState): Where => ({ and: [{ author: { equals: user.id } }, { workflowStatus: { equals: state } }] })
  const unit = unitIdOf(user)
  const [drafts, sentBack, inReview, published] = await Promise.all([
    findItems({ language, limit: MY_WORK_LIMIT, req, sort: '-updatedAt', where: mine('draft') }),
    findItems({ language, limit: MY_WORK_LIMIT, req, sort: '-updatedAt', where: mine('changes_requested') }),
    findItems({ language, limit: MY_WORK_LIMIT, req, sort: '-updatedAt', where: mine('in_review') }),
    unit === null
      ? Promise.resolve([])
      : findItems({ language, limit: 5, req, sort: '-approvedAt', where: { and: [{ unit: { equals: unit } }, { workflowStatus: { equals: 'published' } }] } }),
  ])
  return { drafts, inReview, published, sentBack }
}

async function loadCampaign({ language, now, req }: { language: UiLanguage; now: Date; req: PayloadRequest }): Promise<HomeCampaign | null> {
  const { docs } = await req.payload.find({
    collection: 'campaigns',
    depth: 0,
    fallbackLocale: 'vi',
    limit: 20,
    locale: language,
    overrideAccess: false,
    select: { endsAt: true, status: true, title: true },
    sort: '-startsAt',
    user: req.user,
  })
  // The campaign under way, else the most recent one.
  const campaign = docs.find((doc) => doc.status === 'active') ?? docs[0]
  if (!campaign) return null
  const outcome = await loadCampaignReport({ campaignId: campaign.id, locale: language, now, payload: req.payload, user: req.user })
  if (outcome.status !== 200) return null
  const { report } = outcome
  const unitsAtRisk = report.units
    .filter((row) => row.published === 0)
    .map((row): UnitAtRisk => ({ code: row.unit.code, flag: row.flag ?? 'none-published', name: row.unit.name }))
    // Overdue first, then those near the deadline, then the rest with nothing published.
    .sort((a, b) => ['overdue', 'deadline-near', 'none-published'].indexOf(a.flag) - ['overdue', 'deadline-near', 'none-published'].indexOf(b.flag))
  return {
    daysLeft: report.daysLeft,
    endsAt: report.campaign.endsAt,
    id: report.campaign.id,
    reportDueAt: report.campaign.reportDueAt,
    title: report.campaign.title,
    unitsAtRisk,
    unitsTotal: report.units.length,
  }
}

export async function loadHome({ language, now = new Date(), req }: { language: UiLanguage; now?: Date; req: PayloadRequest }): Promise<Home> {
  const sections = homeSections(req.user as null | RoleHolder)
  const [myWork, queue, campaign] = await Promise.all([
    sections.includes('myWork') ? loadMyWork({ language, req }) : Promise.resolve(null),
    sections.includes('queue')
      ? loadReviewQueue({ language, req }).then(({ entries }) => ({ oldest: entries[0] ?? null, size: entries.length }))
      : Promise.resolve(null),
    sections.includes('campaign') ? loadCampaign({ language, now, req }) : Promise.resolve(null),
  ])
  return { campaign, myWork, queue, sections }
}

export const itemHref = (adminRoute: string, item: { collection: string; id: Id }) => `${adminRoute}/collections/${item.collection}/${item.id}`
