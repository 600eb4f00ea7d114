// In front of Payload's REST API: paging and depth parameters it would pass to the database unchecked (a negative page
// became a negative OFFSET and a 500), JSON parameters that do not parse, and version lists of collections that keep none.
import type { Payload } from 'payload'

import type { Request, RequestHandler, Response } from 'express'
import { z } from 'zod'

const INVALID_QUERY = 'Tham số không hợp lệ / Invalid query parameters'

const whole = (name: string, { max, min }: { max: number; min: number }) =>
  z
    .string()
    .regex(/^\d{1,9}$/, `${name}: a whole number from ${min} to ${max}`)
    .transform(Number)
    .refine((n) => n >= min && n <= max, `${name}: a whole number from ${min} to ${max}`)

const json = (name: string) =>
  z.string().refine((text) => {
    try {
      JSON.parse(text)
      return true
    } catch {
      return false
    }
  }, `${name}: JSON that parses, or the bracket form (${name}[field][equals]=…)`)

/** The parameters Payload's REST handlers turn into numbers or parse as JSON; the rest Payload checks itself. */
export const apiQuery = z.object({
  // 0 is Payload's "no limit", which its own admin asks for (bulk delete, restore, schedule).
  data: json('data').optional(),
  depth: whole('depth', { max: 10, min: 0 }).optional(),
  limit: whole('limit', { max: 1000, min: 0 }).optional(),
  page: whole('page', { max: 1_000_000, min: 1 }).optional(),
  where: json('where').optional(),
})

const CHECKED = Object.keys(apiQuery.shape)

function refuse(res: Response, status: number, message: string, issues: string[] = []) {
  // Payload's own error shape, so the admin and API clients read ours the same way.
  res.status(status).set('Cache-Control', 'no-store').json({ errors: [{ data: issues.length ? { issues } : undefined, message }] })
}

/** Refuses paging, depth and JSON parameters Payload would not survive; each may appear once, in its plain form. */
export const checkApiQuery: RequestHandler = (req, res, next) => {
  const query = new URL(req.originalUrl, 'http://localhost').searchParams
  const issues: string[] = []
  const values: Record<string, string> = {}
  for (const [key, value] of query) {
    const base = key.replace(/\[.*$/, '')
    if (!CHECKED.includes(base)) continue
    // where[title][equals]=… is Payload's ordinary form; the numbers and `data` have no bracket form.
    if (key !== base) {
      if (base !== 'where') issues.push(`${base}: one plain value (${key} is not accepted)`)
      continue
    }
    if (key in values) issues.push(`${key}: given more than once`)
    values[key] = value
  }
  const parsed = apiQuery.safeParse(values)
  if (!parsed.success) issues.push(...parsed.error.issues.map((i) => i.message))
  if (issues.length) return refuse(res, 400, INVALID_QUERY, issues)
  next()
}

/**
 * /api/{collection}/versions… and /api/globals/{global}/versions… where no versions are kept: 404 with a reason, not
 * Payload's TypeError (500).
 */
export function refuseVersionsWithout({ getPayload }: { getPayload: () => Promise<Payload> }): RequestHandler {
  return async (req, res, next) => {
    try {
      const payload = await getPayload()
      if (req.params.global !== undefined) {
        const slug = String(req.params.global)
        const global = payload.config.globals.find((g) => g.slug === slug)
        if (!global || global.versions) return next()
        return refuse(res, 404, `Mục cài đặt ${slug} không lưu phiên bản / The global ${slug} keeps no versions`)
      }
      const slug = String(req.params.collection)
      const collection = Object.hasOwn(payload.collections, slug) ? payload.collections[slug as keyof typeof payload.collections] : undefined
      if (!collection || collection.config.versions) return next()
      refuse(res, 404, `Bộ sưu tập ${slug} không lưu phiên bản / The collection ${slug} keeps no versions`)
    } catch (err) {
      next(err)
    }
  }
}

/** Payload answers POST with X-Payload-HTTP-Method-Override: GET as the GET (its query in the body). */
export const isOverriddenGet = (req: Request): boolean =>
  req.method === 'POST' && (req.get('x-payload-http-method-override') ?? req.get('x-http-method-override'))?.toUpperCase() === 'GET'

/**
 * Files Express serves itself (GET routes: media files, slogan proofs) take an overridden GET as the GET; otherwise
 * Payload's own file handler answered it (a 500 for a file it does not keep).
 */
export const overriddenGetAsGet: RequestHandler = (req, _res, next) => {
  if (isOverriddenGet(req)) req.method = 'GET'
  next()
}

/**
 * /api/{collection}/{id}… where the id cannot be one (numeric ids, as both our databases make them): 404, not the
 * NaN that reached SQLite (500). Words Payload's own or our endpoints use in that place for this method (POST login,
 * GET me, …) pass.
 */
export function refuseImpossibleIds({ getPayload }: { getPayload: () => Promise<Payload> }): RequestHandler {
  return async (req, res, next) => {
    try {
      const slug = String(req.params.collection)
      const [first, second] = ((req.params.rest as string[] | undefined) ?? []).map(String)
      const payload = await getPayload()
      // Payload's own collections (payload-preferences is keyed by name: /:key) keep their own rules.
      if (!Object.hasOwn(payload.collections, slug) || slug.startsWith('payload-') || first === undefined) return next()
      const { config, customIDType } = payload.collections[slug as keyof typeof payload.collections]
      if ((customIDType ?? payload.db.defaultIDType) !== 'number') return next()
      const method = isOverriddenGet(req) ? 'GET' : req.method
      const words = new Set(
        (config.endpoints || [])
          .filter((endpoint) => endpoint.method.toUpperCase() === method || (method === 'HEAD' && endpoint.method === 'get'))
          .map((endpoint) => endpoint.path.split('/')[1] ?? '')
          .filter((word) => word && !word.startsWith(':')),
      )
      const id = first === 'versions' ? second : words.has(first) ? undefined : first
      if (id === undefined || /^\d{1,15}$/.test(id)) return next()
      refuse(res, 404, `Không tìm thấy ${slug}/${id} / Not found: no such id`)
    } catch (err) {
      next(err)
    }
  }
}
