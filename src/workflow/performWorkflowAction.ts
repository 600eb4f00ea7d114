// Carries out one workflow action on one item: checks, state change, audit event and scheduling in one transaction.
import type { PayloadRequest, TypedUser } from 'payload'

import { commitTransaction, initTransaction, killTransaction } from 'payload'

import { serverReq } from '../../hooks/markUserWrite'
import type { ContentCollection, WorkflowState } from '../content/vocabulary'
import { queueEmergencyBulletin } from '../audio/emergencyBulletin'
import { INCOMPLETE_WORDS, type MissingField, missingFields } from '../content/completeness'
import { queueDeliveries } from '../delivery/queueDeliveries'
import { mediaIdsOf } from '../media/mediaUse'
import { refreshMediaReach } from '../media/refreshMediaReach'
import { notifyAfterDecision } from './notify'
import { authorizeAction, type WorkflowActor, type WorkflowSubject } from './permissions'
import { findItem, readLockedItem } from './readItem'
import { transition, type WorkflowAction } from './stateMachine'
import { countWorkflowDecision } from '../ops/metricsRegistry'

type Id = number | string

export type WorkflowOutcome =
  | { body: { doc: Record<string, unknown> }; status: 200 }
  | { body: { error: string; from?: WorkflowState; action?: WorkflowAction }; status: 401 | 403 | 404 | 409 }
  | { body: { error: string; fields: MissingField[] }; status: 422 }

export type WorkflowItem = WorkflowSubject & {
  id: Id
  publishAt?: null | string
  version?: null | number
  workflowStatus?: null | WorkflowState
}

export const SCHEDULED_QUEUE = 'scheduled'
export const PUBLISH_SCHEDULED_TASK = 'publishScheduled' as const

/** Set on req.context by the seed: its demo decisions are recorded like any other, but nobody is emailed and no webhook is queued. */
export const SEED_WRITE = 'isSeed' as const
const isSeedWrite = (req: PayloadRequest): boolean => req.context?.[SEED_WRITE] === true

async function canRead({ collection, id, req }: { collection: ContentCollection; id: Id; req: PayloadRequest }) {
  try {
    await req.payload.findByID({ collection, depth: 0, draft: true, id, overrideAccess: false, req, user: req.user })
    return true
  } catch {
    try {
      await req.payload.findByID({ collection, depth: 0, id, overrideAccess: false, req, user: req.user })
      return true
    } catch {
      return false
    }
  }
}

export async function recordEvent({
  action,
  actor,
  actorName,
  at = new Date(),
  collection,
  from,
  itemId,
  note,
  req,
  to,
  version,
}: {
  action: WorkflowAction | 'publish'
  actor: Id
  actorName?: null | string
  /** When the decision was taken: the `now` of the action. */
  at?: Date
  collection: ContentCollection
  from: WorkflowState
  itemId: Id
  note?: null | string
  req: PayloadRequest
  to: WorkflowState
  version: number
}): Promise<void> {
  await req.payload.create({
    collection: 'workflow-events',
    data: {
      action,
      actor: actor as number,
      actorName: actorName ?? null,
      at: at.toISOString(),
      from,
      itemCollection: collection,
      itemId: String(itemId),
      note: note ?? null,
      to,
      version,
    },
    overrideAccess: true,
    req: serverReq(req),
  })
}

/** Makes the latest version live: the approved content replaces the published one and the version number goes up. */
export async function publishLatestVersion({
  approvedAt,
  approver,
  collection,
  id,
  note,
  req,
}: {
  approvedAt: Date
  approver: Id
  collection: ContentCollection
  id: Id
  note?: null | string
  req: PayloadRequest
}): Promise<Record<string, unknown>> {
  const [latest, live] = await Promise.all([
    findItem({ collection, draft: true, id, req }),
    findItem({ collection, draft: false, id, req }),
  ])
  const version = Math.max(latest?.version ?? 0, live?.version ?? 0) + 1
  const doc = await writeItem({
    collection,
    data: {
      _status: 'published',
      approvedAt: approvedAt.toISOString(),
      approvedBy: approver,
      reviewNote: note ?? null,
      version,
      withdrawnAt: null,
      workflowStatus: 'published',
    },
    draft: false,
    id,
    req,
  })
  // Webhooks (src/delivery): queued in this transaction, sent in the background; a live item being replaced is a correction.
  const wasLive = (live as null | { _status?: string })?._status === 'published'
  if (!isSeedWrite(req)) await queueDeliveries({ collection, event: wasLive ? 'item.corrected' : 'item.published', id, payload: req.payload, req })
  // An emergency for the loudspeakers is played at once, in its own bulletin (src/audio/emergencyBulletin.ts).
  if (!wasLive && !isSeedWrite(req)) await queueEmergencyBulletin({ collection, item: doc as never, req })
  return doc
}

