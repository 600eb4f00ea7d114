import { describe, expect, it } from 'vitest'

import { DEFAULT_DELIVERY_SETTINGS, type DeliverySettings, deliverySettings } from '../../../src/delivery/deliverySettings'

describe('deliverySettings', () => {
  it('uses the defaults without any NGUON_WEBHOOK_* variable', () => {
    expect(deliverySettings({})).toEqual({ baseDelayMs: 30_000, concurrency: 64, hostConcurrency: 16, maxAttempts: 8, maxDelayMs: 21_600_000, timeoutMs: 15_000 })
  })

  it.each<[string, keyof DeliverySettings]>([
    ['NGUON_WEBHOOK_BASE_DELAY_MS', 'baseDelayMs'],
    ['NGUON_WEBHOOK_CONCURRENCY', 'concurrency'],
    ['NGUON_WEBHOOK_HOST_CONCURRENCY', 'hostConcurrency'],
    ['NGUON_WEBHOOK_MAX_ATTEMPTS', 'maxAttempts'],
    ['NGUON_WEBHOOK_MAX_DELAY_MS', 'maxDelayMs'],
    ['NGUON_WEBHOOK_TIMEOUT_MS', 'timeoutMs'],
  ])('reads %s into %s, leaving the others at their defaults', (variable, key) => {
    expect(deliverySettings({ [variable]: ' 7 ' })).toEqual({ ...DEFAULT_DELIVERY_SETTINGS, [key]: 7 })
    expect(deliverySettings({ [variable]: '1' })[key]).toBe(1)
  })

  it('reads several at once', () => {
    expect(deliverySettings({ NGUON_WEBHOOK_MAX_ATTEMPTS: '3', NGUON_WEBHOOK_TIMEOUT_MS: '500' })).toEqual({ ...DEFAULT_DELIVERY_SETTINGS, maxAttempts: 3, timeoutMs: 500 })
  })

  it.each(['', '   '])('treats NGUON_WEBHOOK_TIMEOUT_MS=%j as unset', (value) => {
    expect(deliverySettings({ NGUON_WEBHOOK_TIMEOUT_MS: value }).timeoutMs).toBe(15_000)
  })

  it.each(['0', '-1', '1.5', 'soon'])('refuses NGUON_WEBHOOK_TIMEOUT_MS=%s, naming the variable and the value', (value) => {
    expect(() => deliverySettings({ NGUON_WEBHOOK_TIMEOUT_MS: ` ${value}` })).toThrow(`NGUON_WEBHOOK_TIMEOUT_MS "${value}" must be a positive whole number`)
  })

  it('does not change the defaults it starts from', () => {
    deliverySettings({ NGUON_WEBHOOK_CONCURRENCY: '2' })
    expect(DEFAULT_DELIVERY_SETTINGS.concurrency).toBe(64)
  })
})
