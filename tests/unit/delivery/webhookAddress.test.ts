import fc from 'fast-check'
import { beforeEach, describe, expect, it } from 'vitest'

import { isAllowedAddress, isPublicAddress, judgeWebhookUrl, mayConnectToAll, NO_ALLOWED_HOSTS, normalHostName, parseAllowedHosts } from '../../../src/delivery/webhookAddress'

// An independent table (IANA IPv4 special-purpose registry), not ipaddr.js's, of what a webhook must never reach.
const MUST_REFUSE: [number, number, number, number, number][] = [
  [0, 0, 0, 0, 8], // "this network", 0.0.0.0
  [10, 0, 0, 0, 8],
  [100, 64, 0, 0, 10], // CGNAT (and 100.100.100.200, a cloud metadata address)
  [127, 0, 0, 0, 8],
  [169, 254, 0, 0, 16], // link-local, 169.254.169.254 metadata
  [172, 16, 0, 0, 12],
  [192, 0, 0, 0, 24],
  [192, 0, 2, 0, 24],
  [192, 168, 0, 0, 16],
  [198, 18, 0, 0, 15],
  [198, 51, 100, 0, 24],
  [203, 0, 113, 0, 24],
  [224, 0, 0, 0, 4], // multicast
  [240, 0, 0, 0, 4], // reserved, 255.255.255.255
]
// Anycast relays that are refused too (harmless, never a newsroom).
const MAY_REFUSE: typeof MUST_REFUSE = [
  [192, 31, 196, 0, 24],
  [192, 52, 193, 0, 24],
  [192, 88, 99, 0, 24],
  [192, 175, 48, 0, 24],
]

const toInt = (o: number[]) => ((o[0]! << 24) | (o[1]! << 16) | (o[2]! << 8) | o[3]!) >>> 0
const inTable = (octets: number[], table: typeof MUST_REFUSE) =>
  table.some(([a, b, c, d, bits]) => bits === 0 || toInt(octets) >>> (32 - bits) === toInt([a, b, c, d]) >>> (32 - bits))

const octet = fc.integer({ max: 255, min: 0 })
const anyIPv4 = fc.tuple(octet, octet, octet, octet)
const refusedIPv4 = fc
  .tuple(fc.constantFrom(...MUST_REFUSE), fc.integer({ max: 0xffffffff, min: 0 }))
  .map(([[a, b, c, d, bits], noise]) => {
    const base = toInt([a, b, c, d])
    const value = (bits === 32 ? base : (base | (noise >>> bits)) >>> 0) >>> 0
    return [value >>> 24, (value >>> 16) & 255, (value >>> 8) & 255, value & 255]
  })

const hex = (n: number) => n.toString(16)
/** The ways one IPv4 address can be written in a URL's host. */
const SPELLINGS: Record<string, (o: number[]) => string> = {
  dotted: (o) => o.join('.'),
  trailingDot: (o) => `${o.join('.')}.`,
  decimal: (o) => String(toInt(o)),
  hexNumber: (o) => `0x${hex(toInt(o))}`,
  hexUpper: (o) => `0X${hex(toInt(o)).toUpperCase()}`,
  octalNumber: (o) => `0${toInt(o).toString(8)}`,
  hexDotted: (o) => o.map((x) => `0x${hex(x)}`).join('.'),
  octalDotted: (o) => o.map((x) => `0${x.toString(8)}`).join('.'),
  twoParts: (o) => `${o[0]}.${(o[1]! << 16) | (o[2]! << 8) | o[3]!}`,
  threeParts: (o) => `${o[0]}.${o[1]}.${(o[2]! << 8) | o[3]!}`,
  mappedIPv6: (o) => `[::ffff:${o.join('.')}]`,
  mappedIPv6Hex: (o) => `[::ffff:${hex((o[0]! << 8) | o[1]!)}:${hex((o[2]! << 8) | o[3]!)}]`,
  mappedIPv6Long: (o) => `[0:0:0:0:0:ffff:${o.join('.')}]`,
  nat64: (o) => `[64:ff9b::${o.join('.')}]`,
  sixToFour: (o) => `[2002:${hex((o[0]! << 8) | o[1]!)}:${hex((o[2]! << 8) | o[3]!)}::1]`,
}
const spelling = fc.constantFrom(...Object.keys(SPELLINGS))
const port = fc.option(fc.integer({ max: 65535, min: 1 }), { nil: undefined })
const url = (host: string, p: number | undefined, scheme = 'http') => `${scheme}://${host}${p ? `:${p}` : ''}/hook`

