// The Express application: our routes first (/healthz, /feeds), then Next for /admin and Payload's /api.
import type { Payload } from 'payload'

import express, { type ErrorRequestHandler, type Express, type RequestHandler } from 'express'
import { createServer, type Server } from 'node:http'

import { serveRememberedFeed } from '../feeds/feedCache'
import { feedsRouter } from '../feeds/router'
import { healthHandler } from './health'
import { legalTextsRouter } from './legalTexts'

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
  app.get('/healthz', healthHandler({ getPayload, version }))
  app.use('/feeds', feedsRouter({ getPayload }))
  app.use(legalTextsRouter())
  app.get('/', (_req, res) => res.redirect(302, '/admin'))
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
    if (!serveRememberedFeed(req, res)) void app(req, res)
  })
}

/** Our routes answer errors in JSON, without internals; the details go to the log. */
const jsonErrors: ErrorRequestHandler = (err, req, res, _next) => {
  console.error(`nguon: ${req.method} ${req.path} failed:`, err)
  if (res.headersSent) return
  res.status(500).json({ error: 'Lỗi máy chủ / Internal server error' })
}

/**
 * The admin opens in Vietnamese unless the user chose a language (Payload keeps that choice in the
 * `payload-lng` cookie); otherwise Payload would follow the browser's Accept-Language.
 */
const preferVietnameseAdmin: RequestHandler = (req, _res, next) => {
  if (!/(?:^|;\s*)payload-lng=/.test(req.headers.cookie ?? '')) delete req.headers['accept-language']
  next()
}
