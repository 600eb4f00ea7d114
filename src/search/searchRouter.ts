// GET /api/search: validates the query string, searches as the caller, answers JSON; refusals are 4xx with the reason.
import type { Payload } from 'payload'

import { type RequestHandler, type Response } from 'express'
import { z } from 'zod'

import { WORKFLOW_STATES } from '../content/vocabulary'
import { MAX_QUERY_LENGTH, parseSearchQuery } from './query'
import { runSearch } from './runSearch'
import { NOT_SUPPORTED, type SearchFilters, searchDialect } from './searchIndex'
import { SEARCHED_COLLECTIONS, type SearchedCollection } from './searchRows'

export const MAX_SEARCH_LIMIT = 50

const INVALID = 'Tham số tìm kiếm không hợp lệ / Invalid search parameters'
const one = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (Array.isArray(v) ? Symbol('repeated') : v), schema)
const whole = (name: string, min: number, max: number) =>
  one(z.string().regex(/^\d{1,7}$/, `${name}: số nguyên từ ${min} đến ${max} / a whole number from ${min} to ${max}`).transform(Number))
    .refine((n) => n >= min && n <= max, `${name}: số nguyên từ ${min} đến ${max} / a whole number from ${min} to ${max}`)
const idOrCode = (name: string) => one(z.string().regex(/^[A-Za-z0-9_-]{1,96}$/, `${name}: mã số hoặc mã chữ / an id, code or slug`))
const day = (name: string) =>
  one(z.string().regex(/^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2})?)?$/, `${name}: ngày dạng 2023-12-10 / a date such as 2023-12-10`))
    .refine((text) => !Number.isNaN(new Date(text).getTime()), `${name}: ngày không có thật / not a real date`)

export const searchParams = z.object({
  campaign: idOrCode('campaign').optional(),
  from: day('from').optional(),
  limit: whole('limit', 1, MAX_SEARCH_LIMIT).default(10),
  page: whole('page', 1, 1000).default(1),
  q: one(
    z
      .string({ message: 'q: hãy nhập từ cần tìm / q: what to search for' })
      .max(MAX_QUERY_LENGTH, `q: tối đa ${MAX_QUERY_LENGTH} ký tự / q: at most ${MAX_QUERY_LENGTH} characters`)
      .refine((q) => parseSearchQuery(q).terms.length > 0, 'q: hãy nhập ít nhất một chữ hoặc số / q: at least one letter or digit'),
  ),
  status: one(z.enum(WORKFLOW_STATES, { message: `status: một trong ${WORKFLOW_STATES.join(', ')} / one of those` })).optional(),
  to: day('to').optional(),
  type: one(
    z
      .string()
      .max(200)
      .transform((text) => text.split(','))
      .refine((types) => types.every((t) => (SEARCHED_COLLECTIONS as readonly string[]).includes(t)), `type: ${SEARCHED_COLLECTIONS.join(', ')} (phân cách bằng dấu phẩy / comma-separated)`),
  ).optional(),
  unit: idOrCode('unit').optional(),
})

const refuse = (res: Response, status: number, error: string, issues: string[] = []) =>
  res.status(status).set('Cache-Control', 'no-store').json({ error, ...(issues.length ? { issues } : {}) })

/** A unit or campaign given by id, code or slug; `undefined` when none has it (the search then finds nothing). */
async function resolveId(payload: Payload, collection: 'campaigns' | 'units', value: string): Promise<number | undefined> {
  if (/^\d+$/.test(value)) return Number(value)
  const field = collection === 'units' ? 'code' : 'slug'
  const { docs } = await payload.find({ collection, depth: 0, limit: 1, overrideAccess: true, pagination: false, where: { [field]: { equals: collection === 'units' ? value.toUpperCase() : value } } })
  return docs[0] ? Number(docs[0].id) : undefined
}

/** The end of a day given without a time, so `to=2023-12-10` includes that day. */
const endOf = (text: string) => (text.length === 10 ? `${text}T23:59:59.999Z` : new Date(text).toISOString())

export function searchHandler({ getPayload }: { getPayload: () => Promise<Payload> }): RequestHandler {
  return async (req, res, next) => {
    try {
      const parsed = searchParams.safeParse(req.query)
      if (!parsed.success) return refuse(res, 400, INVALID, parsed.error.issues.map((i) => (i.message === 'Invalid input' ? `${i.path.join('.')}: ${i.message}` : i.message)))
      const payload = await getPayload()
      if (!searchDialect(payload)) return refuse(res, 501, NOT_SUPPORTED)
      const { campaign, from, limit, page, q, status, to, type, unit } = parsed.data
      const { user } = await payload.auth({ headers: new Headers(req.headers as Record<string, string>) })
      const filters: SearchFilters = {
        campaign: campaign === undefined ? undefined : ((await resolveId(payload, 'campaigns', campaign)) ?? -1),
        collections: type as SearchedCollection[] | undefined,
        from: from === undefined ? undefined : new Date(from).toISOString(),
        status,
        to: to === undefined ? undefined : endOf(to),
        unit: unit === undefined ? undefined : ((await resolveId(payload, 'units', unit)) ?? -1),
      }
      const result = await runSearch({ filters, limit, page, payload, q, user })
      res.set('Cache-Control', 'private, no-store').json(result)
    } catch (err) {
      next(err)
    }
  }
}
