// One writer at a time on the embedded SQLite database.
//
// libsql opens a fresh connection (with no busy timeout) for each transaction, so a second writer in this
// process would fail at once with SQLITE_BUSY, and a busy timeout would not help against it: SQLite waits
// synchronously, freezing the very event loop the lock holder needs. So writers in this process queue here.
//
// Against another process (a jobs worker, a second app instance) a short busy timeout is right: the holder
// does not need our event loop, and write transactions last milliseconds. Each write first sets it on the
// connection it is about to use. When SQLite still answers SQLITE_BUSY, the statement that failed stays
// "in progress" on its connection (SQLite keeps a busy statement resumable and libsql never resets it), and
// that connection would then fail every later BEGIN with SQLITE_BUSY_SNAPSHOT and every COMMIT with
// "statements in progress". So a busy connection is retired (see `retire`) before the write is tried again.
//
// A request never waits for itself: Payload writes some things outside the transaction its own operation
// holds (forgot-password reserves its rate-limit slot that way), and such a write would wait for the lock its
// own request holds. Each HTTP request runs in a write scope (`inWriteScope`); a write made in a scope whose
// transaction is open joins that transaction instead of queueing behind it.

import { AsyncLocalStorage } from 'node:async_hooks'

type Statement = string | { sql: string }
type Transaction = {
  batch?: (...args: unknown[]) => Promise<unknown>
  close: () => void
  commit: () => Promise<unknown>
  execute?: (statement: Statement, ...rest: unknown[]) => Promise<unknown>
  executeMultiple?: (sql: string) => Promise<unknown>
  rollback: () => Promise<unknown>
}
export type LibsqlClient = {
  batch: (...args: unknown[]) => Promise<unknown>
  execute: (statement: Statement, ...rest: unknown[]) => Promise<unknown>
  executeMultiple: (sql: string) => Promise<unknown>
  transaction: (mode?: string) => Promise<Transaction>
}

/** How long a writer keeps retrying while another process holds the database's write lock. */
export const BUSY_WAIT_MS = 15_000

/** How long one attempt waits (synchronously, inside SQLite) for another process's write transaction. */
export const CROSS_PROCESS_BUSY_MS = 2_000

const WRITE = /^\s*(insert|update|delete|replace|create|drop|alter|with[\s\S]*\b(insert|update|delete)\b)/i
const isBusy = (err: unknown) => /SQLITE_BUSY|database is locked/i.test(String((err as Error)?.message ?? err))
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** A first-come, first-served lock; `acquire` resolves with the function that releases it. */
export function createWriteLock() {
  let tail: Promise<void> = Promise.resolve()
  return {
    acquire(): Promise<() => void> {
      let release!: () => void
      const held = new Promise<void>((resolve) => (release = resolve))
      const ready = tail.then(() => {
        let released = false
        return () => {
          if (!released) {
            released = true
            release()
          }
        }
      })
      tail = tail.then(() => held)
      return ready
    },
  }
}

/** Runs `attempt` again while another process holds the write lock, backing off up to BUSY_WAIT_MS. */
export async function retryWhileBusy<T>(attempt: () => Promise<T>, waitMs = BUSY_WAIT_MS): Promise<T> {
  const started = Date.now()
  for (let round = 0; ; round++) {
    try {
      return await attempt()
    } catch (err) {
      if (!isBusy(err) || Date.now() - started > waitMs) throw err
      await sleep(Math.min(10 * 2 ** round, 250))
    }
  }
}

/**
 * Waits for the lock, but not forever: a write made outside its own transaction while that transaction is
 * open would otherwise wait for itself. After `waitMs` it fails like SQLite would (SQLITE_BUSY).
 */
async function acquireWithin(lock: ReturnType<typeof createWriteLock>, waitMs = BUSY_WAIT_MS): Promise<() => void> {
  const pending = lock.acquire()
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`SQLITE_BUSY: waited ${waitMs} ms for this process's write lock`)), waitMs)
  })
  try {
    return await Promise.race([pending, timeout])
  } catch (err) {
    void pending.then((release) => release())
    throw err
  } finally {
    clearTimeout(timer)
  }
}

