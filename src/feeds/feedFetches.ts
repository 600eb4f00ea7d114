// Remembers which outlet fetched which channel's feed, and writes it down at most once a minute per outlet, after the
// response is sent: the feed fast path only sets a map entry (see serveRememberedFeed).
import type { Channel } from '../content/vocabulary'

type Id = number | string

export type FeedFetch = { at: Date; channel: Channel }
/** Writes one outlet's fetches since its last write (latest time per channel). */
export type FetchWriter = (args: { fetches: FeedFetch[]; outlet: Id }) => Promise<void>

export const FETCH_WRITE_INTERVAL_MS = 60_000

export type FetchRecorder = {
  /** Called for every served feed request of an outlet: cheap, never waits. */
  note: (outlet: Id, channel: Channel, at?: number) => void
  /** Writes everything noted now (at shutdown, in tests). */
  flush: () => Promise<void>
  stop: () => void
}

/**
 * An outlet's first fetch is written at once (on a timer, off the request); later ones wait until a minute has passed
 * since its last write and are written together, the latest time per channel.
 */
export function createFetchRecorder({
  intervalMs = FETCH_WRITE_INTERVAL_MS,
  now = () => Date.now(),
  onError = () => undefined,
  write,
}: {
  intervalMs?: number
  now?: () => number
  onError?: (err: unknown) => void
  write: FetchWriter
}): FetchRecorder {
  // Keyed by the outlet id as the feeds give it (one type per database), times as epoch ms: note() allocates nothing
  // once an outlet and channel are known.
  const pending = new Map<Id, Map<Channel, number>>()
  const lastWrite = new Map<Id, number>()
  const timers = new Map<Id, ReturnType<typeof setTimeout>>()
  const writes = new Set<Promise<void>>()

  const writeOutlet = (outlet: Id) => {
    timers.delete(outlet)
    const channels = pending.get(outlet)
    // Stryker disable next-line ConditionalExpression: a timer is set only with fetches pending, and flush and stop clear both together
    if (!channels) return
    pending.delete(outlet)
    lastWrite.set(outlet, now())
    const fetches = [...channels].map(([channel, at]) => ({ at: new Date(at), channel }))
    // Stryker disable next-line ArrowFunction: a settled write left in the set only costs memory; flush awaits it at once
    const promise = write({ fetches, outlet }).catch(onError).finally(() => writes.delete(promise))
    writes.add(promise)
  }

  return {
    note(outlet, channel, at = now()) {
      let channels = pending.get(outlet)
      if (!channels) {
        channels = new Map()
        pending.set(outlet, channels)
      }
      // Stryker disable next-line EqualityOperator: noting the same time again stores the same value
      if (!((channels.get(channel) ?? 0) >= at)) channels.set(channel, at)
      if (timers.has(outlet)) return
      const wait = Math.max(0, (lastWrite.get(outlet) ?? Number.NEGATIVE_INFINITY) + intervalMs - now())
      const timer = setTimeout(() => writeOutlet(outlet), wait)
      // Stryker disable next-line OptionalChaining: Node's timers always have unref; the ?. is for runtimes whose timers are numbers
      timer.unref?.()
      timers.set(outlet, timer)
    },
    async flush() {
      for (const [outlet, timer] of timers) {
        clearTimeout(timer)
        writeOutlet(outlet)
      }
      await Promise.all([...writes])
    },
    stop() {
      for (const timer of timers.values()) clearTimeout(timer)
      timers.clear()
      pending.clear()
    },
  }
}
