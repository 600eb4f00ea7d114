// Bytes held in memory sent over real HTTP the way a file is: validators, 304 and 412, ranges, HEAD.
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { sendRepresentation } from '../../../src/http/sendRepresentation'

const BODY = Buffer.from('0123456789')
const ETAG = '"v1"'
const MODIFIED = new Date('2026-12-01T08:00:00Z')

let server: Server
let base = ''
beforeAll(async () => {
  server = createServer((req, res) =>
    sendRepresentation(req, res, {
      body: BODY,
      etag: ETAG,
      headers: { 'Cache-Control': 'public, max-age=60', 'Content-Type': 'text/plain; charset=utf-8', Vary: 'Accept-Encoding', 'X-Extra': 'a' },
      lastModified: req.url === '/undated' ? null : MODIFIED,
    }),
  )
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

const get = (headers: Record<string, string> = {}, method = 'GET', path = '/') => fetch(`${base}${path}`, { headers, method })

describe('sendRepresentation', () => {
  it('sends the whole body with its length, validators and headers, and says ranges are accepted', async () => {
    const res = await get()
    expect(res.status).toBe(200)
    expect(Buffer.from(await res.arrayBuffer())).toEqual(BODY)
    expect(Object.fromEntries(['content-length', 'etag', 'last-modified', 'accept-ranges', 'content-type', 'x-extra'].map((h) => [h, res.headers.get(h)]))).toEqual({
      'accept-ranges': 'bytes',
      'content-length': '10',
      'content-type': 'text/plain; charset=utf-8',
      etag: ETAG,
      'last-modified': MODIFIED.toUTCString(),
      'x-extra': 'a',
    })
    const undated = await get({}, 'GET', '/undated')
    expect(undated.headers.get('last-modified')).toBeNull()
  })

  it('answers HEAD with the headers and no body', async () => {
    const res = await get({}, 'HEAD')
    expect([res.status, res.headers.get('content-length'), await res.text()]).toEqual([200, '10', ''])
  })

  it('answers 304 with the validators and only the headers a 304 repeats', async () => {
    const res = await get({ 'if-none-match': ETAG })
    expect(res.status).toBe(304)
    expect([res.headers.get('etag'), res.headers.get('last-modified'), res.headers.get('cache-control'), res.headers.get('vary')]).toEqual([
      ETAG,
      MODIFIED.toUTCString(),
      'public, max-age=60',
      'Accept-Encoding',
    ])
    expect([res.headers.get('content-type'), res.headers.get('x-extra'), res.headers.get('accept-ranges')]).toEqual([null, null, null])
  })

  it('answers 412 to a failed precondition, uncached and empty', async () => {
    const res = await get({ 'if-match': '"v0"' })
    expect([res.status, res.headers.get('cache-control'), res.headers.get('content-length'), await res.text()]).toEqual([412, 'no-store', '0', ''])
  })

  it('sends a byte range as 206 with its Content-Range, and 416 for one past the end', async () => {
    const part = await get({ range: 'bytes=2-5' })
    expect([part.status, part.headers.get('content-range'), part.headers.get('content-length'), await part.text()]).toEqual([206, 'bytes 2-5/10', '4', '2345'])
    const headPart = await get({ range: 'bytes=2-5' }, 'HEAD')
    // Range applies to GET only (RFC 9110 §14.2): HEAD describes the whole representation.
    expect([headPart.status, headPart.headers.get('content-length'), await headPart.text()]).toEqual([200, '10', ''])
    const past = await get({ range: 'bytes=20-30' })
    expect([past.status, past.headers.get('content-range'), past.headers.get('content-length'), past.headers.get('etag'), await past.text()]).toEqual([
      416,
      'bytes */10',
      '0',
      ETAG,
      '',
    ])
    const whole = await get({ 'if-range': '"v0"', range: 'bytes=2-5' })
    expect([whole.status, whole.headers.get('content-range'), await whole.text()]).toEqual([200, null, '0123456789'])
  })
})
