// Adapts an incoming desk row into a draft: created as the user, through the normal access rules and hooks (the write
// guard, unit rule and four-eyes record), with the row's origin in the read-only `derivedFrom` group.
import type { PayloadRequest } from 'payload'

import { APIError, NotFound } from 'payload'

import type { AdaptRequest } from './adaptRequest'

import { canAuthor, isAdminUser, unitIdOf } from '../access/roles'
import { ADAPT_CONTEXT_KEY } from '../fields/derivedFrom'
import { type DeskRow, derivedFromRecord, draftFromIncoming, isWithdrawnRow } from './adaptDraft'

export type AdaptOutcome = { body: Record<string, unknown>; status: number }

const answer = (status: number, vi: string, en: string): AdaptOutcome => ({ body: { error: `${vi} / ${en}` }, status })

export async function adaptIncoming({ id, now = new Date(), req, request }: { id: string; now?: Date; req: PayloadRequest; request: AdaptRequest }): Promise<AdaptOutcome> {
  const user = req.user as never
  if (!req.user) return answer(401, 'Cần đăng nhập', 'Log in first')
  if (!canAuthor(user)) return answer(403, 'Chỉ biên tập viên được biên tập lại tin đầu vào', 'Only editors adapt incoming items')
  const admin = isAdminUser(user)
  if (!admin && request.unit !== undefined && String(request.unit) !== String(unitIdOf(user))) {
    return answer(403, 'Biên tập viên chỉ soạn tin cho đơn vị của mình', 'Editors write for their own unit only')
  }
  const unit = admin ? (request.unit ?? unitIdOf(user)) : unitIdOf(user)
  if (unit === null || unit === undefined) return answer(400, 'Hãy chọn đơn vị (unit) cho bản nháp', 'Choose the unit (unit) the draft is for')

  const notFound = answer(404, 'Không tìm thấy tin đầu vào', 'Incoming item not found')
  // SQL databases number desk rows; "abc" names none (and must not reach the query as a type error).
  if (req.payload.db.defaultIDType === 'number' && !/^\d+$/.test(id)) return notFound
  let row: DeskRow & { source: unknown }
  try {
    // Read as the user: whoever may not read the desk does not learn what is on it.
    row = (await req.payload.findByID({ collection: 'incoming', depth: 0, id, overrideAccess: false, req, user: req.user })) as never
  } catch (err) {
    if (err instanceof NotFound) return notFound
    throw err
  }
  if (isWithdrawnRow(row)) {
    return answer(409, 'Nguồn đã rút (tạm giữ hoặc hủy) tin này; không biên tập lại được', 'The source has withdrawn this item; it cannot be adapted')
  }
  // Ids that name nothing are the client's mistake (400), not a foreign key failing in the database.
  const exists = async (collection: 'campaigns' | 'units', value: number | string) =>
    (req.payload.db.defaultIDType !== 'number' || /^\d+$/.test(String(value))) &&
    (await req.payload.count({ collection, overrideAccess: false, req, user: req.user, where: { id: { equals: value } } })).totalDocs === 1
  if (request.campaign !== undefined && !(await exists('campaigns', request.campaign))) {
    return answer(400, 'Không tìm thấy chiến dịch (campaign)', 'Campaign not found')
  }
  if (admin && request.unit !== undefined && !(await exists('units', request.unit))) return answer(400, 'Không tìm thấy đơn vị (unit)', 'Unit not found')

  // Sources are admins' to read; their name and address are copied onto the draft so the origin outlives them.
  const sourceId = typeof row.source === 'object' && row.source ? (row.source as { id: number | string }).id : (row.source as number | string)
  const source = await req.payload.findByID({ collection: 'sources', depth: 0, id: sourceId, overrideAccess: true, req, select: { name: true, url: true } })
  const { collection } = request
  const data = {
    ...draftFromIncoming({ collection, row, source }),
    ...(request.campaign !== undefined ? { campaign: request.campaign } : {}),
    derivedFrom: derivedFromRecord({ now, row, source }),
    unit,
  }
  try {
    const doc = await req.payload.create({
      collection,
      context: { [ADAPT_CONTEXT_KEY]: true },
      data: data as never,
      depth: 0,
      draft: true,
      overrideAccess: false,
      req,
      user: req.user,
    })
    return { body: { doc }, status: 201 }
  } catch (err) {
    // The write guard and field validation refuse with their own reasons (401/403/409/400).
    if (err instanceof APIError && err.status < 500) return { body: { error: err.message, ...(err.data ? { data: err.data } : {}) }, status: err.status }
    throw err
  }
}