/** What one request (or other unit of work) holds: its open write transaction, if any. */
type WriteScope = { open?: Transaction }
const writeScopes = new AsyncLocalStorage<WriteScope>()

/** Runs `work` as one unit of work whose writes never wait for its own open transaction (one per HTTP request). */
export function inWriteScope<T>(work: () => T): T {
  return writeScopes.run({}, work)
}

const PATCHED = Symbol.for('nguon.serializedWrites')

/** Makes every write of `client` (statements, batches, transactions) wait its turn in this process. */
export function serializeWrites(client: LibsqlClient, crossProcessBusyMs = CROSS_PROCESS_BUSY_MS): void {
  const marked = client as LibsqlClient & { [PATCHED]?: boolean }
  if (marked[PATCHED]) return
  marked[PATCHED] = true
  const lock = createWriteLock()
  const { batch, execute, executeMultiple, transaction } = client
  const busyTimeout = `PRAGMA busy_timeout = ${Math.max(0, Math.round(crossProcessBusyMs))}`
  // Sets the busy timeout on the connection the next statement will run on (libsql's current one).
  const prepare = () => execute.call(client, busyTimeout)
  // libsql replaces its current connection only when a transaction begins on it: begin a deferred one (which
  // needs no lock, so it cannot be busy) and roll it back, leaving the connection with the stuck statement
  // to the garbage collector and giving the client a fresh one.
  const retire = async () => {
    try {
      const spare = await transaction.call(client, 'deferred')
      await spare.rollback().catch(() => undefined)
    } catch {
      // Nothing more to do: the next attempt fails the same way and the caller gets the error.
    }
  }
  const attempt = async <T>(run: () => Promise<T>): Promise<T> =>
    retryWhileBusy(async () => {
      await prepare()
      try {
        return await run()
      } catch (err) {
        if (isBusy(err)) await retire()
        throw err
      }
    })
  const exclusive = async <T>(run: () => Promise<T>): Promise<T> => {
    const release = await acquireWithin(lock)
    try {
      return await attempt(run)
    } finally {
      release()
    }
  }

  // The transaction this unit of work holds, if any: its own writes go there rather than wait for it.
  const ownTransaction = () => writeScopes.getStore()?.open

  client.execute = (statement, ...rest) => {
    const sql = typeof statement === 'string' ? statement : statement.sql
    if (!WRITE.test(sql)) return execute.call(client, statement, ...rest)
    const own = ownTransaction()
    if (own?.execute) return own.execute(statement)
    return exclusive(() => execute.call(client, statement, ...rest))
  }
  client.batch = (...args) => {
    const own = ownTransaction()
    if (own?.batch) return own.batch(args[0])
    return exclusive(() => batch.apply(client, args))
  }
  client.executeMultiple = (sql) => {
    const own = ownTransaction()
    if (own?.executeMultiple) return own.executeMultiple(sql)
    return exclusive(() => executeMultiple.call(client, sql))
  }
  client.transaction = async (mode) => {
    if (mode === 'read') return transaction.call(client, mode)
    const release = await acquireWithin(lock)
    try {
      const tx = await attempt(() => transaction.call(client, mode))
      const scope = writeScopes.getStore()
      if (scope && !scope.open) scope.open = tx
      const finish = () => {
        if (scope?.open === tx) scope.open = undefined
        release()
      }
      const originals = { close: tx.close.bind(tx), commit: tx.commit.bind(tx), rollback: tx.rollback.bind(tx) }
      const end = (method: 'commit' | 'rollback') => async () => {
        try {
          return await originals[method]()
        } finally {
          finish()
        }
      }
      const close = originals.close
      tx.commit = end('commit')
      tx.rollback = end('rollback')
      tx.close = () => {
        try {
          close()
        } finally {
          finish()
        }
      }
      return tx
    } catch (err) {
      release()
      throw err
    }
  }
}
