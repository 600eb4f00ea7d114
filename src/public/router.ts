// The public web pages, sitemap.xml and robots.txt: validate the path, read as an anonymous reader, serve cached bytes with conditional GET.
import type { Request, Response } from 'express'
import type { Payload } from 'payload'

import { Router } from 'express'

import type { Locale } from '../content/vocabulary'
import type { PublicOutcome } from './loadPublicPages'
import type { Site } from './pages'

import { cacheEpoch, cachedFeed, type RenderedFeed, renderedFeed, rememberResolution, syncWithGenerations, writeFeed } from '../feeds/feedCache'
import { sharedGenerationsOf } from '../feeds/feedGenerations'
import { channelScope } from '../feeds/feedScopes'
import { publisherName } from '../settings'
import { loadPublicPage, loadSitemap } from './loadPublicPages'
import { renderProblemPage, renderRobots } from './pages'
import { parsePublicPath } from './publicPaths'
import { serveFont, serveSiteCss } from './siteAssets'

/**
 * The pages load their style sheet and fonts from this server and nothing else; they run no script (the JSON-LD block is
 * data, which CSP does not block); nobody frames them.
 */
export const PUBLIC_PAGE_CSP =
  "default-src 'none'; style-src 'self'; font-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

const PAGE_HEADERS = {
  'Content-Security-Policy': PUBLIC_PAGE_CSP,
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Referrer-Policy': 'no-referrer',
  Vary: 'Accept-Encoding',
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
}

/** A page kept by the feed cache: its bytes, ETag and encodings as a feed's, with the headers of a page. */
function asPage(rendered: RenderedFeed): RenderedFeed {
  // Every set of headers, 304s' included: a 304 updates the headers a browser keeps, so a feed's CSP there would
  // replace the page's and block its style sheet.
  type Headers = Record<string, string>
  const page = (byEncoding: Record<string, Headers>) => Object.fromEntries(Object.entries(byEncoding).map(([coding, headers]) => [coding, { ...headers, ...PAGE_HEADERS }]))
  const adapt = (set: RenderedFeed['headers']['public']) => {
    const { notModified, ...sent } = set as unknown as Record<string, Headers> & { notModified: Record<string, Headers> }
    return { ...page(sent), notModified: page(notModified) } as unknown as RenderedFeed['headers']['public']
  }
  const headers = adapt(rendered.headers.public)
  return { ...rendered, headers: { private: headers, public: headers } }
}

/** Thrown inside a cache rendering so that answers other than a page (404, 410, 301) are never stored. */
class NotAPage extends Error {
  constructor(readonly outcome: Exclude<PublicOutcome, { kind: 'page' }>) {
    super(outcome.kind)
  }
}

async function syncPublicGeneration(payload: Payload): Promise<void> {
  await syncWithGenerations(sharedGenerationsOf(payload))
}

function answerProblem({ locale, req, res, site, status }: { locale: Locale; req: Request; res: Response; site: Site; status: 404 | 410 }) {
  res.status(status).set({ ...PAGE_HEADERS, 'Cache-Control': 'no-cache' }).type('text/html; charset=utf-8')
  res.send(renderProblemPage({ locale, path: req.path, site, status }))
}

export function publicRouter({ getPayload }: { getPayload: () => Promise<Payload> }): Router {
  const router = Router()
  const siteOf = (payload: Payload): Site => ({ publisher: publisherName(), serverURL: payload.config.serverURL })

  /** Serves the cached rendering under `key`, or what `load` answers; repeat requests skip Express (serveRememberedFeed). */
  async function serve({ key, load, locale, req, res }: { key: string; load: (payload: Payload, site: Site) => Promise<PublicOutcome>; locale: Locale; req: Request; res: Response }) {
    const payload = await getPayload()
    await syncPublicGeneration(payload)
    const epoch = cacheEpoch()
    const site = siteOf(payload)
    try {
      // The pages show only items of the web channel (loadPublicPages.ts publicPageWhere).
      const page = await cachedFeed(key, [channelScope('web')], async () => {
        const outcome = await load(payload, site)
        if (outcome.kind !== 'page') throw new NotAPage(outcome)
        const contentType = key === 'public:sitemap' ? 'application/xml; charset=utf-8' : 'text/html; charset=utf-8'
        return asPage(renderedFeed({ body: outcome.body, contentType, lastModified: outcome.lastModified, validUntil: outcome.validUntil }))
      })
      writeFeed(req, res, page, false)
      rememberResolution({ authorization: req.headers.authorization, epoch, feedKey: key, isPrivate: false, scopes: [], url: req.originalUrl })
    } catch (err) {
      if (!(err instanceof NotAPage)) throw err
      const { outcome } = err
      if (outcome.kind === 'redirect') res.set('Cache-Control', 'no-cache').redirect(301, outcome.location)
      else answerProblem({ locale, req, res, site, status: outcome.kind === 'gone' ? 410 : 404 })
    }
  }

  router.get('/', (_req, res) => res.redirect(302, '/vi'))
  router.get('/robots.txt', async (_req, res) => {
    const payload = await getPayload()
    res.set({ 'Cache-Control': 'public, max-age=3600', 'X-Content-Type-Options': 'nosniff' }).type('text/plain; charset=utf-8').send(renderRobots(siteOf(payload)))
  })
  router.get('/sitemap.xml', (req, res, next) =>
    serve({ key: 'public:sitemap', load: (payload, site) => loadSitemap({ payload, site }), locale: 'vi', req, res }).catch(next),
  )
  router.get('/assets/site.css', serveSiteCss)
  router.get('/assets/fonts/:file', serveFont)
  router.get(['/vi', '/en', '/vi/*rest', '/en/*rest'], async (req, res, next) => {
    try {
      const route = parsePublicPath(req.path)
      const locale: Locale = req.path.startsWith('/en') ? 'en' : 'vi'
      if (!route) {
        const payload = await getPayload()
        return answerProblem({ locale, req, res, site: siteOf(payload), status: 404 })
      }
      const key = `public:${req.path.replace(/\/+$/, '')}`
      await serve({ key, load: (payload, site) => loadPublicPage({ payload, route, site }), locale, req, res })
    } catch (err) {
      next(err)
    }
  })
  return router
}
