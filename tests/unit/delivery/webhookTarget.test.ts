// Where a webhook may be sent, without the network: the URL's verdict, one injected DNS answer, and the pinned lookup
// that hands http.request the checked addresses only.
import type { LookupAddress } from 'node:dns'

import { afterEach, describe, expect, it, vi } from 'vitest'

import { NO_ALLOWED_HOSTS, parseAllowedHosts } from '../../../src/delivery/webhookAddress'
import { allowedWebhookHosts, pinnedLookup, resolveWebhookTarget, type ResolveAll } from '../../../src/delivery/webhookTarget'

/** A DNS that gives the same answer to every question and records the questions. */
const answering = (...addresses: string[]) => {
  const asked: string[] = []
  const resolve: ResolveAll = async (hostname) => {
    asked.push(hostname)
    return addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }))
  }
  return { asked, resolve }
}

describe('resolveWebhookTarget', () => {
  it.each([
    ['not a URL', 'newsroom', 'notUrl'],
    ['not http(s)', 'ftp://newsroom.example/hook', 'notHttp'],
    ['a loopback literal', 'http://127.0.0.1/hook', 'internal'],
    ['a local name', 'http://localhost/hook', 'internal'],
  ] as const)('refuses %s without asking DNS', async (_label, url, reason) => {
    const dns = answering('93.184.215.14')
    expect(await resolveWebhookTarget({ allowed: NO_ALLOWED_HOSTS, resolve: dns.resolve, url })).toEqual({ kind: 'refused', reason })
    expect(dns.asked).toEqual([])
  })

  it.each([
    ['http://93.184.215.14/hook', { address: '93.184.215.14', family: 4 }],
    ['https://[2606:2800:21f:cb07:6820:80da:af6b:8b2c]/hook', { address: '2606:2800:21f:cb07:6820:80da:af6b:8b2c', family: 6 }],
  ])('connects to a public literal address as it stands (%s), with its family', async (url, address) => {
    const dns = answering('127.0.0.1')
    expect(await resolveWebhookTarget({ allowed: NO_ALLOWED_HOSTS, resolve: dns.resolve, url })).toEqual({ addresses: [address], kind: 'ok' })
    expect(dns.asked).toEqual([])
  })

  it('resolves a name and answers every address it resolves to', async () => {
    const dns = answering('93.184.215.14', '2606:2800:21f:cb07:6820:80da:af6b:8b2c')
    const target = await resolveWebhookTarget({ allowed: NO_ALLOWED_HOSTS, resolve: dns.resolve, url: 'https://Newsroom.Example./hook' })
    expect(target).toEqual({
      addresses: [
        { address: '93.184.215.14', family: 4 },
        { address: '2606:2800:21f:cb07:6820:80da:af6b:8b2c', family: 6 },
      ],
      kind: 'ok',
    })
    expect(dns.asked).toEqual(['newsroom.example'])
  })

  it('refuses a name when any of its addresses is internal', async () => {
    const dns = answering('93.184.215.14', '10.0.0.5')
    expect(await resolveWebhookTarget({ allowed: NO_ALLOWED_HOSTS, resolve: dns.resolve, url: 'https://newsroom.example/hook' })).toEqual({ kind: 'refused', reason: 'internal' })
  })

  it('refuses a name that resolves to nothing', async () => {
    const dns = answering()
    expect(await resolveWebhookTarget({ allowed: NO_ALLOWED_HOSTS, resolve: dns.resolve, url: 'https://newsroom.example/hook' })).toEqual({ kind: 'refused', reason: 'internal' })
  })

  it('connects an allowed name to whatever it resolves to, internal addresses included', async () => {
    const dns = answering('10.0.0.5')
    const target = await resolveWebhookTarget({ allowed: parseAllowedHosts('intranet.example'), resolve: dns.resolve, url: 'http://intranet.example/hook' })
    expect(target).toEqual({ addresses: [{ address: '10.0.0.5', family: 4 }], kind: 'ok' })
    expect(dns.asked).toEqual(['intranet.example'])
  })

  it('reports an allowed name that resolves to nothing as unresolved, naming it', async () => {
    const target = await resolveWebhookTarget({ allowed: parseAllowedHosts('intranet.example'), resolve: answering().resolve, url: 'http://intranet.example/hook' })
    expect(target).toMatchObject({ kind: 'unresolved' })
    expect(target.kind === 'unresolved' && (target.error as Error).message).toBe('no address for intranet.example')
  })

  it('reports a DNS failure as unresolved, with its error', async () => {
    const failure = Object.assign(new Error('getaddrinfo ENOTFOUND newsroom.example'), { code: 'ENOTFOUND' })
    const resolve: ResolveAll = async () => {
      throw failure
    }
    expect(await resolveWebhookTarget({ allowed: NO_ALLOWED_HOSTS, resolve, url: 'https://newsroom.example/hook' })).toEqual({ error: failure, kind: 'unresolved' })
  })

  it('asks the system resolver for every address when none is injected', async () => {
    // localhost is refused unless allowed by name; allowed, it resolves through the system (no network needed).
    const target = await resolveWebhookTarget({ allowed: parseAllowedHosts('localhost'), url: 'http://localhost/hook' })
    expect(target.kind).toBe('ok')
    const addresses = target.kind === 'ok' ? target.addresses : []
    expect(addresses.length).toBeGreaterThan(0)
    for (const address of addresses) expect(['127.0.0.1', '::1']).toContain(address.address)
  })
})

