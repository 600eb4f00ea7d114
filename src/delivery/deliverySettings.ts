// Webhook sender settings from the environment, read when a round starts, so tests and operators can shorten them.
import type { Env } from '../settings'

export type DeliverySettings = {
  baseDelayMs: number
  /** How many requests one worker keeps in flight at most. */
  concurrency: number
  /** How many of them may go to one host (host:port), so one slow newsroom server cannot take every slot. */
  hostConcurrency: number
  maxAttempts: number
  maxDelayMs: number
  timeoutMs: number
}

export const DEFAULT_DELIVERY_SETTINGS: DeliverySettings = {
  baseDelayMs: 30_000,
  concurrency: 64,
  hostConcurrency: 16,
  maxAttempts: 8,
  maxDelayMs: 6 * 60 * 60 * 1000,
  timeoutMs: 15_000,
}

const VARIABLES: Record<keyof DeliverySettings, string> = {
  baseDelayMs: 'NGUON_WEBHOOK_BASE_DELAY_MS',
  concurrency: 'NGUON_WEBHOOK_CONCURRENCY',
  hostConcurrency: 'NGUON_WEBHOOK_HOST_CONCURRENCY',
  maxAttempts: 'NGUON_WEBHOOK_MAX_ATTEMPTS',
  maxDelayMs: 'NGUON_WEBHOOK_MAX_DELAY_MS',
  timeoutMs: 'NGUON_WEBHOOK_TIMEOUT_MS',
}

/** Each setting from its NGUON_WEBHOOK_* variable when that is a positive whole number; throws on anything else. */
export function deliverySettings(env: Env = process.env): DeliverySettings {
  const settings = { ...DEFAULT_DELIVERY_SETTINGS }
  for (const [key, variable] of Object.entries(VARIABLES) as [keyof DeliverySettings, string][]) {
    const raw = env[variable]?.trim()
    if (!raw) continue
    const value = Number(raw)
    if (!Number.isInteger(value) || value < 1) throw new Error(`${variable} "${raw}" must be a positive whole number`)
    settings[key] = value
  }
  return settings
}
