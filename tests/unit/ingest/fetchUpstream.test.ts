// fetchUpstream against real node:http servers on loopback. The servers are reached as `localhost`, the one name the
// tests allow, resolved (injected) to 127.0.0.1: the literal addresses 127.0.0.1, [::1] and the others stay refused.
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

import { parseAllowedHosts } from '../../../src/delivery/webhookAddress'
import { allowedSourceHosts, fetchUpstream, isFeedContentType } from '../../../src/ingest/fetchUpstream'

type Handler = (req: IncomingMessage, res: ServerResponse) => void

/** A server whose answer each test sets, remembering the headers of every request it got. */
async function startServer() {
  const state: { handler: Handler; requests: { headers: IncomingHttpHeaders; url: string }[]; closedSockets: number } = {
    closedSockets: 0,
    handler: (_req, res) => res.end(),
    requests: [],
  }
  const server: Server = createServer((req, res) => {
    state.requests.push({ headers: req.headers, url: req.url ?? '' })
    state.handler(req, res)
  })
  server.on('connection', (socket) => socket.on('close', () => state.closedSockets++))
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  const port = (server.address() as AddressInfo).port
  return { origin: `http://localhost:${port}`, port, server, state }
}

const allowed = parseAllowedHosts('localhost')
const resolve = async () => [{ address: '127.0.0.1', family: 4 }]
const FEED = '<?xml version="1.0"?><rss version="2.0"><channel><title>Tin</title></channel></rss>'

let a: Awaited<ReturnType<typeof startServer>>
let b: Awaited<ReturnType<typeof startServer>>

beforeAll(async () => {
  a = await startServer()
  b = await startServer()
})
afterEach(() => {
  for (const s of [a, b]) {
    s.state.requests = []
    s.state.handler = (_req, res) => res.end()
    s.state.closedSockets = 0
  }
})
afterAll(async () => {
  for (const s of [a, b]) {
    s.server.closeAllConnections()
    await new Promise((done) => s.server.close(done))
  }
})

const feedAnswer: Handler = (_req, res) => {
  res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', etag: '"v2"', 'last-modified': 'Thu, 30 Nov 2023 00:00:00 GMT' })
  res.end(FEED)
}

