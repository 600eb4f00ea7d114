import { describe, expect, it } from 'vitest'

import { createWriteLock, retryWhileBusy } from '../../src/sqliteWrites'

describe('the SQLite write lock', () => {
  it('lets writers in one at a time, first come first served', async () => {
    const lock = createWriteLock()
    const log: string[] = []
    const writer = async (name: string, ms: number) => {
      const release = await lock.acquire()
      log.push(`${name} in`)
      await new Promise((resolve) => setTimeout(resolve, ms))
      log.push(`${name} out`)
      release()
    }
    await Promise.all([writer('a', 20), writer('b', 1), writer('c', 5)])
    expect(log).toEqual(['a in', 'a out', 'b in', 'b out', 'c in', 'c out'])
  })

  it('ignores a second release', async () => {
    const lock = createWriteLock()
    const first = await lock.acquire()
    first()
    first()
    const second = await lock.acquire()
    let thirdIn = false
    const third = lock.acquire().then((release) => {
      thirdIn = true
      release()
    })
    await new Promise((resolve) => setTimeout(resolve, 10))
    expect(thirdIn).toBe(false)
    second()
    await third
    expect(thirdIn).toBe(true)
  })
})

describe('retryWhileBusy', () => {
  it('retries while another process holds the lock, then succeeds', async () => {
    let calls = 0
    const result = await retryWhileBusy(async () => {
      if (++calls < 4) throw new Error('SQLITE_BUSY: database is locked')
      return 'written'
    })
    expect(result).toBe('written')
    expect(calls).toBe(4)
  })

  it('does not retry other errors', async () => {
    let calls = 0
    await expect(
      retryWhileBusy(async () => {
        calls++
        throw new Error('SQLITE_CONSTRAINT: UNIQUE constraint failed')
      }),
    ).rejects.toThrow(/CONSTRAINT/)
    expect(calls).toBe(1)
  })

  it('gives up after the wait', async () => {
    await expect(retryWhileBusy(async () => Promise.reject(new Error('database is locked')), 30)).rejects.toThrow(/locked/)
  })
})
