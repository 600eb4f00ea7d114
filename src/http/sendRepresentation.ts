// Sends bytes held in memory (a proof, the podcast artwork, a transcript) the way Express's `send` sends a file:
// Content-Length, ETag, Last-Modified, 304 and 412, byte ranges with If-Range, and HEAD without the body.
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http'

import { answerFor, type Validators } from './conditionalRequest'

export type Representation = Validators & {
  body: Buffer
  /** Content-Type, Cache-Control, Content-Disposition and whatever else every answer about it carries. */
  headers: OutgoingHttpHeaders
}

/** Headers a 304 repeats (RFC 9110 §15.4.5); the others describe a body it does not have. */
const NOT_MODIFIED_HEADERS = new Set(['cache-control', 'content-location', 'expires', 'vary'])

export function sendRepresentation(req: IncomingMessage, res: ServerResponse, representation: Representation): void {
  const { body, etag, headers, lastModified } = representation
  const validators: OutgoingHttpHeaders = { ETag: etag, ...(lastModified ? { 'Last-Modified': lastModified.toUTCString() } : {}) }
  const answer = answerFor({ headers: req.headers, method: req.method ?? 'GET', size: body.length, validators: representation })
  if (answer.status === 304) {
    const kept = Object.fromEntries(Object.entries(headers).filter(([name]) => NOT_MODIFIED_HEADERS.has(name.toLowerCase())))
    res.writeHead(304, { ...kept, ...validators }).end()
    return
  }
  if (answer.status === 412) {
    res.writeHead(412, { 'Cache-Control': 'no-store', 'Content-Length': 0 }).end()
    return
  }
  const common = { ...headers, ...validators, 'Accept-Ranges': 'bytes' }
  if (answer.status === 416) {
    res.writeHead(416, { ...common, 'Content-Length': 0, 'Content-Range': `bytes */${body.length}` }).end()
    return
  }
  const part = answer.status === 206 ? body.subarray(answer.start, answer.end + 1) : body
  res.writeHead(answer.status, {
    ...common,
    'Content-Length': part.length,
    ...(answer.status === 206 ? { 'Content-Range': `bytes ${answer.start}-${answer.end}/${body.length}` } : {}),
  })
  res.end(req.method === 'HEAD' ? undefined : part)
}
