// Closing the PostgreSQL pool while work is still running (a request or job finishing during SIGTERM):
// running queries may finish, overdue ones are cut off, idle checked-out clients do not hold the close up,
// and nothing throws outside the queries themselves.
import pg from 'pg'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { closeDatabaseConnections } from '../../src/db'
import { testDatabaseKind } from '../helpers/testPayload'

describe.skipIf(testDatabaseKind() !== 'postgres')('closing PostgreSQL connections', () => {
  let pool: pg.Pool
  const uncaught: unknown[] = []
  const onUncaught = (err: unknown) => uncaught.push(err)
  const tick = (ms = 50) => new Promise((resolve) => setTimeout(resolve, ms))

  beforeEach(() => {
    uncaught.length = 0
    process.on('uncaughtException', onUncaught)
    pool = new pg.Pool({ connectionString: process.env.TEST_DATABASE_URL })
  })
  afterEach(async () => {
    process.off('uncaughtException', onUncaught)
    if (!pool.ended) await pool.end()
  })

  it('lets a running query finish, then ends the pool', async () => {
    const running = pool.query<{ answer: number }>('select pg_sleep(0.4), 42 as answer')
    await tick()
    await closeDatabaseConnections({ pool })
    expect((await running).rows[0]!.answer).toBe(42)
    expect(pool.ended).toBe(true)
    await tick()
    expect(uncaught).toEqual([])
  })

  it('cuts off a query still running after the grace period, without an error outside it', async () => {
    const running = pool.query('select pg_sleep(30)').then(
      () => 'finished',
      () => 'cut off',
    )
    await tick()
    const started = Date.now()
    await closeDatabaseConnections({ pool }, { graceMs: 300 })
    expect(Date.now() - started).toBeLessThan(5_000)
    expect(await running).toBe('cut off')
    expect(pool.ended).toBe(true)
    await tick()
    expect(uncaught).toEqual([])
  })

  it('does not wait for a client checked out and left idle, and its later release is harmless', async () => {
    const held = await pool.connect()
    const started = Date.now()
    await closeDatabaseConnections({ pool })
    expect(Date.now() - started).toBeLessThan(1_000)
    expect(pool.ended).toBe(true)
    held.release()
    await tick()
    expect(uncaught).toEqual([])
  })
})
