// Several app processes writing one SQLite file at once: every write commits, none is lost, and a writer that
// met another process's lock does not leave its connection stuck (SQLITE_BUSY_SNAPSHOT on every later write).
import { createClient } from '@libsql/client'
import { execFile } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { afterAll, describe, expect, it } from 'vitest'

import { testDatabaseKind } from '../helpers/testPayload'

const run = promisify(execFile)
const root = path.resolve(import.meta.dirname, '../..')
const dir = mkdtempSync(path.join(tmpdir(), 'nguon-sqlite-'))
afterAll(() => rmSync(dir, { force: true, recursive: true }))

describe.skipIf(testDatabaseKind() === 'postgres')('SQLite written by several processes', () => {
  it('commits every write of four processes racing for the lock, and loses none', async () => {
    const file = path.join(dir, 'race.db')
    const setup = createClient({ url: `file:${file}` })
    await setup.execute('PRAGMA journal_mode=WAL')
    await setup.execute('create table counter (id integer primary key, n integer not null)')
    await setup.execute('create table log (id integer primary key, pid integer not null)')
    await setup.execute('insert into counter (id, n) values (1, 0)')
    const results = await Promise.all(
      [0, 1, 2, 3].map(async () => {
        const { stdout } = await run(process.execPath, [path.join(root, 'node_modules/tsx/dist/cli.mjs'), 'tests/helpers/sqliteWriter.ts', file, '3000'], { cwd: root })
        return JSON.parse(stdout.trim().split('\n').at(-1)!) as { committed: number; errors: string[] }
      }),
    )
    expect(results.flatMap((r) => r.errors)).toEqual([])
    const committed = results.reduce((sum, r) => sum + r.committed, 0)
    expect(committed).toBeGreaterThan(40)
    const { rows } = await setup.execute('select n from counter where id = 1')
    expect(Number(rows[0]!.n)).toBe(committed)
    const logged = await setup.execute('select count(*) as c from log')
    expect(Number(logged.rows[0]!.c)).toBe(committed)
    setup.close()
  }, 60_000)
})
