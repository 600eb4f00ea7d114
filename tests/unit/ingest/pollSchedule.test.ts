import { describe, expect, it } from 'vitest'

import { isDue, MAX_BACKOFF_SECONDS, nextPollAt, pollDelaySeconds, pollInterval } from '../../../src/ingest/pollSchedule'

const NOW = new Date('2026-12-05T12:00:00.000Z')
const at = (seconds: number) => new Date(NOW.getTime() + seconds * 1000).toISOString()

describe('isDue', () => {
  it.each([
    ['an active source never polled', { active: true, nextPollAt: null }, true],
    ['an active source with no time at all', { active: true }, true],
    ['an active source whose time has passed', { active: true, nextPollAt: at(-1) }, true],
    ['an active source whose time is now', { active: true, nextPollAt: at(0) }, true],
    ['an active source with an unreadable time', { active: true, nextPollAt: 'không phải ngày' }, true],
    ['an active source whose time is a second away', { active: true, nextPollAt: at(1) }, false],
    ['an inactive source never polled', { active: false, nextPollAt: null }, false],
    ['an inactive source long overdue', { active: false, nextPollAt: at(-86_400) }, false],
    ['a source whose active flag is unset', { active: null, nextPollAt: null }, false],
    ['a source with no active flag', { nextPollAt: at(-1) }, false],
  ])('%s: %s', (_case, source, due) => {
    expect(isDue(source, NOW)).toBe(due)
  })
})

describe('pollInterval', () => {
  it.each([
    [300, 300],
    [30, 30],
    [29, 30],
    [0, 30],
    [-600, 30],
    [90.7, 90],
    [null, 300],
    [undefined, 300],
    [Number.NaN, 300],
    [Number.POSITIVE_INFINITY, 300],
  ])('reads %s seconds as %s', (given, seconds) => {
    expect(pollInterval(given)).toBe(seconds)
  })
})

describe('pollDelaySeconds', () => {
  it.each([
    // interval, failures in a row, wait in seconds
    [300, 0, 300],
    [300, 1, 600],
    [300, 2, 1_200],
    [300, 3, 2_400],
    [300, 6, 19_200],
    [300, 7, MAX_BACKOFF_SECONDS],
    [300, 50, MAX_BACKOFF_SECONDS],
    [30, 0, 30],
    [30, 1, 60],
    [30, 9, 15_360],
    [30, 10, MAX_BACKOFF_SECONDS],
    [10, 0, 30],
    [10, 1, 60],
    // A daily source keeps its day: the cap never shortens the interval.
    [86_400, 0, 86_400],
    [86_400, 5, 86_400],
    [null, 1, 600],
  ])('waits, for an interval of %s s after %s failures, %s s', (intervalSeconds, failures, seconds) => {
    expect(pollDelaySeconds({ failures, intervalSeconds })).toBe(seconds)
  })

  it.each([1_024, 1_100, 1e9, Number.MAX_SAFE_INTEGER, Number.POSITIVE_INFINITY])('stays finite and capped after %s failures', (failures) => {
    const seconds = pollDelaySeconds({ failures, intervalSeconds: 300 })
    expect(Number.isFinite(seconds)).toBe(true)
    expect(seconds).toBe(MAX_BACKOFF_SECONDS)
  })

  it.each([-1, -5, Number.NaN])('reads %s failures as none', (failures) => {
    expect(pollDelaySeconds({ failures, intervalSeconds: 300 })).toBe(300)
  })

  it('never waits less after more failures', () => {
    let previous = 0
    for (let failures = 0; failures < 64; failures++) {
      const seconds = pollDelaySeconds({ failures, intervalSeconds: 45 })
      expect(seconds).toBeGreaterThanOrEqual(previous)
      previous = seconds
    }
  })
})

describe('nextPollAt', () => {
  it('is the interval after a success and grows with each failure in a row', () => {
    expect(nextPollAt({ failures: 0, intervalSeconds: 300, now: NOW }).toISOString()).toBe(at(300))
    expect(nextPollAt({ failures: 1, intervalSeconds: 300, now: NOW }).toISOString()).toBe(at(600))
    expect(nextPollAt({ failures: 4, intervalSeconds: 300, now: NOW }).toISOString()).toBe(at(4_800))
    expect(nextPollAt({ failures: 40, intervalSeconds: 300, now: NOW }).toISOString()).toBe(at(6 * 3600))
  })
})
