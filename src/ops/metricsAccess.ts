// Who may read /metrics: the holder of METRICS_TOKEN when one is set, otherwise only this machine (loopback).
import { timingSafeEqual } from 'node:crypto'

import ipaddr from 'ipaddr.js'

export type MetricsAccess = { allowed: true } | { allowed: false; status: 401 | 403; reason: string }

export function isLoopback(address: string | undefined): boolean {
  if (!address || !ipaddr.isValid(address)) return false
  let parsed = ipaddr.parse(address)
  if (parsed.kind() === 'ipv6' && (parsed as ipaddr.IPv6).isIPv4MappedAddress()) parsed = (parsed as ipaddr.IPv6).toIPv4Address()
  return parsed.range() === 'loopback'
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given)
  const b = Buffer.from(expected)
  return a.length === b.length && timingSafeEqual(a, b)
}

/**
 * `remoteAddress` is the TCP peer, never a forwarded header. A request that came through a proxy (it carries
 * X-Forwarded-For or Forwarded) is not local even when the proxy runs on this machine: without a token it is refused.
 */
export function checkMetricsAccess({
  authorization,
  forwarded = false,
  remoteAddress,
  token,
}: {
  authorization?: string
  forwarded?: boolean
  remoteAddress?: string
  token?: string
}): MetricsAccess {
  if (token) {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '')
    if (!match) return { allowed: false, reason: 'Bearer token required (METRICS_TOKEN)', status: 401 }
    return sameSecret(match[1]!, token) ? { allowed: true } : { allowed: false, reason: 'wrong token', status: 403 }
  }
  return !forwarded && isLoopback(remoteAddress) ? { allowed: true } : { allowed: false, reason: 'metrics are served to this machine only; set METRICS_TOKEN to read them from elsewhere', status: 403 }
}
