import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

import { createWriteLock, inWriteScope, type LibsqlClient, retryWhileBusy, serializeWrites, SQLITE_CACHE_KIB } from '../../src/sqliteWrites'

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

describe('a unit of work and its own transaction', () => {
  const open = async () => {
    const { createClient } = await import('@libsql/client')
    const dir = mkdtempSync(path.join(tmpdir(), 'nguon-scope-'))
    const client = createClient({ url: `file:${path.join(dir, 'scope.db')}` })
    await client.execute('PRAGMA journal_mode=WAL')
    await client.execute('create table t (v text)')
    serializeWrites(client as unknown as LibsqlClient)
    return { client, done: () => (client.close(), rmSync(dir, { force: true, recursive: true })) }
  }
  const values = async (client: { execute: (sql: string) => Promise<{ rows: unknown[] }> }) =>
    (await client.execute('select v from t order by v')).rows.map((row) => (row as { v: string }).v)

  it('lets a write made outside its own open transaction join it instead of waiting for itself', async () => {
    const { client, done } = await open()
    try {
      await inWriteScope(async () => {
        const tx = await client.transaction('write')
        await tx.execute("insert into t values ('in the transaction')")
        // Payload's forgot-password does this: a write outside the transaction its own request holds.
        // Without the scope it waits for the lock its own transaction holds, and fails with SQLITE_BUSY after BUSY_WAIT_MS.
        await expect(client.execute("insert into t values ('beside it')")).resolves.toBeDefined()
        await tx.commit()
      })
      expect(await values(client)).toEqual(['beside it', 'in the transaction'])
    } finally {
      done()
    }
  })

  it('rolls that write back with the transaction it joined', async () => {
    const { client, done } = await open()
    try {
      await inWriteScope(async () => {
        const tx = await client.transaction('write')
        await client.execute("insert into t values ('joined')")
        await tx.rollback()
      })
      expect(await values(client)).toEqual([])
    } finally {
      done()
    }
  })

  it('still makes another unit of work wait for the transaction, then lets it write', async () => {
    const { client, done } = await open()
    try {
      const order: string[] = []
      let committed!: () => void
      const holder = inWriteScope(async () => {
        const tx = await client.transaction('write')
        await new Promise<void>((resolve) => (committed = resolve))
        order.push('holder commits')
        await tx.execute("insert into t values ('holder')")
        await tx.commit()
      })
      await new Promise((resolve) => setTimeout(resolve, 20))
      const other = inWriteScope(async () => {
        await client.execute("insert into t values ('other')")
        order.push('other wrote')
      })
      await new Promise((resolve) => setTimeout(resolve, 50))
      expect(order).toEqual([])
      committed()
      await Promise.all([holder, other])
      expect(order).toEqual(['holder commits', 'other wrote'])
      expect(await values(client)).toEqual(['holder', 'other'])
    } finally {
      done()
    }
  })
})

describe.skipIf(!existsSync('/proc/self/fd'))('connections', () => {
  const openFiles = () => readdirSync('/proc/self/fd').length

  it('closes the connection each transaction took once it ends, committed, rolled back or read', async () => {
    const { createClient } = await import('@libsql/client')
    const dir = mkdtempSync(path.join(tmpdir(), 'nguon-fds-'))
    const client = createClient({ url: `file:${path.join(dir, 'fds.db')}` })
    try {
      await client.execute('PRAGMA journal_mode=WAL')
      await client.execute('create table t (v integer)')
      serializeWrites(client as unknown as LibsqlClient)
      const before = openFiles()
      for (let i = 0; i < 100; i++) {
        const tx = await client.transaction('write')
        await tx.execute({ args: [i], sql: 'insert into t values (?)' })
        await (i % 2 ? tx.commit() : tx.rollback())
        const read = await client.transaction('read')
        await read.execute('select count(*) from t')
        await read.commit()
      }
      // libsql alone leaves every transaction's connection open: 200 transactions, about 400 more open files.
      expect(openFiles() - before).toBeLessThan(10)
      expect((await client.execute('select count(*) as n from t')).rows[0]).toMatchObject({ n: 50 })
    } finally {
      client.close()
      rmSync(dir, { force: true, recursive: true })
    }
  })
})

