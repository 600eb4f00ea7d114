// GET/HEAD /api/media/file/{filename}: media files under the same rules as media documents, served with
// Content-Length, a strong ETag, Last-Modified, Range and conditional requests (Express's send), nosniff and a safe
// disposition. HEAD is answered by the same route (Express routes HEAD to GET), so it refuses whom GET refuses.
import type { Request, RequestHandler, Response } from 'express'
import type { Payload } from 'payload'

import { createHash } from 'node:crypto'
import path from 'node:path'

import type { AccessLevel } from '../delivery/wouldReceive'

import { MEDIA_FILE_CSP } from '../http/securityHeaders'
import { isNotModified } from '../http/conditionalRequest'
import { sendRepresentation } from '../http/sendRepresentation'
import { fileValidators } from './fileValidators'
import { isMediaInBucket, readStoredMedia } from './mediaStorage'
import { levelSeesMedia } from './mediaUse'
import { levelOfSignedLink } from './signedMediaUrl'

type StoredMedia = { _objectKey?: null | string; earlyReach?: AccessLevel | null; filename: string; id: number | string; liveReach?: AccessLevel | null; mimeType?: null | string }

/** Raster images and audio are shown in the browser; anything else (PDF, video, SVG, unknown) is offered as a download. */
const INLINE_TYPES = new Set(['audio/mp4', 'audio/mpeg', 'audio/ogg', 'audio/wav', 'audio/x-wav', 'image/gif', 'image/jpeg', 'image/png', 'image/webp'])

export const isShownInline = (mimeType: null | string | undefined): boolean => INLINE_TYPES.has((mimeType ?? '').split(';')[0]!.trim().toLowerCase())

const notFound = (res: Response) =>
  res.status(404).set('Cache-Control', 'no-store').json({ error: 'Không tìm thấy tệp / File not found' })

/**
 * Public media is revalidated on every use (its reach ends when the item showing it is withdrawn, so no cache may keep
 * it for long; a revalidation costs a 304); media read under a signature or a login is kept by no cache at all.
 */
export const MEDIA_CACHE_CONTROL = { private: 'private, no-store', public: 'public, no-cache' } as const

/** May this request read the file? Public media: anyone; otherwise a signed outlet link, or a logged-in user who may read the media document. */
async function mayRead({ media, payload, req }: { media: StoredMedia; payload: Payload; req: Request }): Promise<'private' | 'public' | false> {
  if (levelSeesMedia('public', media)) return 'public'
  const level = levelOfSignedLink({ access: req.query.access, filename: media.filename, secret: payload.secret, sig: req.query.sig })
  if (level && levelSeesMedia(level, media)) return 'private'
  const { user } = await payload.auth({ headers: new Headers(req.headers as Record<string, string>) })
  if (!user) return false
  const { totalDocs } = await payload.count({ collection: 'media', overrideAccess: false, user, where: { id: { equals: media.id } } })
  return totalDocs > 0 ? 'private' : false
}

export const serveMediaFile =
  ({ getPayload }: { getPayload: () => Promise<Payload> }): RequestHandler =>
  async (req, res, next) => {
    const filename = req.params.filename
    if (typeof filename !== 'string' || !filename || filename !== path.basename(filename) || filename.startsWith('.')) return notFound(res)
    try {
      const payload = await getPayload()
      const { docs } = await payload.find({ collection: 'media', depth: 0, limit: 1, overrideAccess: true, pagination: false, where: { filename: { equals: filename } } })
      const media = docs[0] as unknown as StoredMedia | undefined
      if (!media) return notFound(res)
      const audience = await mayRead({ media, payload, req })
      if (!audience) return notFound(res)
      const disposition = isShownInline(media.mimeType) ? 'inline' : 'attachment'
      const headers = {
        'Cache-Control': MEDIA_CACHE_CONTROL[audience],
        'Content-Disposition': `${disposition}; filename*=UTF-8''${encodeURIComponent(filename)}`,
        'Content-Security-Policy': MEDIA_FILE_CSP,
        ...(media.mimeType ? { 'Content-Type': media.mimeType } : {}),
        'X-Content-Type-Options': 'nosniff',
      }
      if (isMediaInBucket()) {
        // Several machines share the bucket: the same strong ETag as on disk (a hash of the bytes), the same answers.
        const stored = await readStoredMedia({ filename, objectKey: media._objectKey, payload })
        if (!stored) return notFound(res)
        const etag = `"${createHash('sha256').update(stored.body).digest('base64url').slice(0, 32)}"`
        const lastModified = new Date(Math.floor(stored.lastModified.getTime() / 1000) * 1000)
        sendRepresentation(req, res, { body: stored.body, etag, headers, lastModified })
        return
      }
      const staticDir = (payload.collections.media.config.upload as { staticDir: string }).staticDir
      const validators = await fileValidators(path.join(staticDir, filename))
      if (!validators) return notFound(res)
      const { etag } = validators
      // send asks `fresh`, which never answers 304 to a request with `Cache-Control: no-cache` — and fetch() adds that
      // to every conditional request; the origin compares validators whatever a cache was told (src/http/conditionalRequest.ts).
      if (isNotModified(req.headers, validators)) {
        res.writeHead(304, { 'Cache-Control': MEDIA_CACHE_CONTROL[audience], ETag: etag, 'Last-Modified': validators.lastModified.toUTCString() }).end()
        return
      }
      res.sendFile(filename, {
        acceptRanges: true,
        cacheControl: false,
        dotfiles: 'deny',
        // Ours, strong (a hash of the bytes); send compares If-None-Match, If-Match and If-Range with the header it finds.
        etag: false,
        headers: { ...headers, ETag: etag },
        lastModified: true,
        root: staticDir,
      }, (err) => {
        if (!err || res.headersSent) return
        const status = (err as { status?: number }).status ?? 500
        if ((err as { code?: string }).code === 'ENOENT') return notFound(res)
        // Range not satisfiable (416) and other client errors from send: its status, no body.
        if (status < 500) return res.status(status).end()
        next(err)
      })
    } catch (err) {
      next(err)
    }
  }