describe('webhook addresses', () => {
  it('refuses every non-public IPv4 address in every numeric spelling, with any port', () => {
    fc.assert(
      fc.property(refusedIPv4, spelling, port, fc.constantFrom('http', 'https'), (octets, name, p, scheme) => {
        expect(judgeWebhookUrl(url(SPELLINGS[name]!(octets), p, scheme), NO_ALLOWED_HOSTS)).toEqual({ kind: 'refused', reason: 'internal' })
      }),
      { numRuns: 2000 },
    )
  })

  it('allows public IPv4 addresses in every spelling, and agrees with the table on any address', () => {
    fc.assert(
      fc.property(anyIPv4, spelling, (octets, name) => {
        const verdict = judgeWebhookUrl(url(SPELLINGS[name]!(octets), 443), NO_ALLOWED_HOSTS)
        if (inTable(octets, MUST_REFUSE)) expect(verdict.kind).toBe('refused')
        else if (!inTable(octets, MAY_REFUSE)) expect(verdict.kind).toBe('address')
      }),
      { numRuns: 2000 },
    )
  })

  it.each([
    'http://169.254.169.254/latest/meta-data/',
    'http://10.0.0.1:6379/',
    'http://127.1/',
    'http://2130706433/',
    'http://0x7f.1/',
    'http://[::1]/',
    'http://[::]/',
    'http://[0:0:0:0:0:0:0:1]:8080/',
    'http://[::ffff:127.0.0.1]/',
    'http://[::127.0.0.1]/',
    'http://0.0.0.0:3000/',
    'http://0/',
    'http://localhost:3000/',
    'http://LOCALHOST./',
    'http://api.localhost/',
    'http://[fd00:ec2::254]/latest/meta-data/',
    'http://[fe80::1]/',
    'http://[fc00::1]/',
    'http://[ff02::1]/',
    'http://[fec0::1]/',
    'http://100.100.100.200/',
    'http://224.0.0.1/',
    'http://255.255.255.255/',
  ])('refuses %s', (address) => {
    expect(judgeWebhookUrl(address, NO_ALLOWED_HOSTS)).toEqual({ kind: 'refused', reason: 'internal' })
  })

  it.each([
    ['ftp://example.org/hook', 'notHttp'],
    ['file:///etc/passwd', 'notHttp'],
    ['gopher://10.0.0.1:6379/_FLUSHALL', 'notHttp'],
    ['not a url', 'notUrl'],
  ])('refuses %s as %s', (address, reason) => {
    expect(judgeWebhookUrl(address, NO_ALLOWED_HOSTS)).toEqual({ kind: 'refused', reason })
  })

  it('lets public literals through and sends names to DNS', () => {
    expect(judgeWebhookUrl('https://203.0.114.7/hook', NO_ALLOWED_HOSTS)).toEqual({ address: '203.0.114.7', kind: 'address' })
    expect(judgeWebhookUrl('https://[2606:4700::1111]/hook', NO_ALLOWED_HOSTS)).toEqual({ address: '2606:4700::1111', kind: 'address' })
    expect(judgeWebhookUrl('https://Toa-Soan.example.VN./hook', NO_ALLOWED_HOSTS)).toEqual({ hostname: 'toa-soan.example.vn', kind: 'resolve' })
  })

  it('checks every address a name resolves to: one internal address refuses the name', () => {
    expect(mayConnectToAll(['93.184.215.14', '2606:2800:21f:cb07:6820:80da:af6b:8b2c'], NO_ALLOWED_HOSTS)).toBe(true)
    expect(mayConnectToAll(['93.184.215.14', '127.0.0.1'], NO_ALLOWED_HOSTS)).toBe(false)
    expect(mayConnectToAll(['93.184.215.14', '::ffff:10.0.0.1'], NO_ALLOWED_HOSTS)).toBe(false)
    expect(mayConnectToAll(['fd00:ec2::254'], NO_ALLOWED_HOSTS)).toBe(false)
    expect(mayConnectToAll([], NO_ALLOWED_HOSTS)).toBe(false)
  })

  it('knows IPv6 that carries IPv4 by the IPv4 it carries', () => {
    expect(isPublicAddress('64:ff9b::8.8.8.8')).toBe(true)
    expect(isPublicAddress('64:ff9b::10.0.0.1')).toBe(false)
    expect(isPublicAddress('2002:0808:0808::1')).toBe(true)
    expect(isPublicAddress('2002:a9fe:a9fe::1')).toBe(false)
    expect(isPublicAddress('2001:db8::1')).toBe(false)
    expect(isPublicAddress('not an address')).toBe(false)
  })
})

