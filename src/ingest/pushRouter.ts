// POST /ingest/{sourceId}: another Nguồn's signed webhook (a province's outlet delivery) into this office's incoming desk.
// Reads the raw body (verified as sent), validates, calls receivePush, answers; refusals are 4xx with the reason.
import type { Payload } from 'payload'

import express, { type ErrorRequestHandler, type RequestHandler, type Response, Router } from 'express'
import { rateLimit } from 'express-rate-limit'
import { z } from 'zod'

import { pruneIngestReceiptsNowAndThen } from './pruneIngestReceipts'
import { type PushOutcome, receivePush } from './receivePush'

/** A push is one ninjs item (Nguồn's run to a few hundred kB with a long body); beyond this is refused with 413. */
export const MAX_PUSH_BYTES = 2 * 1024 * 1024
/** Refused pushes from one address per 15 minutes; accepted ones do not count (a province sends as many as it approves). */
export const REFUSED_PUSHES_PER_ADDRESS = 120

// One answer for an unknown or inactive source, a source without a push secret and a bad signature: a caller learns
// nothing about which sources exist or take pushes. The sender gives up at once on a 401 (src/delivery/retryPolicy.ts).
const UNAUTHORIZED = 'Chữ ký không hợp lệ, quá hạn, hoặc nguồn này không nhận tin đẩy / Invalid or expired signature, or this source does not take pushes'
const MEGABYTES = MAX_PUSH_BYTES / 1024 / 1024

// SQL databases number their sources; MongoDB names them with 24 hex digits. Anything else names no source.
const PushParams = z.object({ sourceId: z.string().regex(/^(\d{1,12}|[0-9a-f]{24})$/) })

const answer = (res: Response, status: number, body: Record<string, unknown>) => void res.status(status).set('Cache-Control', 'no-store').json(body)

const refusedPushLimit = (): RequestHandler =>
  rateLimit({
    limit: REFUSED_PUSHES_PER_ADDRESS,
    windowMs: 15 * 60_000,
    skipSuccessfulRequests: true,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    handler: (_req, res) => answer(res, 429, { error: 'Quá nhiều tin đẩy bị từ chối từ địa chỉ này; hãy thử lại sau / Too many refused pushes from this address; try again later' }),
  })

const requireJson: RequestHandler = (req, res, next) => {
  if (req.is('application/json')) return next()
  answer(res, 415, { error: 'Tin đẩy phải có Content-Type: application/json / A push must be sent as application/json' })
}

// Compressed bodies are not inflated: the signature covers the bytes as sent, and a zip bomb stays out.
const rawBody = express.raw({ inflate: false, limit: MAX_PUSH_BYTES, type: () => true })

const bodyErrors: ErrorRequestHandler = (err, _req, res, next) => {
  const status = Number((err as { status?: unknown })?.status)
  if (status === 413) return answer(res, 413, { error: `Tin đẩy quá lớn (tối đa ${MEGABYTES} MB) / Push too large (at most ${MEGABYTES} MB)` })
  if (status === 415) return answer(res, 415, { error: 'Tin đẩy không được nén / A push must not be compressed' })
  if (status >= 400 && status < 500) return answer(res, status, { error: 'Không đọc được nội dung tin đẩy / Could not read the push body' })
  next(err)
}

function receive({ getPayload }: { getPayload: () => Promise<Payload> }): RequestHandler {
  return async (req, res) => {
    const params = PushParams.safeParse(req.params)
    if (!params.success) return answer(res, 401, { error: UNAUTHORIZED })
    const payload = await getPayload()
    const body = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0)
    const { sourceId } = params.data
    const isNumbered = payload.db.defaultIDType === 'number'
    if (isNumbered !== /^\d+$/.test(sourceId)) return answer(res, 401, { error: UNAUTHORIZED })
    let outcome: PushOutcome
    try {
      outcome = await receivePush({ body, headers: req.headers, payload, sourceId: isNumbered ? Number(sourceId) : sourceId })
    } catch (err) {
      // Always a 5xx, whatever status the error carries (a 4xx would make the sender give up on a delivery it should retry).
      payload.logger.error({ err, msg: `ingest push: could not save a push for source ${params.data.sourceId}` })
      return answer(res, 500, { error: 'Không lưu được tin đẩy; bên gửi sẽ gửi lại / Could not save the push; the sender will retry' })
    }
    switch (outcome.kind) {
      case 'unauthorized':
        return answer(res, 401, { error: UNAUTHORIZED })
      case 'invalid':
        return answer(res, 400, { error: outcome.message })
      case 'duplicate':
        return answer(res, 200, { duplicate: true, message: 'Đã nhận tin này trước đó / Already received' })
      case 'stored':
        answer(res, 200, { change: outcome.change, message: 'Đã nhận tin / Received' })
        pruneIngestReceiptsNowAndThen({ payload })
    }
  }
}

/** The push-in route, mounted at /ingest. A failure to save answers 500, which the sender retries. */
export function ingestPushRouter({ getPayload }: { getPayload: () => Promise<Payload> }): Router {
  const router = Router()
  router.post('/:sourceId', refusedPushLimit(), requireJson, rawBody, bodyErrors, receive({ getPayload }))
  return router
}
