// Every row of every table of a SQLite or PostgreSQL database, read directly (not through Payload), for comparing a
// database before and after an upgrade.
import { createClient } from '@libsql/client'
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import pg from 'pg'

export type Dump = Record<string, Record<string, unknown>[]>

const plain = (value: unknown): unknown =>
  value instanceof Date ? value.toISOString() : typeof value === 'bigint' ? value.toString() : value instanceof ArrayBuffer ? Buffer.from(value).toString('base64') : value

export async function dumpDatabase(url: string): Promise<Dump> {
  const dump: Dump = {}
  if (url.startsWith('file:')) {
    const client = createClient({ url })
    try {
      const tables = await client.execute(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`)
      for (const { name } of tables.rows) {
        const result = await client.execute(`SELECT * FROM "${String(name)}"`)
        dump[String(name)] = result.rows.map((row) => Object.fromEntries(result.columns.map((column, i) => [column, plain(row[i])])))
      }
    } finally {
      client.close()
    }
    return dump
  }
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    const tables = await client.query(`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`)
    for (const { name } of tables.rows as { name: string }[]) {
      const result = await client.query(`SELECT * FROM "${name}"`)
      dump[name] = result.rows.map((row: Record<string, unknown>) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, plain(v)])))
    }
  } finally {
    await client.end()
  }
  return dump
}

/** Columns a later migration removed on purpose, by table; what they held is not the office's data. */
export const DROPPED_COLUMNS: Record<string, string[]> = {
  // 0.2.0 (user_deactivation_no_lockout): Payload's account lock-out gave way to rate limits; only failed-login counts.
  users: ['login_attempts', 'lock_until'],
}

/**
 * What `before` has that `after` lost or changed: for each table, rows compared on the columns `before` had (a later
 * migration may add columns; DROPPED_COLUMNS are left out). Tables named in `changing` are left to the caller.
 */
export function lostOrChanged(before: Dump, after: Dump, changing: string[] = []): string[] {
  const problems: string[] = []
  for (const [table, rows] of Object.entries(before)) {
    if (changing.includes(table)) continue
    if (!after[table]) {
      problems.push(`${table}: table gone`)
      continue
    }
    const columns = rows[0] ? Object.keys(rows[0]).filter((column) => !DROPPED_COLUMNS[table]?.includes(column)) : []
    const key = (row: Record<string, unknown>) => JSON.stringify(columns.map((c) => row[c] ?? null))
    const kept = new Map<string, number>()
    for (const row of after[table]!) kept.set(key(row), (kept.get(key(row)) ?? 0) + 1)
    const missing = rows.filter((row) => {
      const n = kept.get(key(row)) ?? 0
      if (n === 0) return true
      kept.set(key(row), n - 1)
      return false
    })
    if (missing.length) problems.push(`${table}: ${missing.length} of ${rows.length} rows lost or changed, e.g. ${key(missing[0]!).slice(0, 300)}`)
    if (after[table]!.length !== rows.length) problems.push(`${table}: ${rows.length} rows before, ${after[table]!.length} after`)
  }
  return problems
}

/** The SHA-256 of every file under the media folder, by name. */
export function mediaFiles(dataDir: string): Record<string, string> {
  const dir = path.join(dataDir, 'media')
  if (!existsSync(dir)) return {}
  return Object.fromEntries(readdirSync(dir).sort().map((name) => [name, createHash('sha256').update(readFileSync(path.join(dir, name))).digest('hex')]))
}
