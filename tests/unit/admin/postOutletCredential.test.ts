// The admin's calls to an outlet's credential endpoints, against a real HTTP server: what is sent, and every answer
// turned into one sentence in the admin language.
import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { postOutletCredential } from '../../../src/admin/outlets/postOutletCredential'

type Seen = { body: string; contentType?: string; accept?: string; method?: string; url?: string }
const seen: Seen[] = []
let answer: { body: string; status: number } = { body: '{}', status: 200 }
let server: Server
let apiRoute = ''

const read = (req: IncomingMessage) =>
  new Promise<string>((resolve) => {
    let text = ''
    req.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')))
    req.on('end', () => resolve(text))
  })

beforeAll(async () => {
  server = createServer(async (req, res) => {
    seen.push({ accept: req.headers.accept, body: await read(req), contentType: req.headers['content-type'], method: req.method, url: req.url })
    res.writeHead(answer.status, { 'content-type': 'application/json' }).end(answer.body)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  apiRoute = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api`
})
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

describe('postOutletCredential', () => {
  it('posts to the outlet’s endpoint, asking the server to generate when no body is given', async () => {
    answer = { body: '{"secret":"whsec_x"}', status: 200 }
    seen.length = 0
    expect(await postOutletCredential({ apiRoute, endpoint: 'webhook-secret', id: 'a/b', language: 'vi' })).toEqual({ body: { secret: 'whsec_x' }, ok: true })
    expect(seen).toEqual([{ accept: 'application/json', body: '', contentType: undefined, method: 'POST', url: '/api/outlets/a%2Fb/webhook-secret' }])
  })

  it('sends a given body as JSON', async () => {
    answer = { body: '{"token":"t"}', status: 201 }
    seen.length = 0
    expect(await postOutletCredential({ apiRoute, body: { label: 'Đài' }, endpoint: 'token', id: 7, language: 'en' })).toEqual({ body: { token: 't' }, ok: true })
    expect(seen).toEqual([{ accept: 'application/json', body: '{"label":"Đài"}', contentType: 'application/json', method: 'POST', url: '/api/outlets/7/token' }])
  })

  it.each([
    [401, 'vi', 'Phiên đăng nhập đã hết: hãy đăng nhập lại.'],
    [403, 'en', 'Only administrators may do this.'],
    [404, 'vi', 'Cơ quan nhận tin này không còn tồn tại.'],
  ] as const)('says a %s in its own words (%s)', async (status, language, message) => {
    answer = { body: '{"errors":[{"message":"Forbidden"}]}', status }
    expect(await postOutletCredential({ apiRoute, endpoint: 'token', id: 7, language })).toEqual({ message, ok: false, status })
  })

  it('keeps the server’s reason for other refusals, in the admin language, and the status when there is none', async () => {
    answer = { body: '{"error":"Khóa không hợp lệ / Invalid secret"}', status: 400 }
    expect(await postOutletCredential({ apiRoute, body: { secret: 'x' }, endpoint: 'webhook-secret', id: 7, language: 'en' })).toEqual({
      message: 'Invalid secret',
      ok: false,
      status: 400,
    })
    answer = { body: 'not json', status: 502 }
    expect(await postOutletCredential({ apiRoute, endpoint: 'token', id: 7, language: 'vi' })).toEqual({
      message: 'Máy chủ không thực hiện thao tác này (lỗi 502).',
      ok: false,
      status: 502,
    })
  })

  it('says when the server cannot be reached', async () => {
    const closed = createServer()
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve))
    const port = (closed.address() as AddressInfo).port
    await new Promise<void>((resolve) => closed.close(() => resolve()))
    expect(await postOutletCredential({ apiRoute: `http://127.0.0.1:${port}/api`, endpoint: 'token', id: 7, language: 'en' })).toEqual({
      message: 'The server could not be reached.',
      ok: false,
      status: 0,
    })
  })
})
