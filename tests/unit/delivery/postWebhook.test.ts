// One webhook attempt against a real loopback receiver, with DNS answers injected: the connection goes to the address
// that was checked, DNS is asked once, and redirects are not followed.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createServer, globalAgent as httpGlobalAgent, type IncomingHttpHeaders, type Server } from 'node:http'
import { createServer as createHttpsServer, globalAgent as httpsGlobalAgent } from 'node:https'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'

import { isClosedIdleSocket, postWebhook } from '../../../src/delivery/postWebhook'
import { NO_ALLOWED_HOSTS, parseAllowedHosts } from '../../../src/delivery/webhookAddress'
import type { ResolveAll } from '../../../src/delivery/webhookTarget'

describe('postWebhook', () => {
  let receiver: Server
  let port = 0
  let received: { body: string; headers: IncomingHttpHeaders; method: string; path: string }[] = []

  beforeAll(async () => {
    receiver = createServer((req, res) => {
      const chunks: Buffer[] = []
      req.on('data', (chunk: Buffer) => chunks.push(chunk))
      req.on('end', () => {
        received.push({ body: Buffer.concat(chunks).toString('utf8'), headers: req.headers, method: req.method ?? '', path: req.url ?? '' })
        if (req.url === '/moved') res.writeHead(302, { location: `http://127.0.0.1:${port}/elsewhere` }).end()
        else if (req.url === '/busy') res.writeHead(503, { 'retry-after': '120' }).end('busy')
        else res.writeHead(204).end()
      })
    })
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve))
    port = (receiver.address() as AddressInfo).port
  })
  afterAll(() => new Promise((resolve) => receiver.close(resolve)))
  beforeEach(() => {
    received = []
  })

  /** A DNS that answers each question from a script, and counts the questions. */
  const scriptedDns = (...answers: string[][]) => {
    const asked: string[] = []
    const resolve: ResolveAll = async (hostname) => {
      asked.push(hostname)
      const answer = answers[Math.min(asked.length - 1, answers.length - 1)]!
      return answer.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }))
    }
    return { asked, resolve }
  }
  const send = (url: string, options: Partial<Parameters<typeof postWebhook>[0]> = {}) =>
    postWebhook({ body: '{"ok":true}', headers: { 'content-type': 'application/json' }, timeoutMs: 2000, url, ...options })

  it('refuses a name that resolves to loopback, without connecting', async () => {
    const dns = scriptedDns(['93.184.215.14', '127.0.0.1'])
    expect(await send(`http://newsroom.example:${port}/hook`, { allowed: NO_ALLOWED_HOSTS, resolve: dns.resolve })).toEqual({ refused: true })
    expect(received).toEqual([])
  })

  it('connects to the address it checked, asking DNS once: a second, rebound answer is never used', async () => {
    // The first answer is allowed (the operator allowed 127.0.0.1); a rebinding DNS would then answer 127.0.0.2.
    const dns = scriptedDns(['127.0.0.1'], ['127.0.0.2'])
    const outcome = await send(`http://newsroom.example:${port}/hook`, { allowed: parseAllowedHosts('127.0.0.1'), resolve: dns.resolve })
    expect(outcome).toEqual({ retryAfter: null, status: 204 })
    expect(dns.asked).toEqual(['newsroom.example'])
    expect(received).toHaveLength(1)
    expect(received[0]!.headers.host).toBe(`newsroom.example:${port}`)
  })

  it('does not follow a redirect', async () => {
    const outcome = await send(`http://127.0.0.1:${port}/moved`, { allowed: parseAllowedHosts('127.0.0.1') })
    expect(outcome).toEqual({ retryAfter: null, status: 302 })
    expect(received.map((r) => r.path)).toEqual(['/moved'])
  })

  it('refuses a literal internal address unless allowed', async () => {
    expect(await send(`http://127.1:${port}/hook`, { allowed: NO_ALLOWED_HOSTS })).toEqual({ refused: true })
    expect(await send(`http://127.1:${port}/hook`, { allowed: parseAllowedHosts('127.0.0.0/8') })).toEqual({ retryAfter: null, status: 204 })
    expect(received).toHaveLength(1)
  })

  it('reports a name that does not resolve as a network error (retried later)', async () => {
    const resolve: ResolveAll = async () => {
      throw Object.assign(new Error('getaddrinfo ENOTFOUND nowhere.example'), { code: 'ENOTFOUND' })
    }
    const outcome = await send('https://nowhere.example/hook', { allowed: NO_ALLOWED_HOSTS, resolve })
    expect(outcome).toMatchObject({ error: { code: 'ENOTFOUND' } })
  })
  it('POSTs the body as UTF-8 with its byte length and the given headers', async () => {
    const body = '{"title":"Tiếng Việt"}'
    const outcome = await send(`http://127.0.0.1:${port}/hook`, { allowed: parseAllowedHosts('127.0.0.1'), body, headers: { 'content-type': 'application/json', 'webhook-id': 'msg_1' } })
    expect(outcome).toEqual({ retryAfter: null, status: 204 })
    expect(received).toHaveLength(1)
    expect(received[0]).toMatchObject({ body, method: 'POST', path: '/hook' })
    expect(received[0]!.headers).toMatchObject({ 'content-length': String(Buffer.byteLength(body)), 'content-type': 'application/json', 'webhook-id': 'msg_1' })
  })

  it("answers the receiver's status and its Retry-After", async () => {
    expect(await send(`http://127.0.0.1:${port}/busy`, { allowed: parseAllowedHosts('127.0.0.1') })).toEqual({ retryAfter: '120', status: 503 })
  })

  it('reads the allowed hosts from the environment when none are given', async () => {
    vi.stubEnv('NGUON_WEBHOOK_ALLOWED_HOSTS', '')
    try {
      expect(await send(`http://127.0.0.1:${port}/hook`)).toEqual({ refused: true })
      vi.stubEnv('NGUON_WEBHOOK_ALLOWED_HOSTS', '127.0.0.1')
      expect(await send(`http://127.0.0.1:${port}/hook`)).toEqual({ retryAfter: null, status: 204 })
    } finally {
      vi.unstubAllEnvs()
    }
  })

  describe('gives up when the time is up', () => {
    it('while DNS has not answered', async () => {
      const resolve: ResolveAll = () => new Promise(() => undefined)
      const outcome = await send('https://slow-dns.example/hook', { allowed: NO_ALLOWED_HOSTS, resolve, timeoutMs: 50 })
      expect(outcome).toMatchObject({ error: { name: 'TimeoutError' } })
    })

    it('while the receiver has not answered, and closes the connection', async () => {
      const closed: Promise<void>[] = []
      const silent = createServer(() => undefined)
      silent.on('connection', (socket) => closed.push(new Promise((resolve) => socket.on('close', () => resolve()))))
      await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve))
      try {
        const url = `http://127.0.0.1:${(silent.address() as AddressInfo).port}/hook`
        const outcome = await send(url, { allowed: parseAllowedHosts('127.0.0.1'), timeoutMs: 100 })
        expect(outcome).toMatchObject({ error: { name: 'TimeoutError' } })
        expect(closed).toHaveLength(1)
        await closed[0]
      } finally {
        silent.closeAllConnections()
        await new Promise((resolve) => silent.close(resolve))
      }
    })
  })

  it("keeps connections open between attempts in its own pool, not Node's global one", async () => {
    const url = `http://127.0.0.1:${port}/hook`
    expect(await send(url, { allowed: parseAllowedHosts('127.0.0.1') })).toMatchObject({ status: 204 })
    expect(await send(url, { allowed: parseAllowedHosts('127.0.0.1') })).toMatchObject({ status: 204 })
    expect(received.map((r) => r.headers.connection)).toEqual(['keep-alive', 'keep-alive'])
    expect(Object.keys(httpGlobalAgent.freeSockets)).not.toContain(`127.0.0.1:${port}:`)
  })

  it('sends to an https address over TLS, keeping the connection for the next attempt in its own pool', async () => {
    // A self-signed certificate for 127.0.0.1 made for this test; the test accepts it through Node's own switch.
    const certificate = loopbackCertificate()
    vi.stubEnv('NODE_TLS_REJECT_UNAUTHORIZED', '0')
    let connections = 0
    const server = createHttpsServer(certificate, (req, res) => {
      req.resume()
      req.on('end', () => res.writeHead(202).end())
    })
    server.on('secureConnection', () => connections++)
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    try {
      const url = `https://127.0.0.1:${(server.address() as AddressInfo).port}/hook`
      expect(await send(url, { allowed: parseAllowedHosts('127.0.0.1') })).toEqual({ retryAfter: null, status: 202 })
      expect(await send(url, { allowed: parseAllowedHosts('127.0.0.1') })).toEqual({ retryAfter: null, status: 202 })
      expect(connections).toBe(1)
      expect(Object.keys(httpsGlobalAgent.freeSockets)).toEqual([])
    } finally {
      vi.unstubAllEnvs()
      server.closeAllConnections()
      await new Promise((resolve) => server.close(resolve))
    }
  })

  describe('a kept-alive connection the receiver has closed', () => {
    /** A receiver that drops, unanswered, the requests `drop` picks (by their number on their connection, and in all). */
    const dropping = async (drop: (nthOnSocket: number, total: number) => boolean) => {
      const seen: number[] = []
      const connectionHeaders: (string | undefined)[] = []
      const sockets = new Set<unknown>()
      const server = createServer((req, res) => {
        sockets.add(req.socket)
        connectionHeaders.push(req.headers.connection)
        const nth = ((req.socket as unknown as { handled?: number }).handled ?? 0) + 1
        ;(req.socket as unknown as { handled?: number }).handled = nth
        seen.push(nth)
        req.resume()
        req.on('end', () => (drop(nth, seen.length) ? req.socket.destroy() : res.writeHead(204).end()))
      })
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`
      const close = () => new Promise<void>((resolve) => (server.closeAllConnections(), server.close(() => resolve())))
      return { close, connectionHeaders, seen, sockets, url }
    }
    const allowLoopback = { allowed: parseAllowedHosts('127.0.0.1') }

    it('is sent again at once on a new connection, once', async () => {
      const receiver = await dropping((nth) => nth === 2)
      try {
        expect(await send(receiver.url, allowLoopback)).toMatchObject({ status: 204 })
        // The second attempt is written on the kept connection, which the receiver drops: sent again on a new one.
        expect(await send(receiver.url, allowLoopback)).toMatchObject({ status: 204 })
        expect(receiver.seen).toEqual([1, 2, 1])
        expect(receiver.sockets.size).toBe(2)
        // Kept-alive attempts, then the retry on a connection of its own that closes after it.
        expect(receiver.connectionHeaders).toEqual(['keep-alive', 'keep-alive', 'close'])
      } finally {
        await receiver.close()
      }
    })

    it('is not sent again when a new connection fails, nor a second time', async () => {
      const fresh = await dropping(() => true)
      try {
        expect(await send(fresh.url, allowLoopback)).toMatchObject({ error: expect.anything() })
        expect(fresh.seen).toEqual([1])
      } finally {
        await fresh.close()
      }
      const twice = await dropping((_nth, total) => total > 1)
      try {
        expect(await send(twice.url, allowLoopback)).toMatchObject({ status: 204 })
        // The kept connection is dropped, and so is the new one: the attempt fails, after one more try only.
        expect(await send(twice.url, allowLoopback)).toMatchObject({ error: expect.anything() })
        expect(twice.seen).toEqual([1, 2, 1])
      } finally {
        await twice.close()
      }
    })
  })
})

describe('isClosedIdleSocket', () => {
  it.each<[string, string | undefined, string, boolean]>([
    ['a reset', 'ECONNRESET', 'read ECONNRESET', true],
    ['a broken pipe', 'EPIPE', 'write EPIPE', true],
    ['the end before any answer', undefined, 'socket hang up', true],
    ['a refused connection', 'ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:9', false],
    ['a timeout', 'ETIMEDOUT', 'connect ETIMEDOUT', false],
    ['an error without a code', undefined, 'something else', false],
  ])('%s: %s', (_label, code, message, expected) => {
    expect(isClosedIdleSocket(Object.assign(new Error(message), code ? { code } : {}))).toBe(expected)
  })
})

/** A throwaway self-signed certificate for 127.0.0.1, made by openssl for this run (no key is kept in the repository). */
function loopbackCertificate(): { cert: string; key: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'nguon-tls-'))
  try {
    const [key, cert] = [path.join(dir, 'key.pem'), path.join(dir, 'cert.pem')]
    execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-keyout', key, '-out', cert,
      '-days', '1', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1'], { stdio: 'ignore' })
    return { cert: readFileSync(cert, 'utf8'), key: readFileSync(key, 'utf8') }
  } finally {
    rmSync(dir, { force: true, recursive: true })
  }
}
