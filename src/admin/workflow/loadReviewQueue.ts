// The review queue: items in review, across the reviewed collections, that this user may approve now.
import type { PayloadRequest, Where } from 'payload'

import { canReview, idOf } from '../../access/roles'
import { REVIEWED_COLLECTIONS, type ReviewedCollection } from '../../content/vocabulary'
import { authorizeAction, type WorkflowActor, type WorkflowSubject } from '../../workflow/permissions'
import type { UiLanguage } from './words'

type Id = number | string
type Labelled = Record<string, string> | string | undefined

export type QueueEntry = {
  author: string
  collection: ReviewedCollection
  collectionLabel: string
  id: Id
  submittedAt: null | string
  title: string
  unit: string
}

export type ReviewQueue = { entries: QueueEntry[]; isReviewer: boolean }

const inLanguage = (value: Labelled, language: UiLanguage): string =>
  typeof value === 'string' ? value : (value?.[language] ?? value?.vi ?? '')

const unitName = (unit: unknown): string => {
  if (!unit || typeof unit !== 'object') return unit === null || unit === undefined ? '' : `#${String(unit)}`
  const { code, name } = unit as { code?: string; name?: string }
  return [name, code && `(${code})`].filter(Boolean).join(' ')
}

export async function loadReviewQueue({ language, req }: { language: UiLanguage; req: PayloadRequest }): Promise<ReviewQueue> {
  const user = req.user as (WorkflowActor & { id: Id }) | null
  if (!user || !canReview(user)) return { entries: [], isReviewer: false }
  const { payload } = req
  const collections = REVIEWED_COLLECTIONS.filter((slug) => slug in payload.collections)

  const perCollection = await Promise.all(
    collections.map(async (collection) => {
      const config = payload.collections[collection].config
      const titleField = config.admin?.useAsTitle ?? 'id'
      const { docs } = await payload.find({
        collection,
        depth: 1,
        draft: true,
        fallbackLocale: 'vi',
        limit: 200,
        locale: language,
        overrideAccess: false,
        pagination: false,
        req,
        sort: 'updatedAt',
        user,
        where: { workflowStatus: { equals: 'in_review' } },
      })
      const mine = (docs as unknown as (WorkflowSubject & Record<string, unknown> & { id: Id })[]).filter(
        (doc) => authorizeAction({ action: 'approve', actor: user, item: doc }).allowed,
      )
      return mine.map((doc) => ({
        authorId: idOf(doc.author as never),
        collection,
        collectionLabel: inLanguage(config.labels?.singular as Labelled, language),
        id: doc.id,
        title: String(doc[titleField] ?? doc.id),
        unit: unitName(doc.unit),
      }))
    }),
  )
  const items = perCollection.flat()
  if (items.length === 0) return { entries: [], isReviewer: true }

  // Reviewers may not read other users' records; the author's name is shown as the audit trail shows it.
  const authorIds = [...new Set(items.map((item) => item.authorId).filter((value): value is Id => value !== null))]
  const authors = await payload.find({
    collection: 'users',
    depth: 0,
    limit: authorIds.length,
    overrideAccess: true,
    pagination: false,
    req,
    select: { email: true, name: true },
    where: { id: { in: authorIds } },
  })
  const authorNames = new Map(authors.docs.map((a) => [String(a.id), String(a.name ?? a.email)]))

  const submitted: Where = {
    and: [{ action: { equals: 'submit' } }, { or: items.map((item): Where => ({ and: [{ itemCollection: { equals: item.collection } }, { itemId: { equals: String(item.id) } }] as Where[] })) }],
  }
  const submits = await payload.find({
    collection: 'workflow-events',
    depth: 0,
    limit: 1000,
    overrideAccess: false,
    pagination: false,
    req,
    select: { at: true, itemCollection: true, itemId: true },
    sort: '-at',
    user,
    where: submitted,
  })
  const submittedAt = new Map<string, string>()
  for (const event of submits.docs) {
    const key = `${event.itemCollection}:${event.itemId}`
    if (!submittedAt.has(key)) submittedAt.set(key, event.at)
  }

  const entries: QueueEntry[] = items.map(({ authorId, ...item }) => ({
    ...item,
    author: authorId === null ? '' : (authorNames.get(String(authorId)) ?? `#${authorId}`),
    submittedAt: submittedAt.get(`${item.collection}:${item.id}`) ?? null,
  }))
  // Oldest submission first: that is the one waiting longest.
  entries.sort((a, b) => (a.submittedAt ?? '').localeCompare(b.submittedAt ?? ''))
  return { entries, isReviewer: true }
}
