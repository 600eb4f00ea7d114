// GET/HEAD /api/slogans/{id}/proof?format=banner|poster|pano&locale=vi|en[&type=svg]: the slogan as a print proof.
// Served by Express ahead of Next, like media files, so it carries Content-Length (Next's route handlers stream without
// one), a strong ETag and Last-Modified with 304, byte ranges, and HEAD under the same rules as GET.
import type { Request, RequestHandler, Response } from 'express'
import type { Payload, TypedUser } from 'payload'

import { z } from 'zod'

import { LOCALES, type Locale } from '../content/vocabulary'
import { PROOF_FORMATS } from './formats'
import type { ProofColors } from './renderSloganProof'
import { PROOF_COLOR_DEFAULTS } from '../../globals/ProofSettings'
import { cachedSloganProof } from '../../collections/Slogans/proofCache'
import { sendRepresentation } from '../http/sendRepresentation'
import { parseSearchParams } from '../reports/reportQuery'

export const sloganProofQuery = z
  .object({
    format: z.enum(PROOF_FORMATS as ['banner', 'poster', 'pano'], { message: `one of: ${PROOF_FORMATS.join(', ')}` }),
    locale: z.enum(LOCALES, { message: `one of: ${LOCALES.join(', ')}` }).default('vi'),
    type: z.enum(['png', 'svg'], { message: 'one of: png, svg' }).default('png'),
  })
  .strict()

type SloganDoc = { id: number | string; number?: number; text?: null | string; updatedAt?: string }

/** The slogan as this reader may see it: the latest draft for those who may read it, else the live version. */
async function readSlogan({ id, locale, payload, user }: { id: string; locale: Locale; payload: Payload; user: null | TypedUser }): Promise<null | SloganDoc> {
  const read = (draft: boolean) =>
    payload.findByID({ collection: 'slogans', depth: 0, draft, fallbackLocale: 'vi', id, locale, overrideAccess: false, user })
  for (const draft of user ? [true, false] : [false]) {
    try {
      return (await read(draft)) as unknown as SloganDoc
    } catch {
      // not readable this way; try the next
    }
  }
  return null
}

async function proofSettings(payload: Payload): Promise<{ colors: ProofColors; updatedAt?: string }> {
  const settings = (await payload.findGlobal({ slug: 'proof-settings', depth: 0, overrideAccess: true })) as Partial<ProofColors> & { updatedAt?: string }
  return {
    colors: { background: settings.background || PROOF_COLOR_DEFAULTS.background, text: settings.text || PROOF_COLOR_DEFAULTS.text },
    updatedAt: settings.updatedAt,
  }
}

/** The later of the dates that change what a proof shows, in whole seconds; null when neither is known. */
function lastModifiedOf(...isoDates: (string | undefined)[]): Date | null {
  const times = isoDates.map((d) => (d ? Date.parse(d) : NaN)).filter((t) => !Number.isNaN(t))
  return times.length ? new Date(Math.floor(Math.max(...times) / 1000) * 1000) : null
}

const problem = (res: Response, status: number, body: Record<string, unknown>) => res.status(status).set('Cache-Control', 'no-store').json(body)

export const serveSloganProof =
  ({ getPayload }: { getPayload: () => Promise<Payload> }): RequestHandler =>
  async (req: Request, res: Response, next) => {
    try {
      const query = parseSearchParams(sloganProofQuery, new URL(req.originalUrl, 'http://localhost').searchParams)
      if (query.issues) return problem(res, 400, { error: 'Tham số không hợp lệ / Invalid parameters', issues: query.issues })
      const { format, locale, type } = query.data
      const payload = await getPayload()
      const { user } = await payload.auth({ headers: new Headers(req.headers as Record<string, string>) })
      const slogan = await readSlogan({ id: String(req.params.id), locale, payload, user })
      if (!slogan) {
        // Anonymous readers see only published public slogans; anything else needs a login.
        return user
          ? problem(res, 404, { error: 'Không tìm thấy khẩu hiệu / Slogan not found' })
          : problem(res, 401, { error: 'Cần đăng nhập / Log in first' })
      }
      if (!slogan.text?.trim()) return problem(res, 422, { error: 'Khẩu hiệu chưa có nội dung / The slogan has no text' })

      const settings = await proofSettings(payload)
      let proof
      try {
        proof = await cachedSloganProof({ colors: settings.colors, format, text: slogan.text, type })
      } catch (err) {
        if (err instanceof RangeError) return problem(res, 422, { error: err.message })
        payload.logger.error({ err, msg: 'slogan proof failed' })
        return problem(res, 500, { error: 'Không tạo được ma-két / The proof could not be rendered' })
      }
      sendRepresentation(req, res, {
        body: proof.body,
        etag: proof.etag,
        headers: {
          // A correction changes the text at the same URL: revalidate every time (a 304 when nothing changed).
          'Cache-Control': user ? 'private, no-cache' : 'public, no-cache',
          'Content-Disposition': `inline; filename="slogan-${slogan.number ?? slogan.id}-${format}-${locale}.${type}"`,
          'Content-Type': proof.mimeType,
          Vary: 'Authorization, Cookie',
          'X-Content-Type-Options': 'nosniff',
        },
        lastModified: lastModifiedOf(slogan.updatedAt, settings.updatedAt),
      })
    } catch (err) {
      next(err)
    }
  }
