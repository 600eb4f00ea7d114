import { describe, expect, it } from 'vitest'

import { checkMetricsAccess, isLoopback } from '../../../src/ops/metricsAccess'

describe('who may read /metrics', () => {
  it.each(['127.0.0.1', '127.8.9.10', '::1', '::ffff:127.0.0.1'])('without a token, this machine (%s) may', (remoteAddress) => {
    expect(checkMetricsAccess({ remoteAddress })).toEqual({ allowed: true })
  })

  it.each(['10.0.0.5', '192.168.1.20', '::ffff:10.0.0.5', '2001:db8::1', 'fe80::1', '0.0.0.0', '', 'localhost', undefined])(
    'without a token, another address (%s) may not',
    (remoteAddress) => {
      expect(checkMetricsAccess({ remoteAddress })).toMatchObject({ allowed: false, status: 403 })
    },
  )

  it('a request forwarded by a proxy on this machine is not local', () => {
    expect(checkMetricsAccess({ forwarded: true, remoteAddress: '127.0.0.1' })).toMatchObject({ allowed: false, status: 403 })
  })

  it('with a token, only its bearer may, from anywhere', () => {
    const token = 's3cret-metrics-token'
    expect(checkMetricsAccess({ authorization: `Bearer ${token}`, remoteAddress: '203.0.113.7', token })).toEqual({ allowed: true })
    expect(checkMetricsAccess({ authorization: `bearer ${token}`, forwarded: true, remoteAddress: '127.0.0.1', token })).toEqual({ allowed: true })
    expect(checkMetricsAccess({ remoteAddress: '127.0.0.1', token })).toMatchObject({ allowed: false, status: 401 })
    expect(checkMetricsAccess({ authorization: `Basic ${token}`, remoteAddress: '127.0.0.1', token })).toMatchObject({ allowed: false, status: 401 })
    expect(checkMetricsAccess({ authorization: `Bearer ${token}x`, remoteAddress: '127.0.0.1', token })).toMatchObject({ allowed: false, status: 403 })
    expect(checkMetricsAccess({ authorization: 'Bearer s3cret', remoteAddress: '127.0.0.1', token })).toMatchObject({ allowed: false, status: 403 })
  })

  it('reads IPv4-mapped IPv6 addresses as the IPv4 they carry', () => {
    expect(isLoopback('::ffff:127.0.0.2')).toBe(true)
    expect(isLoopback('::ffff:8.8.8.8')).toBe(false)
  })
})
