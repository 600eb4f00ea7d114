// Polls one source into the incoming desk: fetch (conditional, with its token), parse, then upsert every item and the
// source's status in one transaction. Never throws: a failure is recorded on the source and returned in Vietnamese.
import type { Payload, PayloadRequest } from 'payload'

import { commitTransaction, createLocalReq, initTransaction, killTransaction } from 'payload'

import type { Incoming, Source } from '../payload-types'

import { compareIncoming, hasNewText } from './compareIncoming'
import { allowedSourceHosts, fetchUpstream } from './fetchUpstream'
import { parseUpstream, type UpstreamItem } from './parseUpstream'
import { nextPollAt } from './pollSchedule'

export type IngestCounts = { new: number; updated: number; withdrawn: number; unchanged: number }
export type IngestResult = ({ kind: 'ok' } & IngestCounts) | { kind: 'error'; message: string }

/** Earlier upstream versions kept per item; the oldest go first. */
export const MAX_KEPT_VERSIONS = 20
/** Upstream ids looked up per query (PostgreSQL and SQLite both take far more parameters; this keeps queries small). */
const LOOKUP_CHUNK = 200

type Id = number | string

const SAVE_FAILED = 'Không lưu được tin vào bàn nhận tin; xem nhật ký máy chủ.'
const SOURCE_MISSING = 'Không tìm thấy nguồn tin.'

function deskData(item: UpstreamItem) {
  return {
    body: item.bodyHtml,
    language: item.language,
    link: item.link,
    pubStatus: item.pubStatus,
    publishedAt: item.publishedAt,
    summary: item.summary,
    title: item.title,
    upstreamUpdatedAt: item.updatedAt,
  }
}

async function rowsOf({ payload, req, sourceId, upstreamIds }: { payload: Payload; req: PayloadRequest; sourceId: Id; upstreamIds: string[] }): Promise<Map<string, Incoming>> {
  const rows = new Map<string, Incoming>()
  for (let i = 0; i < upstreamIds.length; i += LOOKUP_CHUNK) {
    const { docs } = await payload.find({
      collection: 'incoming',
      depth: 0,
      overrideAccess: true,
      pagination: false,
      req,
      where: { and: [{ source: { equals: sourceId } }, { upstreamId: { in: upstreamIds.slice(i, i + LOOKUP_CHUNK) } }] },
    })
    for (const doc of docs) rows.set(doc.upstreamId, doc)
  }
  return rows
}

/** Writes the items into the desk within `req`'s transaction; returns the counts. */
export async function upsertItems({ items, now, payload, req, sourceId }: { items: UpstreamItem[]; now: Date; payload: Payload; req: PayloadRequest; sourceId: Id }): Promise<IngestCounts> {
  const counts: IngestCounts = { new: 0, unchanged: 0, updated: 0, withdrawn: 0 }
  const rows = await rowsOf({ payload, req, sourceId, upstreamIds: items.map((item) => item.upstreamId) })
  for (const item of items) {
    const row = rows.get(item.upstreamId)
    if (!row) {
      await payload.create({ collection: 'incoming', data: { ...deskData(item), source: sourceId as number, upstreamId: item.upstreamId }, overrideAccess: true, req })
      counts.new++
      continue
    }
    const change = compareIncoming(row, item)
    counts[change]++
    if (change === 'unchanged') continue
    const earlier = (row.versions ?? []).map(({ body, id, replacedAt, summary, title, upstreamUpdatedAt }) => ({ body, id, replacedAt, summary, title, upstreamUpdatedAt }))
    const versions = hasNewText(row, item)
      ? [...earlier, { body: row.body, replacedAt: now.toISOString(), summary: row.summary, title: row.title, upstreamUpdatedAt: row.upstreamUpdatedAt }].slice(-MAX_KEPT_VERSIONS)
      : earlier
    // upstreamChangedAt: items adapted from this row before now show that their origin changed or was withdrawn.
    await payload.update({ collection: 'incoming', data: { ...deskData(item), upstreamChangedAt: now.toISOString(), versions }, id: row.id, overrideAccess: true, req })
  }
  return counts
}