describe('prepared statements kept per connection', () => {
  async function withClient(run: (client: Awaited<ReturnType<typeof open>>, file: string) => Promise<void>) {
    const dir = mkdtempSync(path.join(tmpdir(), 'nguon-stmts-'))
    const file = path.join(dir, 'stmts.db')
    const client = await open(file)
    try {
      await run(client, file)
    } finally {
      client.close()
      rmSync(dir, { force: true, recursive: true })
    }
  }
  async function open(file: string) {
    const { createClient } = await import('@libsql/client')
    const client = createClient({ url: `file:${file}` })
    serializeWrites(client as unknown as LibsqlClient)
    await client.execute('PRAGMA journal_mode=WAL')
    return client
  }
  /** libsql's Database class, as @libsql/client loads it (the prototype serializeWrites patches). */
  async function libsqlDatabase(file: string) {
    const { createRequire } = await import('node:module')
    const fromClient = createRequire(createRequire(import.meta.url).resolve('@libsql/client'))
    const Database = fromClient('libsql') as new (file: string) => {
      close: () => void
      exec: (sql: string) => void
      prepare: (sql: string) => { all: (args: unknown[]) => unknown[]; raw: (on: boolean) => unknown; run: (args: unknown[]) => unknown }
    }
    return new Database(file)
  }

  it('prepares a text once per connection and answers each run with its own arguments and the current data', async () => {
    await withClient(async (client, file) => {
      await client.execute('create table t (v integer)')
      const db = await libsqlDatabase(file)
      try {
        const select = 'select v from t where v >= ? order by v'
        const first = db.prepare(select)
        expect(db.prepare(select)).toBe(first)
        db.prepare('insert into t values (?)').run([1])
        db.prepare('insert into t values (?)').run([2])
        expect(first.all([2])).toEqual([{ v: 2 }])
        expect(first.all([0])).toEqual([{ v: 1 }, { v: 2 }])
        // A write through another connection is seen by the kept statement's next run: no snapshot is held.
        await client.execute({ args: [3], sql: 'insert into t values (?)' })
        expect(db.prepare(select).all([0])).toEqual([{ v: 1 }, { v: 2 }, { v: 3 }])
        // Through the client too: the same rows, run after run.
        for (let i = 0; i < 3; i++) expect((await client.execute({ args: [2], sql: select })).rows.map((r) => r.v)).toEqual([2, 3])
      } finally {
        db.close()
      }
    })
  })

  it('does not keep a statement whose run failed, and drops what a connection kept when the schema changes', async () => {
    await withClient(async (_client, file) => {
      const db = await libsqlDatabase(file)
      try {
        db.exec('create table u (v integer unique)')
        const insert = db.prepare('insert into u values (?)')
        insert.run([1])
        expect(() => insert.run([1])).toThrow(/UNIQUE/)
        const again = db.prepare('insert into u values (?)')
        expect(again).not.toBe(insert)
        again.run([2])

        const star = 'select * from u order by v'
        const listed = 'select v from u order by v'
        const before = db.prepare(listed)
        expect(db.prepare(star).all([])).toEqual([{ v: 1 }, { v: 2 }])
        db.prepare("alter table u add column w text default 'x'").run([])
        expect(db.prepare(listed)).not.toBe(before)
        expect(db.prepare(star).all([])).toEqual([{ v: 1, w: 'x' }, { v: 2, w: 'x' }])
      } finally {
        db.close()
      }
    })
  })

  it('gives every connection the larger page cache, the client’s own and each transaction’s', async () => {
    await withClient(async (client, file) => {
      const cacheOf = async (run: (sql: string) => Promise<{ rows: unknown[] }>) => (await run('PRAGMA cache_size')).rows[0] as { cache_size: number }
      expect(await cacheOf((sql) => client.execute(sql))).toEqual({ cache_size: -SQLITE_CACHE_KIB })
      const tx = await client.transaction('write')
      try {
        expect(await cacheOf((sql) => tx.execute(sql))).toEqual({ cache_size: -SQLITE_CACHE_KIB })
      } finally {
        await tx.commit()
      }
      // A connection opened outside the client gets it at its first statement too; SQLite's own default is -2000.
      const db = await libsqlDatabase(file)
      try {
        expect(db.prepare('PRAGMA cache_size').all([])).toEqual([{ cache_size: -SQLITE_CACHE_KIB }])
      } finally {
        db.close()
      }
    })
  })
})