describe('allowedWebhookHosts', () => {
  /** An environment holding only the given variables. */
  const env = (variables: Record<string, string> = {}) => variables as NodeJS.ProcessEnv
  afterEach(() => {
    vi.restoreAllMocks()
  })

  it('reads NGUON_WEBHOOK_ALLOWED_HOSTS from the environment it is given', () => {
    const allowed = allowedWebhookHosts(env({ NGUON_WEBHOOK_ALLOWED_HOSTS: 'intranet.example, 10.0.0.0/8' }))
    expect([...allowed.names]).toEqual(['intranet.example'])
    expect(allowed.ranges).toHaveLength(1)
    expect(allowed.invalid).toEqual([])
  })

  it('names unreadable entries in the log once per value of the variable', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const twoUnreadable = env({ NGUON_WEBHOOK_ALLOWED_HOSTS: 'intranet.example, not a host, 10.0.0.0/99' })
    expect(allowedWebhookHosts(twoUnreadable).invalid).toEqual(['not a host', '10.0.0.0/99'])
    allowedWebhookHosts(twoUnreadable)
    expect(warn).toHaveBeenCalledTimes(1)
    expect(warn).toHaveBeenCalledWith('nguon: NGUON_WEBHOOK_ALLOWED_HOSTS: ignoring not a host, 10.0.0.0/99 (not a host name, IP address or CIDR range)')
    allowedWebhookHosts(env({ NGUON_WEBHOOK_ALLOWED_HOSTS: 'still wrong' }))
    expect(warn).toHaveBeenCalledTimes(2)
    expect(warn).toHaveBeenLastCalledWith(expect.stringContaining('ignoring still wrong'))
  })

  it('logs nothing when every entry is readable', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    allowedWebhookHosts(env({ NGUON_WEBHOOK_ALLOWED_HOSTS: 'intranet.example' }))
    allowedWebhookHosts(env())
    expect(warn).not.toHaveBeenCalled()
  })
})

describe('pinnedLookup', () => {
  const v4: LookupAddress = { address: '93.184.215.14', family: 4 }
  const v6: LookupAddress = { address: '2606:2800:21f:cb07:6820:80da:af6b:8b2c', family: 6 }

  /** Calls the lookup and returns what it answered. */
  const ask = (addresses: LookupAddress[], options: Parameters<ReturnType<typeof pinnedLookup>>[1]) => {
    const answers: unknown[][] = []
    pinnedLookup(addresses)('anything.example', options, (...args) => answers.push(args))
    return answers
  }

  it.each<[string, Parameters<ReturnType<typeof pinnedLookup>>[1], LookupAddress]>([
    ['no family (number 0)', 0, v6],
    ['family 4 (number)', 4, v4],
    ['family 6 (number)', 6, v6],
    ['no family (options)', {}, v6],
    ['family IPv4', { family: 'IPv4' }, v4],
    ['family IPv6', { family: 'IPv6' }, v6],
    ['family 4 (options)', { family: 4 }, v4],
    ['family 6 (options)', { family: 6 }, v6],
  ])('answers the first checked address of the family asked: %s', (_label, options, expected) => {
    expect(ask([v6, v4], options)).toEqual([[null, expected.address, expected.family]])
  })

  it('answers every checked address of the family when asked for all', () => {
    expect(ask([v6, v4], { all: true })).toEqual([[null, [v6, v4]]])
    expect(ask([v6, v4, { address: '93.184.215.15', family: 4 }], { all: true, family: 4 })).toEqual([[null, [v4, { address: '93.184.215.15', family: 4 }]]])
  })

  it('answers ENOTFOUND when no checked address has the family asked', () => {
    const answers = ask([v4], { family: 'IPv6' })
    expect(answers).toHaveLength(1)
    const [err, addresses] = answers[0]!
    expect(err).toMatchObject({ code: 'ENOTFOUND', message: 'no checked address of the requested family' })
    expect(addresses).toEqual([])
    expect(ask([v4], { all: true, family: 6 })[0]![0]).toMatchObject({ code: 'ENOTFOUND' })
  })

  it('does not change the checked addresses it is given', () => {
    const addresses = [v6, v4]
    const [[, answered]] = ask(addresses, { all: true }) as [[null, LookupAddress[]]]
    answered.pop()
    expect(addresses).toEqual([v6, v4])
  })
})
