import { afterEach, describe, expect, it, vi } from 'vitest'

import { onSenderWake, wakeSender } from '../../../src/delivery/senderSignal'

describe('wakeSender', () => {
  const unsubscribes: (() => void)[] = []
  const listen = (listener: () => void) => unsubscribes.push(onSenderWake(listener))

  afterEach(() => {
    for (const unsubscribe of unsubscribes.splice(0)) unsubscribe()
    vi.useRealTimers()
    vi.restoreAllMocks()
  })

  it('runs every listener on a later turn, not while the caller is still running', () => {
    vi.useFakeTimers()
    const woken: string[] = []
    listen(() => woken.push('first'))
    listen(() => woken.push('second'))
    wakeSender()
    expect(woken).toEqual([])
    vi.advanceTimersByTime(19)
    expect(woken).toEqual([])
    vi.advanceTimersByTime(1)
    expect(woken).toEqual(['first', 'second'])
  })

  it('stops waking a listener once it unsubscribed', () => {
    vi.useFakeTimers()
    const woken: string[] = []
    const unsubscribe = onSenderWake(() => woken.push('gone'))
    listen(() => woken.push('kept'))
    unsubscribe()
    wakeSender()
    vi.runAllTimers()
    expect(woken).toEqual(['kept'])
  })

  it('sets no timer when nobody listens', () => {
    vi.useFakeTimers()
    wakeSender()
    expect(vi.getTimerCount()).toBe(0)
  })

  it('does not keep the process alive while it waits', () => {
    const timers: NodeJS.Timeout[] = []
    const realSetTimeout = globalThis.setTimeout
    vi.spyOn(globalThis, 'setTimeout').mockImplementation(((handler: () => void, ms?: number) => {
      const timer = realSetTimeout(handler, ms)
      timers.push(timer)
      return timer
    }) as typeof setTimeout)
    listen(() => undefined)
    wakeSender()
    expect(timers).toHaveLength(1)
    expect(timers[0]!.hasRef()).toBe(false)
  })
})
