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
//
// libsql hands each transaction the client's current connection and opens a new one for the client, and never
// closes the one the transaction took; closing it does not release its file either (libsql 0.4 keeps the database
// file open until the process ends, even after garbage collection). Every transaction left two open files behind
// until the process ran out of descriptors: SQLITE_CANTOPEN after about 10,000 writes under a 20,000-descriptor
// limit, and the jobs queue alone writes every two seconds. So a connection a transaction took is kept when the
// transaction ends cleanly and the next transaction begins on it (`ConnectionPool`): a process opens as many
// connections as it ever has transactions at once, plus the client's own.

import { Sqlite3Transaction } from '@libsql/client/sqlite3'
import { AsyncLocalStorage } from 'node:async_hooks'
import { LRUCache } from 'lru-cache'
import { createRequire } from 'node:module'

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
const WATCHED = Symbol.for('nguon.watchedConnections')

/** A libsql connection (the `libsql` package's Database). */
type Connection = {
  close: () => void
  exec: (sql: string) => void
  inTransaction: boolean
  open: boolean
  prepare: (sql: string) => { run: (args: unknown[]) => unknown }
}

/**
 * Page cache of each connection, in KiB (SQLite's default is 2 MiB). Reading a search's 1,000 candidates' rows from the
 * index of 100,000 items took ≈ 6 ms through the default cache (one read from the file per row) and ≈ 2 ms through
 * this one; SQLite takes the memory only as pages are read, up to this much per connection.
 */
export const SQLITE_CACHE_KIB = 64 * 1024

/** Connections given their settings (cache size) already. */
const configured = new WeakSet<Connection>()

/** The connection that prepared the latest statement in this process. */
let lastPrepared: Connection | undefined
const noteConnection = (connection: Connection) => {
  lastPrepared = connection
  if (configured.has(connection)) return
  configured.add(connection)
  connection.exec(`PRAGMA cache_size = -${SQLITE_CACHE_KIB}`)
}

/** Prepared statements kept per connection; Payload's queries are few distinct texts run again and again. */
export const STATEMENTS_KEPT_PER_CONNECTION = 256
/** Statements that change the schema: a connection's kept statements are dropped when one is prepared. */
const SCHEMA_CHANGE = /^\s*(alter|create|drop)\b/i
/** A result of `*` can gain columns with the schema; an explicit list (Payload's, stars only in subqueries) cannot. */
const STAR_COLUMNS = /^\s*select\s+(distinct\s+)?("[^"]+"\.)?\*/i

type KeptStatement = Record<'all' | 'get' | 'iterate' | 'run', (...args: unknown[]) => unknown> & { columns: () => unknown }
const keptStatements = new WeakMap<object, LRUCache<string, KeptStatement>>()

/**
 * Keeps a statement prepared on its connection for the next run of the same SQL text: libsql prepares every
 * statement anew, and preparing (and reading the columns of) Payload's wide queries was a tenth of the CPU of a
 * request on SQLite. Reuse is safe because libsql resets a statement before each run. A statement whose run throws is
 * not kept (a busy one stays in progress, see above), and schema changes drop the connection's statements.
 */
function keepPrepared(connection: object, sql: string, prepareNew: () => KeptStatement): KeptStatement {
  let kept = keptStatements.get(connection)
  if (SCHEMA_CHANGE.test(sql)) {
    kept?.clear()
    return prepareNew()
  }
  if (!kept) keptStatements.set(connection, (kept = new LRUCache({ max: STATEMENTS_KEPT_PER_CONNECTION })))
  const known = kept.get(sql)
  if (known) return known
  const statement = prepareNew()
  for (const method of ['all', 'get', 'iterate', 'run'] as const) {
    const run = statement[method]
    statement[method] = function (this: KeptStatement, ...args: unknown[]) {
      try {
        return run.apply(this, args)
      } catch (err) {
        if (kept.peek(sql) === statement) kept.delete(sql)
        throw err
      }
    }
  }
  if (!STAR_COLUMNS.test(sql)) {
    const columns = statement.columns
    let known: unknown
    statement.columns = function (this: KeptStatement) {
      return (known ??= columns.call(this))
    }
  }
  kept.set(sql, statement)
  return statement
}