/**
 * The one place the workflow writes an item. `draft: true` writes a new latest version and leaves a live
 * item live; `draft: false` writes the main document (publishing, or taking it down).
 */
async function writeItem({
  collection,
  data,
  draft,
  id,
  req,
}: {
  collection: ContentCollection
  data: Record<string, unknown>
  draft: boolean
  id: Id
  req: PayloadRequest
}): Promise<Record<string, unknown>> {
  return (await req.payload.update({
    collection,
    data: data as never,
    depth: 0,
    draft,
    id,
    overrideAccess: true,
    req: serverReq(req),
  })) as unknown as Record<string, unknown>
}

/**
 * Takes an item down with the text that was live, not a correction waiting beside it: the live version is first
 * restored as the latest (all locales), then marked withdrawn, so kill notices quote what readers saw.
 */
async function takeDown({ collection, data, id, req }: { collection: ContentCollection; data: Record<string, unknown>; id: Id; req: PayloadRequest }) {
  const { docs } = await req.payload.findVersions({
    collection,
    depth: 0,
    limit: 1,
    overrideAccess: true,
    req: serverReq(req),
    sort: '-updatedAt',
    where: { and: [{ parent: { equals: id } }, { 'version._status': { equals: 'published' } }] },
  })
  const liveVersion = docs[0] as undefined | { id: Id; latest?: boolean }
  if (liveVersion && !liveVersion.latest) {
    await req.payload.restoreVersion({ collection, depth: 0, draft: false, id: String(liveVersion.id), overrideAccess: true, req: serverReq(req) })
  }
  return writeItem({ collection, data, draft: false, id, req })
}

/** Writes the new state on the latest version (a draft version, so a live item stays live). */
const setDraftState = ({ collection, data, id, req }: { collection: ContentCollection; data: Record<string, unknown>; id: Id; req: PayloadRequest }) =>
  writeItem({ collection, data: { ...data, _status: 'draft' }, draft: true, id, req })

