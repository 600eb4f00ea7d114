// How a source is doing, from what the poller records about it: the admin home page flags the ones that need a look.

export type SourceStatus = {
  active?: boolean | null
  failures?: null | number
  lastError?: null | string
  lastPolledAt?: null | string
  lastSuccessAt?: null | string
  nextPollAt?: null | string
}

/**
 * `failing`: the last poll failed (failures in a row); `late`: its next poll is long past, so nothing is polling it;
 * `never`: not polled yet; `inactive`: switched off; `ok` otherwise.
 */
export type SourceHealth = 'failing' | 'inactive' | 'late' | 'never' | 'ok'

/** A poll this long overdue means the scheduler is not taking the source (it runs every few seconds). */
export const LATE_AFTER_MS = 15 * 60_000

export function sourceHealth(source: SourceStatus, now: Date): SourceHealth {
  if (source.active === false) return 'inactive'
  if ((source.failures ?? 0) > 0) return 'failing'
  if (!source.lastPolledAt) return 'never'
  const next = source.nextPollAt ? Date.parse(source.nextPollAt) : NaN
  if (Number.isFinite(next) && now.getTime() - next > LATE_AFTER_MS) return 'late'
  return 'ok'
}

/** Whether the home page flags the source: failing or late sources need an admin. */
export const needsAttention = (health: SourceHealth): boolean => health === 'failing' || health === 'late'

const ORDER: SourceHealth[] = ['failing', 'late', 'never', 'ok', 'inactive']

/** Failing first, then late, never polled, fine and switched off; by name within each. */
export const byAttention = <T extends { health: SourceHealth; name: string }>(a: T, b: T): number =>
  ORDER.indexOf(a.health) - ORDER.indexOf(b.health) || a.name.localeCompare(b.name, 'vi')