/**
 * Notes which connection prepares each statement (libsql's Database.prototype.prepare, the one @libsql/client uses):
 * libsql's `transaction()` runs its BEGIN synchronously on the connection it takes, so right after the call that
 * connection is `lastPrepared`. And keeps what it prepares for the next run of the same text (keepPrepared).
 */
function watchConnections(): void {
  const fromClient = createRequire(createRequire(import.meta.url).resolve('@libsql/client'))
  const proto = (fromClient('libsql') as { prototype: { [WATCHED]?: true; prepare: (sql: string) => unknown } }).prototype
  if (proto[WATCHED]) return
  proto[WATCHED] = true
  const prepare = proto.prepare
  proto.prepare = function (this: Connection, sql: string) {
    noteConnection(this)
    return keepPrepared(this, sql, () => prepare.call(this, sql) as KeptStatement)
  }
}

/** libsql's BEGIN statement for each transaction mode (@libsql/core's transactionModeToBegin). */
const BEGIN: Record<string, string> = { deferred: 'BEGIN DEFERRED', read: 'BEGIN TRANSACTION READONLY', write: 'BEGIN IMMEDIATE' }

type TransactionClass = new (connection: Connection, intMode: string) => Transaction

/** Connections that earlier transactions took and ended cleanly, ready for the next transaction. */
class ConnectionPool {
  private readonly idle: Connection[] = []
  constructor(private readonly TransactionOn: TransactionClass) {}

  /** A transaction in `mode`: on an idle connection when there is one, else with libsql's own (which takes a new one). */
  async begin(client: LibsqlClient, transaction: LibsqlClient['transaction'], mode = 'write'): Promise<Transaction> {
    const reused = this.idle.pop()
    if (reused) {
      try {
        reused.prepare(BEGIN[mode] ?? BEGIN.write!).run([])
      } catch (err) {
        // A connection whose BEGIN failed (busy) may keep that statement in progress: not used again.
        closeQuietly(reused)
        throw err
      }
      // The client's integers are JavaScript numbers (its default intMode; src/db.ts sets no other).
      return this.returning(new this.TransactionOn(reused, 'number'), reused)
    }
    lastPrepared = undefined
    const pending = transaction.call(client, mode)
    const taken = lastPrepared as Connection | undefined
    return this.returning(await pending, taken)
  }

  /** Puts the connection back once the transaction has ended and left it outside any transaction. */
  private returning(tx: Transaction, connection: Connection | undefined): Transaction {
    if (!connection) return tx
    let isReturned = false
    const giveBack = () => {
      if (isReturned || !connection.open || connection.inTransaction) return
      isReturned = true
      this.idle.push(connection)
    }
    const originals = { close: tx.close.bind(tx), commit: tx.commit.bind(tx), rollback: tx.rollback.bind(tx) }
    tx.commit = async () => {
      const result = await originals.commit()
      giveBack()
      return result
    }
    tx.rollback = async () => {
      const result = await originals.rollback()
      giveBack()
      return result
    }
    tx.close = () => {
      // Once given back the connection may carry another transaction: this one's close must not roll that back.
      if (!isReturned) originals.close()
      giveBack()
    }
    return tx
  }
}

function closeQuietly(connection: Connection): void {
  try {
    connection.close()
  } catch {
    // Nothing else holds it.
  }
}

/** Makes every write of `client` (statements, batches, transactions) wait its turn in this process. */
export function serializeWrites(client: LibsqlClient, crossProcessBusyMs = CROSS_PROCESS_BUSY_MS): void {
  const marked = client as LibsqlClient & { [PATCHED]?: boolean }
  if (marked[PATCHED]) return
  marked[PATCHED] = true
  watchConnections()
  const pool = new ConnectionPool(Sqlite3Transaction as unknown as TransactionClass)
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
      // Not from the pool: the connection taken is the one with the stuck statement, and it is not used again.
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
    if (mode === 'read') return pool.begin(client, transaction, mode)
    const release = await acquireWithin(lock)
    try {
      const tx = await attempt(() => pool.begin(client, transaction, mode))
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
      tx.commit = end('commit')
      tx.rollback = end('rollback')
      tx.close = () => {
        try {
          originals.close()
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
