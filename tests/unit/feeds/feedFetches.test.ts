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
})