async function recordStatus({ data, payload, req, sourceId }: { data: Partial<Source>; payload: Payload; req?: PayloadRequest; sourceId: Id }): Promise<void> {
  await payload.update({ collection: 'sources', data, id: sourceId, overrideAccess: true, req })
}

/** Records a failed poll; a failure to record it is logged, not thrown. */
async function fail({ message, now, payload, source }: { message: string; now: Date; payload: Payload; source: Source }): Promise<IngestResult> {
  try {
    const failures = (source.failures ?? 0) + 1
    const next = nextPollAt({ failures, intervalSeconds: source.pollIntervalSeconds, now }).toISOString()
    await recordStatus({ data: { failures, lastError: message, lastPolledAt: now.toISOString(), nextPollAt: next }, payload, sourceId: source.id })
  } catch (err) {
    payload.logger.error({ err, msg: `ingest: could not record the failure of source ${source.id}` })
  }
  return { kind: 'error', message }
}

/**
 * Polls the source `sourceId` once. A 304 changes nothing but the source's status; an item that drops out of the feed
 * stays as it is (only a ninjs withheld or canceled withdraws one). On any failure nothing is written to the desk.
 * Every outcome, a manual poll's too, sets when the scheduler polls it next (src/ingest/pollSchedule.ts).
 */
export async function ingestSource({ now = new Date(), payload, sourceId }: { now?: Date; payload: Payload; sourceId: Id }): Promise<IngestResult> {
  let source: null | Source
  try {
    source = await payload.findByID({ collection: 'sources', depth: 0, disableErrors: true, id: sourceId, overrideAccess: true })
  } catch (err) {
    payload.logger.error({ err, msg: `ingest: could not read source ${sourceId}` })
    return { kind: 'error', message: SOURCE_MISSING }
  }
  if (!source) return { kind: 'error', message: SOURCE_MISSING }

  const fetched = await fetchUpstream({ allowed: allowedSourceHosts(), etag: source.etag, lastModified: source.lastModified, token: source.token, url: source.url })
  if (fetched.kind === 'error') return fail({ message: fetched.message, now, payload, source })
  const success = {
    failures: 0,
    lastError: null,
    lastPolledAt: now.toISOString(),
    lastSuccessAt: now.toISOString(),
    nextPollAt: nextPollAt({ failures: 0, intervalSeconds: source.pollIntervalSeconds, now }).toISOString(),
  }
  if (fetched.kind === 'notModified') {
    // A 304 may repeat or renew the validators; one it leaves out stays as it was.
    const validators = { etag: fetched.etag ?? source.etag, lastModified: fetched.lastModified ?? source.lastModified }
    try {
      await recordStatus({ data: { ...success, ...validators }, payload, sourceId: source.id })
    } catch (err) {
      payload.logger.error({ err, msg: `ingest: could not record the poll of source ${source.id}` })
      return { kind: 'error', message: SAVE_FAILED }
    }
    return { kind: 'ok', new: 0, unchanged: 0, updated: 0, withdrawn: 0 }
  }

  const parsed = parseUpstream({ baseUrl: fetched.finalUrl, body: fetched.body, contentType: fetched.contentType ?? undefined })
  if (parsed.kind === 'error') return fail({ message: parsed.message, now, payload, source })

  const req = await createLocalReq({}, payload)
  const owns = await initTransaction(req)
  try {
    const counts = await upsertItems({ items: parsed.items, now, payload, req, sourceId: source.id })
    await recordStatus({ data: { ...success, etag: fetched.etag, lastModified: fetched.lastModified }, payload, req, sourceId: source.id })
    if (owns) await commitTransaction(req)
    return { kind: 'ok', ...counts }
  } catch (err) {
    if (owns) await killTransaction(req)
    payload.logger.error({ err, msg: `ingest: could not save the items of source ${source.id}` })
    return fail({ message: SAVE_FAILED, now, payload, source })
  }
}