export async function performWorkflowAction({
  action,
  collection,
  id,
  note,
  now = new Date(),
  publishAt,
  req,
}: {
  action: WorkflowAction
  collection: ContentCollection
  id: Id
  note?: string
  now?: Date
  publishAt?: string
  req: PayloadRequest
}): Promise<WorkflowOutcome> {
  const user = req.user as (TypedUser & WorkflowActor) | null
  if (!user) return { body: { error: 'Cần đăng nhập / Log in first' }, status: 401 }
  // Decisions on one item are serialised: the lock is taken first in the transaction and the state read after it,
  // so of two decisions racing from one state exactly one wins and the other sees the state it lost to.
  const startedHere = await initTransaction(req)
  try {
    const { isLive, latest, live } = await readLockedItem({ collection, id, req })
    const refuse = async (outcome: WorkflowOutcome): Promise<WorkflowOutcome> => {
      if (startedHere) await killTransaction(req)
      return outcome
    }
    if (!latest || !(await canRead({ collection, id, req }))) {
      return refuse({ body: { error: 'Không tìm thấy tin bài / Item not found' }, status: 404 })
    }
    const authorization = authorizeAction({ action, actor: user, item: latest })
    if (!authorization.allowed) return refuse({ body: { error: authorization.reason }, status: 403 })

    // A live item may be withdrawn even while a correction of it is being drafted.
    const from: WorkflowState = action === 'withdraw' && isLive ? 'published' : ((latest.workflowStatus ?? 'draft') as WorkflowState)
    const embargo = publishAt ?? (latest.publishAt as null | string | undefined) ?? null
    const next = transition({ action, from, now, publishAt: embargo ? new Date(embargo) : null })
    if (!next.ok) {
      return refuse({
        body: { action, error: `Không thể “${action}” khi đang ở trạng thái “${from}” / Cannot ${action} an item that is ${from}`, from },
        status: 409,
      })
    }
    // Only complete content goes to review and out: what is missing is named, field by field, in the user's language.
    if (action === 'submit' || action === 'approve') {
      const language = req.i18n?.language === 'en' ? 'en' : 'vi'
      const fields = missingFields({ collection, doc: latest as Record<string, unknown>, language, step: action })
      if (fields.length) return refuse({ body: { error: INCOMPLETE_WORDS[language], fields }, status: 422 })
    }
    // The media these versions show: how far it may be seen changes when they go live, are scheduled or come down.
    const shownMedia = new Set([...mediaIdsOf(collection, latest), ...mediaIdsOf(collection, live)])

    let doc: Record<string, unknown>
    let version = latest.version ?? 0
    switch (next.to) {
      case 'published':
        doc = await publishLatestVersion({ approvedAt: now, approver: user.id, collection, id, note, req })
        version = Number(doc.version)
        break
      case 'scheduled':
        doc = await setDraftState({
          collection,
          data: { approvedAt: now.toISOString(), approvedBy: user.id, publishAt: embargo, reviewNote: note ?? null, workflowStatus: 'scheduled' },
          id,
          req,
        })
        await req.payload.jobs.queue({
          input: { collection, id: String(id) },
          queue: SCHEDULED_QUEUE,
          req,
          task: PUBLISH_SCHEDULED_TASK,
          waitUntil: new Date(embargo!),
        })
        break
      case 'withdrawn':
        doc = await takeDown({
          collection,
          data: { _status: 'draft', reviewNote: note, withdrawnAt: now.toISOString(), workflowStatus: 'withdrawn' },
          id,
          req,
        })
        // Webhooks (src/delivery): the kill goes to the outlets that hold the item.
        if (from === 'published' && !isSeedWrite(req)) await queueDeliveries({ collection, event: 'item.withdrawn', id, payload: req.payload, req })
        break
      default:
        doc = await setDraftState({
          collection,
          data: { reviewNote: action === 'request-changes' ? note : (latest as { reviewNote?: string }).reviewNote, workflowStatus: next.to },
          id,
          req,
        })
    }
    await recordEvent({ action, actor: user.id, actorName: (user as { name?: string }).name, at: now, collection, from, itemId: id, note, req, to: next.to, version })
    if (next.to === 'published' || next.to === 'scheduled' || next.to === 'withdrawn') await refreshMediaReach({ mediaIds: shownMedia, req })
    if (startedHere) await commitTransaction(req)
    countWorkflowDecision(action, next.to)
    if (!isSeedWrite(req)) void notifyAfterDecision({ action, collection, item: { ...latest, ...doc } as WorkflowItem, note, payload: req.payload, to: next.to, actor: user })
    return { body: { doc }, status: 200 }
  } catch (err) {
    if (startedHere) await killTransaction(req)
    throw err
  }
}

/**
 * The scheduled-publish job: publishes an approved, embargoed item once its time has come; a no-op otherwise. Runs
 * under the item's lock, so two workers (or a withdrawal at the same moment) never publish it twice.
 */
export async function publishIfDue({
  collection,
  id,
  now = new Date(),
  req,
}: {
  collection: ContentCollection
  id: Id
  now?: Date
  req: PayloadRequest
}): Promise<'not-due' | 'published' | 'skipped'> {
  const startedHere = await initTransaction(req)
  try {
    const { latest, live } = await readLockedItem({ collection, id, req })
    const scheduled = latest as (WorkflowItem & { approvedAt?: string; approvedBy?: { id: Id } | Id; reviewNote?: string }) | null
    let result: 'not-due' | 'published' | 'skipped' = 'skipped'
    if (scheduled?.workflowStatus === 'scheduled') {
      if (scheduled.publishAt && new Date(scheduled.publishAt).getTime() > now.getTime()) result = 'not-due'
      else {
        const approver = typeof scheduled.approvedBy === 'object' ? scheduled.approvedBy.id : scheduled.approvedBy
        const approvedAt = scheduled.approvedAt ? new Date(scheduled.approvedAt) : now
        const doc = await publishLatestVersion({ approvedAt, approver: approver!, collection, id, note: scheduled.reviewNote, req })
        await recordEvent({ action: 'publish', actor: approver!, at: now, collection, from: 'scheduled', itemId: id, note: null, req, to: 'published', version: Number(doc.version) })
        await refreshMediaReach({ mediaIds: [...mediaIdsOf(collection, scheduled), ...mediaIdsOf(collection, live)], req })
        result = 'published'
      }
    }
    if (startedHere) await commitTransaction(req)
    return result
  } catch (err) {
    if (startedHere) await killTransaction(req)
    throw err
  }
}
