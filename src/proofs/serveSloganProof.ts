// GET /api/slogans/{id}/proof?format=banner|poster|pano&locale=vi|en[&type=svg]: the slogan as a print proof, with ETag and 304.
import type { Endpoint, Payload, PayloadRequest } from 'payload'

import { z } from 'zod'

import { LOCALES, type Locale } from '../../src/content/vocabulary'
import { PROOF_FORMATS } from '../../src/proofs/formats'
import type { ProofColors } from '../../src/proofs/renderSloganProof'
import { PROOF_COLOR_DEFAULTS } from '../../globals/ProofSettings'
import { parseSearchParams } from '../../src/reports/reportQuery'
import { cachedSloganProof, matchesEtag } from './proofCache'

export const sloganProofQuery = z
  .object({
    format: z.enum(PROOF_FORMATS as ['banner', 'poster', 'pano'], { message: `one of: ${PROOF_FORMATS.join(', ')}` }),
    locale: z.enum(LOCALES, { message: `one of: ${LOCALES.join(', ')}` }).default('vi'),
    type: z.enum(['png', 'svg'], { message: 'one of: png, svg' }).default('png'),
  })
  .strict()

type SloganDoc = { id: number | string; number?: number; text?: null | string }

/** The slogan as this reader may see it: the latest draft for those who may read it, else the live version. */
async function readSlogan({ id, locale, req }: { id: string; locale: Locale; req: PayloadRequest }): Promise<null | SloganDoc> {
  const read = (draft: boolean) =>
    req.payload.findByID({ collection: 'slogans', depth: 0, draft, fallbackLocale: 'vi', id, locale, overrideAccess: false, user: req.user })
  for (const draft of req.user ? [true, false] : [false]) {
    try {
      return (await read(draft)) as unknown as SloganDoc
    } catch {
      // not readable this way; try the next
    }
  }
  return null
}

async function proofColors(payload: Payload): Promise<ProofColors> {
  const settings = (await payload.findGlobal({ slug: 'proof-settings', depth: 0, overrideAccess: true })) as Partial<ProofColors>
  return { background: settings.background || PROOF_COLOR_DEFAULTS.background, text: settings.text || PROOF_COLOR_DEFAULTS.text }
}

export const sloganProofEndpoint: Endpoint = {
  method: 'get',
  path: '/:id/proof',
  handler: async (req) => {
    const query = parseSearchParams(sloganProofQuery, req.searchParams)
    if (query.issues) return Response.json({ error: 'Tham số không hợp lệ / Invalid parameters', issues: query.issues }, { status: 400 })
    const { format, locale, type } = query.data
    const slogan = await readSlogan({ id: String(req.routeParams!.id), locale, req })
    if (!slogan) {
      // Anonymous readers see only published public slogans; anything else needs a login.
      return req.user
        ? Response.json({ error: 'Không tìm thấy khẩu hiệu / Slogan not found' }, { status: 404 })
        : Response.json({ error: 'Cần đăng nhập / Log in first' }, { status: 401 })
    }
    if (!slogan.text?.trim()) return Response.json({ error: 'Khẩu hiệu chưa có nội dung / The slogan has no text' }, { status: 422 })

    let proof
    try {
      proof = await cachedSloganProof({ colors: await proofColors(req.payload), format, text: slogan.text, type })
    } catch (err) {
      if (err instanceof RangeError) return Response.json({ error: err.message }, { status: 422 })
      req.payload.logger.error({ msg: 'slogan proof failed', err })
      return Response.json({ error: 'Không tạo được ma-két / The proof could not be rendered' }, { status: 500 })
    }
    const headers = {
      'cache-control': req.user ? 'private, no-cache' : 'public, no-cache',
      etag: proof.etag,
      vary: 'Authorization, Cookie',
    }
    if (matchesEtag(req.headers.get('if-none-match'), proof.etag)) return new Response(null, { headers, status: 304 })
    return new Response(new Uint8Array(proof.body), {
      headers: {
        ...headers,
        'content-disposition': `inline; filename="slogan-${slogan.number ?? slogan.id}-${format}-${locale}.${type}"`,
        'content-type': proof.mimeType,
      },
    })
  },
}