describe('fetchUpstream', () => {
  it('fetches a feed with its validators, and names itself and what it accepts', async () => {
    a.state.handler = feedAnswer
    const result = await fetchUpstream({ allowed, resolve, url: `${a.origin}/rss.xml` })
    expect(result).toEqual({
      body: FEED,
      contentType: 'application/rss+xml; charset=utf-8',
      etag: '"v2"',
      finalUrl: `${a.origin}/rss.xml`,
      kind: 'ok',
      lastModified: 'Thu, 30 Nov 2023 00:00:00 GMT',
      status: 200,
    })
    const { headers } = a.state.requests[0]!
    expect(headers['user-agent']).toMatch(/^Nguon-ingest\//)
    expect(headers.accept).toMatch(/application\/rss\+xml/)
    expect(headers.authorization).toBeUndefined()
    expect(headers['if-none-match']).toBeUndefined()
  })

  it('sends If-None-Match and If-Modified-Since, and reads a 304 as not modified', async () => {
    a.state.handler = (req, res) => {
      if (req.headers['if-none-match'] === '"v2"' && req.headers['if-modified-since'] === 'Thu, 30 Nov 2023 00:00:00 GMT') {
        res.writeHead(304, { etag: '"v2"' })
        res.end()
      } else feedAnswer(req, res)
    }
    const result = await fetchUpstream({ allowed, etag: '"v2"', lastModified: 'Thu, 30 Nov 2023 00:00:00 GMT', resolve, url: `${a.origin}/rss.xml` })
    expect(result).toEqual({ etag: '"v2"', kind: 'notModified', lastModified: 'Thu, 30 Nov 2023 00:00:00 GMT' })
  })

  it('sends the bearer token to the source', async () => {
    a.state.handler = feedAnswer
    await fetchUpstream({ allowed, resolve, token: 's3cret', url: `${a.origin}/rss.xml` })
    expect(a.state.requests[0]!.headers.authorization).toBe('Bearer s3cret')
  })

  it('follows a redirect on the same origin with the token, and not to another origin', async () => {
    a.state.handler = (req, res) => {
      if (req.url === '/old') res.writeHead(301, { location: '/new' }).end()
      else if (req.url === '/new') res.writeHead(302, { location: `${b.origin}/elsewhere` }).end()
      else res.writeHead(404).end()
    }
    b.state.handler = feedAnswer
    const result = await fetchUpstream({ allowed, resolve, token: 's3cret', url: `${a.origin}/old` })
    expect(result).toMatchObject({ finalUrl: `${b.origin}/elsewhere`, kind: 'ok', status: 200 })
    expect(a.state.requests.map((r) => [r.url, r.headers.authorization])).toEqual([
      ['/old', 'Bearer s3cret'],
      ['/new', 'Bearer s3cret'],
    ])
    expect(b.state.requests.map((r) => [r.url, r.headers.authorization])).toEqual([['/elsewhere', undefined]])
  })

  it('follows three redirects and refuses the fourth', async () => {
    a.state.handler = (req, res) => {
      const hop = Number(req.url!.slice(1))
      if (hop < 4) res.writeHead(302, { location: `/${hop + 1}` }).end()
      else feedAnswer(req, res)
    }
    expect(await fetchUpstream({ allowed, resolve, url: `${a.origin}/1` })).toMatchObject({ finalUrl: `${a.origin}/4`, kind: 'ok' })
    a.state.requests = []
    const refused = await fetchUpstream({ allowed, resolve, url: `${a.origin}/0` })
    expect(refused).toMatchObject({ kind: 'error', reason: 'redirects' })
    expect(a.state.requests).toHaveLength(4)
  })

  it.each([
    ['127.0.0.1', (port: number) => `http://127.0.0.1:${port}/feed`],
    ['0x7f000001', (port: number) => `http://0x7f000001:${port}/feed`],
    ['2130706433', (port: number) => `http://2130706433:${port}/feed`],
    ['[::1]', (port: number) => `http://[::1]:${port}/feed`],
    ['[::ffff:127.0.0.1]', (port: number) => `http://[::ffff:127.0.0.1]:${port}/feed`],
    ['169.254.169.254', () => 'http://169.254.169.254/latest/meta-data/'],
    ['localhost under another name', (port: number) => `http://localhost.localdomain:${port}/feed`],
  ])('refuses a redirect to %s, which is not allowed, without connecting', async (_name, target) => {
    a.state.handler = (_req, res) => res.writeHead(302, { location: target(b.port) }).end()
    b.state.handler = feedAnswer
    const result = await fetchUpstream({ allowed, resolve, url: `${a.origin}/feed` })
    expect(result).toMatchObject({ kind: 'error', reason: 'refused' })
    expect(result.kind === 'error' && result.message).toMatch(/^Nguồn chuyển hướng tới .* mạng nội bộ/)
    expect(b.state.requests).toEqual([])
  })

  it('connects to an address the operator allowed, and to it only', async () => {
    b.state.handler = feedAnswer
    const result = await fetchUpstream({ allowed: parseAllowedHosts('127.0.0.1'), url: `http://127.0.0.1:${b.port}/feed` })
    expect(result).toMatchObject({ kind: 'ok' })
    expect(b.state.requests).toHaveLength(1)
  })

  it('refuses a name that resolves to a private address, and connects to the checked address of one that may be reached', async () => {
    a.state.handler = feedAnswer
    const privateAnswer = await fetchUpstream({ allowed, resolve: async () => [{ address: '10.0.0.5', family: 4 }], url: `http://feeds.example.com:${a.port}/rss.xml` })
    expect(privateAnswer).toMatchObject({ kind: 'error', reason: 'refused' })
    const mixed = await fetchUpstream({
      allowed,
      resolve: async () => [
        { address: '93.184.215.14', family: 4 },
        { address: '192.168.1.1', family: 4 },
      ],
      url: `http://feeds.example.com:${a.port}/rss.xml`,
    })
    expect(mixed).toMatchObject({ kind: 'error', reason: 'refused' })
    expect(a.state.requests).toEqual([])
    // The same name resolving to an allowed address reaches the server: the connection goes where the check looked.
    const pinned = await fetchUpstream({ allowed: parseAllowedHosts('127.0.0.1'), resolve, url: `http://feeds.example.com:${a.port}/rss.xml` })
    expect(pinned).toMatchObject({ kind: 'ok' })
    expect(a.state.requests.map((r) => r.headers.host)).toEqual([`feeds.example.com:${a.port}`])
  })

  it.each([
    ['loopback', 'http://127.0.0.1/feed'],
    ['metadata', 'http://169.254.169.254/latest/meta-data/'],
    ['not http', 'ftp://feeds.example.com/rss.xml'],
    ['not a URL', 'feeds.example.com/rss.xml'],
  ])('refuses a %s source address', async (_name, url) => {
    expect(await fetchUpstream({ allowed, resolve, url })).toMatchObject({ kind: 'error', message: expect.stringMatching(/^Địa chỉ nguồn/), reason: 'refused' })
  })

  it('times out on a server that never answers', async () => {
    a.state.handler = () => {}
    const started = Date.now()
    const result = await fetchUpstream({ allowed, resolve, timeoutMs: 200, url: `${a.origin}/slow` })
    expect(result).toMatchObject({ kind: 'error', reason: 'timeout' })
    expect(Date.now() - started).toBeLessThan(2000)
  }, 3000)

  it('times out on a body that never ends (the timeout covers the body too)', async () => {
    a.state.handler = (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml' })
      res.write('<rss version="2.0">')
    }
    expect(await fetchUpstream({ allowed, resolve, timeoutMs: 200, url: `${a.origin}/slow` })).toMatchObject({ kind: 'error', reason: 'timeout' })
  }, 3000)

  it('stops reading past maxBytes and closes the connection', async () => {
    let written = 0
    a.state.handler = (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml' })
      const timer = setInterval(() => {
        if (res.destroyed || written > 10_000_000) return clearInterval(timer)
        written += 16_384
        res.write(Buffer.alloc(16_384, 'a'))
      }, 1)
      res.on('close', () => clearInterval(timer))
    }
    const result = await fetchUpstream({ allowed, resolve, maxBytes: 64 * 1024, url: `${a.origin}/big` })
    expect(result).toMatchObject({ kind: 'error', reason: 'tooLarge' })
    await expect.poll(() => a.state.closedSockets, { timeout: 2000 }).toBe(1)
    expect(written).toBeLessThan(10_000_000)
  })

  it('refuses a declared length over maxBytes before reading', async () => {
    a.state.handler = (_req, res) => {
      res.writeHead(200, { 'content-length': '100000', 'content-type': 'application/rss+xml' })
      res.write('<rss')
    }
    expect(await fetchUpstream({ allowed, resolve, maxBytes: 1000, url: `${a.origin}/big` })).toMatchObject({ kind: 'error', reason: 'tooLarge' })
  })

  it.each([500, 404, 401])('refuses HTTP %i with the status in the message', async (status) => {
    a.state.handler = (_req, res) => res.writeHead(status).end('nope')
    const result = await fetchUpstream({ allowed, resolve, url: `${a.origin}/feed` })
    expect(result).toMatchObject({ kind: 'error', reason: 'http' })
    expect(result.kind === 'error' && result.message).toContain(`HTTP ${status}`)
  })

  it('refuses an HTML page', async () => {
    a.state.handler = (_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<html></html>')
    const result = await fetchUpstream({ allowed, resolve, url: `${a.origin}/feed` })
    expect(result).toMatchObject({ kind: 'error', message: expect.stringContaining('text/html'), reason: 'contentType' })
  })

  it('reports a connection refused as a network error', async () => {
    const closed = await startServer()
    await new Promise((done) => closed.server.close(done))
    expect(await fetchUpstream({ allowed, resolve, url: `http://localhost:${closed.port}/feed` })).toMatchObject({ kind: 'error', reason: 'network' })
  })

  it('decodes the body in the charset the header declares', async () => {
    a.state.handler = (_req, res) => res.writeHead(200, { 'content-type': 'text/xml; charset=windows-1252' }).end(Buffer.from([0x3c, 0x61, 0x3e, 0xe9, 0x3c, 0x2f, 0x61, 0x3e]))
    expect(await fetchUpstream({ allowed, resolve, url: `${a.origin}/feed` })).toMatchObject({ body: '<a>é</a>', kind: 'ok' })
  })
})

describe('isFeedContentType', () => {
  it.each([
    'application/rss+xml',
    'application/atom+xml; charset=utf-8',
    'application/feed+json',
    'application/json',
    'application/xml',
    'text/xml',
    'text/plain',
    'application/octet-stream',
    'application/x-rss+xml',
    '',
    null,
  ])('accepts %s', (type) => {
    expect(isFeedContentType(type)).toBe(true)
  })

  it.each(['text/html', 'text/html; charset=utf-8', 'application/xhtml+xml', 'image/svg+xml', 'image/png', 'video/mp4', 'application/pdf', 'text/css'])('refuses %s', (type) => {
    expect(isFeedContentType(type)).toBe(false)
  })
})

describe('allowedSourceHosts', () => {
  it('reads NGUON_SOURCE_ALLOWED_HOSTS, not the webhook list', () => {
    const allowedHosts = allowedSourceHosts({ NGUON_SOURCE_ALLOWED_HOSTS: 'tin.noibo.vn, 10.0.0.0/8', NGUON_WEBHOOK_ALLOWED_HOSTS: 'other.vn' })
    expect([...allowedHosts.names]).toEqual(['tin.noibo.vn'])
    expect(allowedHosts.ranges).toHaveLength(1)
    expect([...allowedSourceHosts({ NGUON_WEBHOOK_ALLOWED_HOSTS: 'other.vn' }).names]).toEqual([])
  })
})
