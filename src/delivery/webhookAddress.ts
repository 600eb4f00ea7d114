// Where webhooks may go: public unicast addresses only, unless the operator allows a host name, address or range
// (NGUON_WEBHOOK_ALLOWED_HOSTS). The rule behind the save-time and send-time checks, without Payload or the network.
import ipaddr from 'ipaddr.js'

type Address = ipaddr.IPv4 | ipaddr.IPv6

/** What NGUON_WEBHOOK_ALLOWED_HOSTS lets through: exact host names, and addresses or CIDR ranges. */
export type AllowedHosts = { invalid: string[]; names: ReadonlySet<string>; ranges: readonly [Address, number][] }

export const NO_ALLOWED_HOSTS: AllowedHosts = { invalid: [], names: new Set(), ranges: [] }

/** What the URL's host says before any DNS: refused, allowed as it stands, or a name whose addresses must be checked. */
export type UrlVerdict =
  | { address: string; kind: 'address' }
  | { hostname: string; kind: 'allowedName' }
  | { hostname: string; kind: 'resolve' }
  | { kind: 'refused'; reason: 'internal' | 'notHttp' | 'notUrl' }

/** Lower case, without the brackets of an IPv6 literal or the trailing dots of a fully qualified name. */
export function normalHostName(hostname: string): string {
  return hostname.trim().toLowerCase().replace(/^\[(.*)\]$/, '$1').replace(/\.+$/, '')
}

/** An IP address in any spelling ipaddr.js and WHATWG URLs accept (127.1, 2130706433, 0x7f.1, ::ffff:127.0.0.1), IPv4-mapped IPv6 as IPv4. */
function parseAddress(text: string): Address | null {
  const host = normalHostName(text)
  // ipaddr.parse takes exactly what isValid accepts (it tries the same two parsers), so process does not throw here.
  return ipaddr.isValid(host) ? ipaddr.process(host) : null
}

/** The IPv4 address an IPv6 address carries for translation (NAT64 64:ff9b::/96, 6to4 2002::/16), if any. */
function embeddedIPv4(address: ipaddr.IPv6): ipaddr.IPv4 | null {
  const bytes = address.toByteArray()
  switch (address.range()) {
    case 'rfc6052':
      return new ipaddr.IPv4(bytes.slice(12, 16))
    case '6to4':
      return new ipaddr.IPv4(bytes.slice(2, 6))
    // Stryker disable next-line ConditionalExpression: without a default the switch ends and answers undefined, which the caller reads as none
    default:
      return null
  }
}

/**
 * Whether an address is on the public Internet: not loopback, private, link-local (169.254.169.254 included),
 * unique-local (fd00:ec2::254 included), multicast, unspecified, CGNAT, broadcast, reserved or documentation.
 */
export function isPublicAddress(text: string): boolean {
  const address = parseAddress(text)
  if (!address) return false
  if (address.kind() === 'ipv4') return address.range() === 'unicast'
  const v6 = address as ipaddr.IPv6
  const carried = embeddedIPv4(v6)
  if (carried) return carried.range() === 'unicast'
  // ::a.b.c.d (IPv4-compatible, deprecated) is not in ipaddr.js's table; nothing public lives in ::/96.
  if (v6.parts.slice(0, 6).every((part) => part === 0)) return false
  return v6.range() === 'unicast'
}

const HOST_NAME = /^(?=.{1,253}$)([a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9_])?)(\.[a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9_])?)*$/

/** Parses NGUON_WEBHOOK_ALLOWED_HOSTS: comma-separated host names, IP addresses or CIDR ranges; anything else is listed in `invalid` and allows nothing. */
export function parseAllowedHosts(text: string | undefined): AllowedHosts {
  const names = new Set<string>()
  const ranges: [Address, number][] = []
  const invalid: string[] = []
  for (const raw of (text ?? '').split(',')) {
    const entry = raw.trim()
    if (!entry) continue
    if (entry.includes('/')) {
      try {
        const [address, bits] = ipaddr.parseCIDR(normalHostName(entry))
        ranges.push([address, bits])
      } catch {
        invalid.push(entry)
      }
      continue
    }
    const address = parseAddress(entry)
    if (address) {
      ranges.push([address, address.kind() === 'ipv4' ? 32 : 128])
      continue
    }
    const name = normalHostName(entry)
    if (HOST_NAME.test(name) && !/^[0-9.]+$/.test(name)) names.add(name)
    else invalid.push(entry)
  }
  return { invalid, names, ranges }
}

/** Whether the operator allowed this address (an IPv4-mapped IPv6 address counts as its IPv4 address). */
export function isAllowedAddress(text: string, allowed: AllowedHosts): boolean {
  const address = parseAddress(text)
  if (!address) return false
  return allowed.ranges.some(([range, bits]) => range.kind() === address.kind() && address.match(range, bits))
}

/** May a webhook connect to this address? */
export const mayConnectTo = (address: string, allowed: AllowedHosts): boolean => isPublicAddress(address) || isAllowedAddress(address, allowed)

/** Names that mean this machine whatever DNS says (RFC 6761). */
const isLocalName = (name: string) => name === 'localhost' || name.endsWith('.localhost') || name === 'localhost.localdomain'

/** The first look at a webhook URL: its scheme, and its host as a literal address or a name. */
export function judgeWebhookUrl(url: string, allowed: AllowedHosts): UrlVerdict {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return { kind: 'refused', reason: 'notUrl' }
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return { kind: 'refused', reason: 'notHttp' }
  const hostname = normalHostName(parsed.hostname)
  if (!hostname) return { kind: 'refused', reason: 'notUrl' }
  if (allowed.names.has(hostname)) return { hostname, kind: 'allowedName' }
  const address = parseAddress(hostname)
  if (address) return mayConnectTo(hostname, allowed) ? { address: address.toString(), kind: 'address' } : { kind: 'refused', reason: 'internal' }
  if (isLocalName(hostname)) return { kind: 'refused', reason: 'internal' }
  return { hostname, kind: 'resolve' }
}

/** A name resolves to where a webhook may go only if every address it resolves to may be connected to (and there is one). */
export const mayConnectToAll = (addresses: readonly string[], allowed: AllowedHosts): boolean =>
  addresses.length > 0 && addresses.every((address) => mayConnectTo(address, allowed))
