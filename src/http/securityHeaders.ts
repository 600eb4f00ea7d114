// Security headers on every response (helmet): no framing by other sites, no MIME sniffing, no referrer, and a CSP as
// strict as the Payload admin allows. Media files get a stricter policy of their own (src/media/serveMediaFile.ts).
import type { RequestHandler } from 'express'

import helmet from 'helmet'

/**
 * The admin (Next + Payload) runs only what this server sends. Next's App Router streams its data in inline scripts and
 * Payload's UI sets inline styles, so scripts and styles allow 'unsafe-inline'; nothing may come from another origin,
 * and the admin may be framed only by itself. `next dev` also evaluates code (React refresh).
 */
export function adminContentSecurityPolicy({ isDev = false }: { isDev?: boolean } = {}): Record<string, string[]> {
  return {
    'base-uri': ["'self'"],
    'connect-src': ["'self'"],
    'default-src': ["'self'"],
    'font-src': ["'self'", 'data:'],
    'form-action': ["'self'"],
    'frame-ancestors': ["'self'"],
    'frame-src': ["'self'"],
    'img-src': ["'self'", 'data:', 'blob:'],
    'manifest-src': ["'self'"],
    'media-src': ["'self'", 'blob:'],
    'object-src': ["'none'"],
    'script-src': ["'self'", "'unsafe-inline'", ...(isDev ? ["'unsafe-eval'"] : [])],
    'script-src-attr': ["'none'"],
    'style-src': ["'self'", "'unsafe-inline'"],
    'worker-src': ["'self'", 'blob:'],
  }
}

/** A served file, shown on its own: it runs nothing, loads nothing, and is sandboxed (as raw file hosts do). */
export const MEDIA_FILE_CSP = "default-src 'none'; img-src 'self'; media-src 'self'; style-src 'unsafe-inline'; frame-ancestors 'self'; sandbox"

export function securityHeaders({ isDev = process.env.NODE_ENV === 'development' }: { isDev?: boolean } = {}): RequestHandler {
  return helmet({
    // Plain-http installs on an office network are supported: no upgrade-insecure-requests, which would break them.
    contentSecurityPolicy: { directives: { ...adminContentSecurityPolicy({ isDev }), 'upgrade-insecure-requests': null }, useDefaults: false },
    // Feeds and media are read by newsroom sites and apps on other origins (images in their pages).
    crossOriginResourcePolicy: { policy: 'cross-origin' },
    referrerPolicy: { policy: 'no-referrer' },
    // Sent over HTTPS only by browsers' rules; subdomains of a provincial domain are not ours to decide.
    strictTransportSecurity: { includeSubDomains: false, maxAge: 31_536_000 },
    xFrameOptions: { action: 'sameorigin' },
  }) as RequestHandler
}
