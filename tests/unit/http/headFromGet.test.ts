// HEAD for Payload's REST routes: GET's handler runs on a GET request, and HEAD answers its status and headers without a body.
import { describe, expect, it } from 'vitest'

import { headFromGet } from '../../../src/http/headFromGet'

describe('headFromGet', () => {
  it('runs GET’s handler as GET, with the headers and context of the request, and answers without the body', async () => {
    const seen: { context?: unknown; headers?: string | null; method?: string; url?: string } = {}
    const get = async (request: Request, context: { params: string }) => {
      Object.assign(seen, { context, headers: request.headers.get('authorization'), method: request.method, url: request.url })
      return Response.json({ docs: [] }, { headers: { etag: '"abc"', vary: 'Cookie' }, status: 200 })
    }
    const head = headFromGet(get)
    const response = await head(new Request('https://nguon.example/api/articles?limit=1', { headers: { authorization: 'JWT x' }, method: 'HEAD' }), { params: 'p' })
    expect(seen).toEqual({ context: { params: 'p' }, headers: 'JWT x', method: 'GET', url: 'https://nguon.example/api/articles?limit=1' })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/json')
    expect(response.headers.get('etag')).toBe('"abc"')
    expect(response.body).toBeNull()
  })

  it('answers a GET that has no body (304, 204) as it is', async () => {
    const head = headFromGet(async () => new Response(null, { headers: { etag: '"abc"' }, status: 304 }))
    const response = await head(new Request('https://nguon.example/api/articles/1', { headers: { 'if-none-match': '"abc"' }, method: 'HEAD' }), undefined)
    expect([response.status, response.headers.get('etag'), response.body]).toEqual([304, '"abc"', null])
  })

  it('keeps a refusal a refusal', async () => {
    const head = headFromGet(async () => Response.json({ errors: [{ message: 'Not Found' }] }, { status: 404, statusText: 'Not Found' }))
    const response = await head(new Request('https://nguon.example/api/articles/999', { method: 'HEAD' }), undefined)
    expect([response.status, response.statusText, response.body]).toEqual([404, 'Not Found', null])
  })
})