describe('NGUON_WEBHOOK_ALLOWED_HOSTS', () => {
  // Read inside each test: a parser that throws must fail the tests, not the loading of this file.
  let allowed: ReturnType<typeof parseAllowedHosts>
  beforeEach(() => {
    allowed = parseAllowedHosts(' receiver.internal. , 127.0.0.1, 10.20.0.0/16,[::1], fd12:3456::/32, bad/99, http://x, , 300.1.1.1/8 ')
  })

  it('reads names, addresses and ranges, and lists what it cannot read', () => {
    expect([...allowed.names]).toEqual(['receiver.internal'])
    expect(allowed.ranges.map(([a, bits]) => `${a.toString()}/${bits}`)).toEqual(['127.0.0.1/32', '10.20.0.0/16', '::1/128', 'fd12:3456::/32'])
    expect(allowed.invalid).toEqual(['bad/99', 'http://x', '300.1.1.1/8'])
    expect(parseAllowedHosts(undefined)).toEqual({ invalid: [], names: new Set(), ranges: [] })
  })

  it('allows exactly what it lists', () => {
    expect(judgeWebhookUrl('http://RECEIVER.internal/hook', allowed)).toEqual({ hostname: 'receiver.internal', kind: 'allowedName' })
    expect(judgeWebhookUrl('http://127.1:9/hook', allowed)).toEqual({ address: '127.0.0.1', kind: 'address' })
    expect(judgeWebhookUrl('http://[::ffff:127.0.0.1]/hook', allowed)).toEqual({ address: '127.0.0.1', kind: 'address' })
    expect(judgeWebhookUrl('http://10.20.3.4/hook', allowed)).toEqual({ address: '10.20.3.4', kind: 'address' })
    expect(judgeWebhookUrl('http://[fd12:3456::9]/hook', allowed).kind).toBe('address')
    expect(judgeWebhookUrl('http://[::1]/hook', allowed).kind).toBe('address')
    expect(mayConnectToAll(['10.20.0.9', '8.8.8.8'], allowed)).toBe(true)
  })

  it('refuses what it does not list', () => {
    for (const address of ['http://127.0.0.2/', 'http://10.21.0.1/', 'http://169.254.169.254/', 'http://localhost/', 'http://other.internal/', 'http://[fd12:3457::1]/']) {
      expect(judgeWebhookUrl(address, allowed).kind, address).not.toBe('address')
      expect(judgeWebhookUrl(address, allowed).kind, address).not.toBe('allowedName')
    }
    expect(mayConnectToAll(['10.20.0.9', '10.21.0.9'], allowed)).toBe(false)
  })

  it('takes a host name only in the form DNS has: labels of letters, digits, _ and -, at most 253 characters, not all digits', () => {
    const label = 'a'.repeat(63)
    const valid = ['a.example.org', 'x.y.z', 'relay-2', '24h.example.org', 'relay', 'Hooks.Example.ORG.', '_hooks.example.org', `${label}.${label}.${label}.${'b'.repeat(61)}`]
    const invalid = ['.example.org', '-bad.example.org', 'bad-.example.org', 'hooks.example.org:8080', 'exa mple.org', 'a..b', '999.1.1.1', '1.2.3.4.5', `${label}.${label}.${label}.${'b'.repeat(62)}`, `${'c'.repeat(64)}.org`]
    const read = parseAllowedHosts([...valid, ...invalid].join(','))
    expect([...read.names]).toEqual(['a.example.org', 'x.y.z', 'relay-2', '24h.example.org', 'relay', 'hooks.example.org', '_hooks.example.org', valid[7]])
    expect(read.invalid).toEqual(invalid)
    expect(read.ranges).toEqual([])
  })

  it('allows no name and no address when nothing is listed', () => {
    expect(NO_ALLOWED_HOSTS).toEqual({ invalid: [], names: new Set(), ranges: [] })
    expect(parseAllowedHosts('')).toEqual(NO_ALLOWED_HOSTS)
    expect(judgeWebhookUrl('http://receiver.internal/hook', NO_ALLOWED_HOSTS)).toEqual({ hostname: 'receiver.internal', kind: 'resolve' })
  })

  it('finds no listed range for what is not an address', () => {
    expect(isAllowedAddress('receiver.internal', allowed)).toBe(false)
    expect(isAllowedAddress('', allowed)).toBe(false)
    expect(isAllowedAddress('10.20.0.9', allowed)).toBe(true)
  })
})

describe('webhook host names', () => {
  it('are compared in lower case, without the brackets of an IPv6 literal or the trailing dots', () => {
    expect(normalHostName(' EXAMPLE.Org.. ')).toBe('example.org')
    expect(normalHostName('[::1]')).toBe('::1')
    // Only brackets around the whole host are an IPv6 literal's.
    expect(normalHostName('x[::1]')).toBe('x[::1]')
    expect(normalHostName('[::1]x')).toBe('[::1]x')
  })

  it('refuses the names that mean this machine, and a host that is only dots', () => {
    for (const url of ['http://localhost/', 'http://a.localhost/', 'http://localhost.localdomain/', 'http://LOCALHOST.localdomain./'])
      expect(judgeWebhookUrl(url, NO_ALLOWED_HOSTS), url).toEqual({ kind: 'refused', reason: 'internal' })
    expect(judgeWebhookUrl('http://localdomain/', NO_ALLOWED_HOSTS).kind).toBe('resolve')
    for (const url of ['http://./', 'http://../hook']) expect(judgeWebhookUrl(url, NO_ALLOWED_HOSTS), url).toEqual({ kind: 'refused', reason: 'notUrl' })
  })
})
