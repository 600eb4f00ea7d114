// When a source is polled next: due when active and its time has come; its interval after a success, and after
// failures in a row an exponentially longer wait, capped.

/** The shortest interval a source may have (the Sources collection refuses less). */
export const MIN_POLL_INTERVAL_SECONDS = 30
/** The interval of a source whose recorded one is unreadable (the collection's default). */
export const DEFAULT_POLL_INTERVAL_SECONDS = 300
/**
 * The longest wait after failures: a broken source is still tried four times a day, so a repair made in the morning
 * shows on the desk the same working day, while a dead one costs four requests a day.
 */
export const MAX_BACKOFF_SECONDS = 6 * 60 * 60

export type PollTiming = { active?: boolean | null; nextPollAt?: null | string }

/** The interval in seconds, at least the minimum; an unreadable one is the default. */
export function pollInterval(seconds: null | number | undefined): number {
  // Stryker disable next-line ConditionalExpression: the typeof narrows the type; Number.isFinite alone refuses the same values
  if (typeof seconds !== 'number' || !Number.isFinite(seconds)) return DEFAULT_POLL_INTERVAL_SECONDS
  return Math.max(MIN_POLL_INTERVAL_SECONDS, Math.floor(seconds))
}

/** Whether the scheduler polls the source now: active (not merely unset) and never polled or its time reached. */
export function isDue({ active, nextPollAt }: PollTiming, now: Date): boolean {
  if (active !== true) return false
  // Never polled (no time) or an unreadable time: due, or the source would stay unpolled for ever.
  // Stryker disable next-line StringLiteral: any stand-in for a missing time parses as no date, which is the point
  const at = Date.parse(nextPollAt ?? '')
  return Number.isNaN(at) || at <= now.getTime()
}

/** Seconds to wait after `failures` failures in a row (0 after a success): interval × 2^failures, capped. */
export function pollDelaySeconds({ failures, intervalSeconds }: { failures: number; intervalSeconds: null | number | undefined }): number {
  const interval = pollInterval(intervalSeconds)
  const inARow = Number.isNaN(failures) ? 0 : Math.max(0, Math.floor(failures))
  // A source polled daily is not polled more often for failing: the cap never shortens its own interval.
  const cap = Math.max(interval, MAX_BACKOFF_SECONDS)
  // 2^31 already exceeds any cap; stopping there keeps the product finite for any count of failures.
  return Math.min(cap, interval * 2 ** Math.min(inARow, 31))
}

/** When to poll next after a poll at `now` that left `failures` failures in a row (0 after a success or a 304). */
export function nextPollAt({ failures, intervalSeconds, now }: { failures: number; intervalSeconds: null | number | undefined; now: Date }): Date {
  return new Date(now.getTime() + pollDelaySeconds({ failures, intervalSeconds }) * 1000)
}
