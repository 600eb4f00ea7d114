// The Express application: our routes first (/healthz, /feeds, /ingest, /api/search, media files and slogan proofs, the public
// pages), then Next for /admin and Payload's /api.
import type { Payload } from 'payload'

import express, { type ErrorRequestHandler, type Express, type RequestHandler } from 'express'
import { createServer, type Server } from 'node:http'

import { addressLimits, CLIENT_HEADER } from '../auth/loginLimits'
import { REVIEWED_COLLECTIONS } from '../content/vocabulary'
import { serveRememberedFeed } from '../feeds/feedCache'
import { feedsRouter } from '../feeds/router'
import { ingestPushRouter } from '../ingest/pushRouter'
import { serveMediaFile } from '../media/serveMediaFile'
import { serveSloganProof } from '../proofs/serveSloganProof'
import { publicRouter } from '../public/router'
import { searchHandler } from '../search/searchRouter'
import { inWriteScope } from '../sqliteWrites'
import { checkApiQuery, overriddenGetAsGet, refuseImpossibleIds, refuseVersionsWithout } from './apiGuard'
import { deletePreference } from './deletePreference'
import { healthHandler } from './health'
import { countFeedResponse } from '../ops/metricsRegistry'
import { countFeedResponses, metricsHandler, readinessHandler } from './metrics'
import { legalTextsRouter } from './legalTexts'
import { securityHeaders } from './securityHeaders'

const MALFORMED_URL = 'Địa chỉ không hợp lệ (mã %-escape hỏng) / Malformed URL (broken %-escape)'

export type AppDeps = {
  getPayload: () => Promise<Payload>
  /** Next's request handler; absent in tests that exercise only our own routes. */
  nextHandler?: RequestHandler
  version: string
}

export function createApp({ getPayload, nextHandler, version }: AppDeps): Express {
  const app = express()
  app.disable('x-powered-by')
  app.set('trust proxy', 'loopback')
  app.use(securityHeaders())
  // Each request is one unit of work for the SQLite write lock: its writes never wait for its own transaction.
  app.use((_req, _res, next) => inWriteScope(next))
  app.use(identifyClient)
  for (const [path, limit] of Object.entries(addressLimits())) app.post(path, limit)
  app.get('/healthz', healthHandler({ getPayload, version }))
  app.get('/readyz', readinessHandler({ getPayload, version }))
  app.get('/metrics', metricsHandler({ getPayload }))
  app.use('/feeds', countFeedResponses, feedsRouter({ getPayload }))
  // Signed pushes from another Nguồn (a province's outlet webhook) into the incoming desk.
  app.use('/ingest', ingestPushRouter({ getPayload }))
  app.use('/api', checkApiQuery)
  // Ours, before Payload's /api catch-all (a collection named `search` would be shadowed; there is none).
  app.get('/api/search', searchHandler({ getPayload }))
  app.all(['/api/globals/:global/versions{/*rest}', '/api/:collection/versions{/*rest}'], refuseVersionsWithout({ getPayload }))
  app.all('/api/:collection/*rest', refuseImpossibleIds({ getPayload }))
  // Files Express serves itself (GET and HEAD alike, and a POST overridden to GET), with Content-Length, validators and ranges.
  app.post(['/api/media/file/:filename', '/api/slogans/:id/proof'], overriddenGetAsGet)
  app.get('/api/media/file/:filename', serveMediaFile({ getPayload }))
  app.get('/api/slogans/:id/proof', serveSloganProof({ getPayload }))
  app.post('/api/:collection/versions/:id', restoreAsDraft)
  app.delete('/api/payload-preferences/:key', deletePreference({ getPayload }))
  app.use(legalTextsRouter())
  // The public web pages (/, /vi/…, /en/…, sitemap.xml, robots.txt, /assets/…); the admin stays at /admin.
  app.use(publicRouter({ getPayload }))
  app.use('/admin', preferVietnameseAdmin)
  if (nextHandler) app.all('/{*splat}', nextHandler)
  app.use(jsonErrors)
  return app
}

/**
 * The HTTP server: a repeat request for a cached feed (same URL and credentials the feeds router
 * already admitted since the last change) is answered from memory; everything else goes to Express.
 */
export function createHttpServer(deps: AppDeps): Server {
  const app = createApp(deps)
  return createServer((req, res) => {
    if (serveRememberedFeed(req, res)) countFeedResponse(res.statusCode)
    else void app(req, res)
  })
}

/**
 * Our routes answer errors in JSON, without internals; the details of faults go to the log. Errors Express marks as the
 * client's (a path whose %-escapes do not decode, …) answer their 4xx.
 */
const jsonErrors: ErrorRequestHandler = (err, req, res, _next) => {
  const status = Number((err as { status?: unknown })?.status)
  if (status >= 400 && status < 500) {
    if (res.headersSent) return
    const error = err instanceof URIError || (err as Error)?.name === 'URIError' ? MALFORMED_URL : 'Yêu cầu không hợp lệ / Bad request'
    res.status(status).set('Cache-Control', 'no-store').json({ error })
    return
  }
  console.error(`nguon: ${req.method} ${req.path} failed:`, err)
  if (res.headersSent) return
  res.status(500).json({ error: 'Lỗi máy chủ / Internal server error' })
}

/** Tells Payload's hooks the client's address (src/auth/loginLimits.ts); whatever the client sent under that name is replaced. */
const identifyClient: RequestHandler = (req, _res, next) => {
  req.headers[CLIENT_HEADER] = req.ip ?? req.socket.remoteAddress ?? 'unknown'
  next()
}

/**
 * Restoring a version of a reviewed item makes a new draft version (on a live item: a correction); restoring over the
 * live version itself would publish without review, so REST restores (the admin's Restore button included) are drafts.
 */
const restoreAsDraft: RequestHandler = (req, _res, next) => {
  if ((REVIEWED_COLLECTIONS as readonly string[]).includes(String(req.params.collection))) {
    const url = new URL(req.originalUrl, 'http://localhost')
    url.searchParams.set('draft', 'true')
    req.url = req.originalUrl = `${url.pathname}${url.search}`
  }
  next()
}

/**
 * The admin opens in Vietnamese unless the user chose a language (Payload keeps that choice in the
 * `payload-lng` cookie); otherwise Payload would follow the browser's Accept-Language.
 */
const preferVietnameseAdmin: RequestHandler = (req, _res, next) => {
  if (!/(?:^|;\s*)payload-lng=/.test(req.headers.cookie ?? '')) delete req.headers['accept-language']
  next()
}
