import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import { createFetchRecorder, type FeedFetch } from '../../../src/feeds/feedFetches'

type Written = { fetches: FeedFetch[]; outlet: number | string; writtenAt: number }

describe('feed fetch recorder', () => {
  let written: Written[]
  const start = Date.parse('2023-12-10T00:00:00Z')
  const recorder = () =>
    createFetchRecorder({
      write: async ({ fetches, outlet }) => {
        written.push({ fetches, outlet, writtenAt: Date.now() })
      },
    })

  beforeEach(() => {
    written = []
    vi.useFakeTimers({ now: start })
  })
  afterEach(() => vi.useRealTimers())

  it("writes an outlet's first fetch at once, after the request, not during it", async () => {
    const fetches = recorder()
    fetches.note(1, 'newspaper')
    expect(written).toEqual([])
    await vi.advanceTimersByTimeAsync(0)
    expect(written).toEqual([{ fetches: [{ at: new Date(start), channel: 'newspaper' }], outlet: 1, writtenAt: start }])
  })

  it('writes an outlet at most once a minute, with the latest time per channel', async () => {
    const fetches = recorder()
    fetches.note(1, 'newspaper')
    await vi.advanceTimersByTimeAsync(0)
    for (let second = 1; second <= 90; second++) {
      await vi.advanceTimersByTimeAsync(1000)
      fetches.note(1, second % 2 ? 'newspaper' : 'web')
    }
    await vi.advanceTimersByTimeAsync(60_000)
    const times = written.map((write) => write.writtenAt - start)
    expect(times).toEqual([0, 60_000, 120_000])
    for (let i = 1; i < times.length; i++) expect(times[i]! - times[i - 1]!).toBeGreaterThanOrEqual(60_000)
    // The write at 60 s carries the fetches of seconds 1–59; the one at 120 s those of seconds 60–90.
    expect(written[1]!.fetches).toEqual([
      { at: new Date(start + 59_000), channel: 'newspaper' },
      { at: new Date(start + 58_000), channel: 'web' },
    ])
    expect(written[2]!.fetches).toEqual([
      { at: new Date(start + 90_000), channel: 'web' },
      { at: new Date(start + 89_000), channel: 'newspaper' },
    ])
  })

  it('keeps outlets apart: one busy outlet does not hold back another', async () => {
    const fetches = recorder()
    fetches.note(1, 'radio')
    await vi.advanceTimersByTimeAsync(0)
    fetches.note(1, 'radio')
    fetches.note(2, 'radio')
    await vi.advanceTimersByTimeAsync(0)
    expect(written.map((write) => write.outlet)).toEqual([1, 2])
  })

  it('writes nothing when nothing was fetched, and everything on flush', async () => {
    const fetches = recorder()
    await vi.advanceTimersByTimeAsync(600_000)
    expect(written).toEqual([])
    fetches.note(3, 'television')
    await fetches.flush()
    expect(written).toHaveLength(1)
  })

  it('survives a failed write and writes again later', async () => {
    const errors: unknown[] = []
    let fail = true
    const fetches = createFetchRecorder({
      onError: (err) => errors.push(err),
      write: async ({ outlet }) => {
        if (fail) throw new Error('database is locked')
        written.push({ fetches: [], outlet, writtenAt: Date.now() })
      },
    })
    fetches.note(1, 'web')
    await vi.advanceTimersByTimeAsync(0)
    expect(errors).toHaveLength(1)
    fail = false
    fetches.note(1, 'web')
    await vi.advanceTimersByTimeAsync(60_000)
    expect(written).toHaveLength(1)
  })

  it('keeps the latest time of a channel when an older fetch is noted after it', async () => {
    const fetches = recorder()
    fetches.note(1, 'web', start + 5000)
    fetches.note(1, 'web', start + 2000)
    fetches.note(1, 'radio', start + 1000)
    await vi.advanceTimersByTimeAsync(0)
    expect(written[0]!.fetches).toEqual([
      { at: new Date(start + 5000), channel: 'web' },
      { at: new Date(start + 1000), channel: 'radio' },
    ])
  })

  it('follows the interval and clock it is given', async () => {
    let clock = 1_000_000
    const fetches = createFetchRecorder({
      intervalMs: 5000,
      now: () => clock,
      write: async ({ fetches, outlet }) => {
        written.push({ fetches, outlet, writtenAt: clock })
      },
    })
    fetches.note(1, 'web')
    await vi.advanceTimersByTimeAsync(0)
    clock += 1000
    fetches.note(1, 'web')
    // Written at the given clock's 1,000 ms plus the interval left (4,000 ms), not after the default minute.
    await vi.advanceTimersByTimeAsync(3999)
    expect(written).toHaveLength(1)
    clock += 4000
    await vi.advanceTimersByTimeAsync(1)
    expect(written.map((write) => write.fetches)).toEqual([[{ at: new Date(1_000_000), channel: 'web' }], [{ at: new Date(1_001_000), channel: 'web' }]])
  })

  it('waits on flush for writes already under way', async () => {
    let finish = () => undefined as void
    const fetches = createFetchRecorder({
      write: ({ fetches, outlet }) =>
        new Promise<void>((resolve) => {
          finish = () => {
            written.push({ fetches, outlet, writtenAt: Date.now() })
            resolve()
          }
        }),
    })
    fetches.note(1, 'web')
    await vi.advanceTimersByTimeAsync(0)
    let flushed = false
    const flushing = fetches.flush().then(() => (flushed = true))
    await vi.advanceTimersByTimeAsync(0)
    expect(flushed).toBe(false)
    finish()
    await flushing
    expect(written).toHaveLength(1)
  })

  it('writes once on flush, and not again when the timer would have fired', async () => {
    const fetches = recorder()
    fetches.note(1, 'web')
    await fetches.flush()
    await vi.advanceTimersByTimeAsync(120_000)
    expect(written).toHaveLength(1)
  })

  it('forgets what was noted and writes nothing after stop', async () => {
    const fetches = recorder()
    fetches.note(1, 'web')
    fetches.note(2, 'radio')
    fetches.stop()
    await vi.advanceTimersByTimeAsync(120_000)
    await fetches.flush()
    expect(written).toEqual([])
    // Noted again after stop, an outlet is written as usual.
    fetches.note(1, 'web')
    await vi.advanceTimersByTimeAsync(0)
    expect(written.map((write) => write.fetches)).toEqual([[{ at: new Date(start + 120_000), channel: 'web' }]])
  })

  it('ignores a failed write without an error handler', async () => {
    const fetches = createFetchRecorder({
      write: async () => {
        throw new Error('database is locked')
      },
    })
    fetches.note(1, 'web')
    await expect(fetches.flush()).resolves.toBeUndefined()
  })

  it('does not keep the process alive for a pending write', () => {
    vi.useRealTimers()
    const fetches = recorder()
    const realSetTimeout = globalThis.setTimeout
    const timers: NodeJS.Timeout[] = []
    const spy = vi.spyOn(globalThis, 'setTimeout').mockImplementation(((handler: () => void, ms?: number) => {
      const timer = realSetTimeout(handler, ms)
      timers.push(timer)
      return timer
    }) as typeof setTimeout)
    try {
      fetches.note(1, 'web')
      expect(timers).toHaveLength(1)
      expect(timers[0]!.hasRef()).toBe(false)
    } finally {
      spy.mockRestore()
      fetches.stop()
    }
  })

  it('waits a full minute after a flush before writing the same outlet again', async () => {
    const fetches = recorder()
    fetches.note(1, 'web')
    await vi.advanceTimersByTimeAsync(0)
    await vi.advanceTimersByTimeAsync(1000)
    fetches.note(1, 'web')
    await vi.advanceTimersByTimeAsync(500)
    fetches.note(1, 'radio')
    await vi.advanceTimersByTimeAsync(500)
    await fetches.flush()
    await vi.advanceTimersByTimeAsync(28_000)
    fetches.note(1, 'web')
    // The flush wrote at 2 s: the next write is due at 62 s, not when a timer of before the flush would have fired.
    await vi.advanceTimersByTimeAsync(31_999)
    expect(written.map((write) => write.writtenAt - start)).toEqual([0, 2000])
    await vi.advanceTimersByTimeAsync(1)
    expect(written.map((write) => write.writtenAt - start)).toEqual([0, 2000, 62_000])
  })
})
