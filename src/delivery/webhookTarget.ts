// Resolves a webhook URL's host once and checks every address (src/delivery/webhookAddress.ts); the connection then
// goes to the checked addresses only, so a DNS answer that changes in between (rebinding) cannot redirect it.
import type { LookupAddress, LookupAllOptions, LookupOptions } from 'node:dns'

import { lookup as dnsLookup } from 'node:dns/promises'
import { isIP } from 'node:net'

import { type AllowedHosts, judgeWebhookUrl, mayConnectToAll, parseAllowedHosts } from './webhookAddress'

export type ResolveAll = (hostname: string) => Promise<LookupAddress[]>

// Stryker disable next-line BooleanLiteral: verbatim (the resolver's own order, Node 20's default too) differs from IPv4-first only where the system resolver answers IPv6 first, which a test cannot arrange here
const resolveWithDns: ResolveAll = (hostname) => dnsLookup(hostname, { all: true, verbatim: true })

/** Where a webhook may be sent now: the addresses to connect to, refused, or a DNS failure (retried like any network error). */
export type WebhookTarget = { addresses: LookupAddress[]; kind: 'ok' } | { error: unknown; kind: 'unresolved' } | { kind: 'refused'; reason: 'internal' | 'notHttp' | 'notUrl' }

let warnedAbout: string | undefined

/** The operator's allow-list, read when asked so that a changed environment (and a test) takes effect; unreadable entries allow nothing and are named once in the log. */
export function allowedWebhookHosts(env: NodeJS.ProcessEnv = process.env): AllowedHosts {
  const allowed = parseAllowedHosts(env.NGUON_WEBHOOK_ALLOWED_HOSTS)
  if (allowed.invalid.length && warnedAbout !== env.NGUON_WEBHOOK_ALLOWED_HOSTS) {
    warnedAbout = env.NGUON_WEBHOOK_ALLOWED_HOSTS
    console.warn(`nguon: NGUON_WEBHOOK_ALLOWED_HOSTS: ignoring ${allowed.invalid.join(', ')} (not a host name, IP address or CIDR range)`)
  }
  return allowed
}

export async function resolveWebhookTarget({ allowed, resolve = resolveWithDns, url }: { allowed: AllowedHosts; resolve?: ResolveAll; url: string }): Promise<WebhookTarget> {
  const verdict = judgeWebhookUrl(url, allowed)
  switch (verdict.kind) {
    case 'refused':
      return verdict
    case 'address':
      return { addresses: [{ address: verdict.address, family: isIP(verdict.address) }], kind: 'ok' }
    case 'allowedName':
    case 'resolve': {
      let addresses: LookupAddress[]
      try {
        addresses = await resolve(verdict.hostname)
      } catch (error) {
        return { error, kind: 'unresolved' }
      }
      if (verdict.kind === 'resolve' && !mayConnectToAll(addresses.map((a) => a.address), allowed)) return { kind: 'refused', reason: 'internal' }
      if (!addresses.length) return { error: new Error(`no address for ${verdict.hostname}`), kind: 'unresolved' }
      return { addresses, kind: 'ok' }
    }
  }
}

type LookupCallback = (err: NodeJS.ErrnoException | null, address: LookupAddress[] | string, family?: number) => void

/** A `lookup` for http.request that answers with the checked addresses only, whatever name it is asked about. */
export function pinnedLookup(addresses: readonly LookupAddress[]) {
  return (_hostname: string, options: LookupAllOptions | LookupOptions | number, callback: LookupCallback): void => {
    const family = typeof options === 'number' ? options : options.family === 'IPv4' ? 4 : options.family === 'IPv6' ? 6 : (options.family ?? 0)
    const usable = family ? addresses.filter((a) => a.family === family) : [...addresses]
    if (!usable.length) {
      const err: NodeJS.ErrnoException = Object.assign(new Error('no checked address of the requested family'), { code: 'ENOTFOUND' })
      return callback(err, [])
    }
    // Stryker disable next-line ConditionalExpression: a number has no `all`, so the typeof check only narrows the type
    if (typeof options === 'object' && options.all) return callback(null, usable)
    callback(null, usable[0]!.address, usable[0]!.family)
  }
}
