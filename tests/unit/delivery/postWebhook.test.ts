// One webhook attempt against a real loopback receiver, with DNS answers injected: the connection goes to the address
// that was checked, DNS is asked once, and redirects are not followed.
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { postWebhook } from '../../../src/delivery/postWebhook'
import { NO_ALLOWED_HOSTS, parseAllowedHosts } from '../../../src/delivery/webhookAddress'
import type { ResolveAll } from '../../../src/delivery/webhookTarget'

describe('postWebhook', () => {
  let receiver: Server
  let port = 0
  let received: { headers: IncomingHttpHeaders; path: string }[] = []

  beforeAll(async () => {
    receiver = createServer((req, res) => {
      received.push({ headers: req.headers, path: req.url ?? '' })
      if (req.url === '/moved') res.writeHead(302, { location: `http://127.0.0.1:${port}/elsewhere` }).end()
      else res.writeHead(204).end()
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
  describe('a kept-alive connection the receiver has closed', () => {
    /** A receiver that drops, unanswered, the requests `drop` picks (by their number on their connection, and in all). */
    const dropping = async (drop: (nthOnSocket: number, total: number) => boolean) => {
      const seen: number[] = []
      const sockets = new Set<unknown>()
      const server = createServer((req, res) => {
        sockets.add(req.socket)
        const nth = ((req.socket as unknown as { handled?: number }).handled ?? 0) + 1
        ;(req.socket as unknown as { handled?: number }).handled = nth
        seen.push(nth)
        req.resume()
        req.on('end', () => (drop(nth, seen.length) ? req.socket.destroy() : res.writeHead(204).end()))
      })
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`
      const close = () => new Promise<void>((resolve) => (server.closeAllConnections(), server.close(() => resolve())))
      return { close, seen, sockets, url }
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
