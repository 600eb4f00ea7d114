// Starts a real Payload on a database made for one test suite: a fresh SQLite file, or a fresh
// PostgreSQL database when TEST_DATABASE_URL=postgres://… is set. stop() destroys both.
import type { Payload, SanitizedConfig } from 'payload'

import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { getPayload } from 'payload'

import { closeDatabaseConnections } from '../../src/db'

export type TestPayload = {
  config: SanitizedConfig
  dataDir: string
  payload: Payload
  stop: () => Promise<void>
}

export const testDatabaseKind = (): 'postgres' | 'sqlite' =>
  /^postgres(ql)?:\/\//.test(process.env.TEST_DATABASE_URL ?? '') ? 'postgres' : 'sqlite'

export async function createPostgresDatabase(adminUrl: string, name: string): Promise<string> {
  const client = new pg.Client({ connectionString: adminUrl })
  await client.connect()
  try {
    await client.query(`CREATE DATABASE "${name}"`)
  } finally {
    await client.end()
  }
  const url = new URL(adminUrl)
  url.pathname = `/${name}`
  return url.toString()
}

export async function dropPostgresDatabase(adminUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl })
  await client.connect()
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
  } finally {
    await client.end()
  }
}

export async function startTestPayload(suite: string): Promise<TestPayload> {
  const dataDir = mkdtempSync(path.join(tmpdir(), `nguon-${suite}-`))
  const adminUrl = process.env.TEST_DATABASE_URL ?? ''
  const pgName = `nguon_test_${suite.replace(/\W/g, '_')}_${randomBytes(4).toString('hex')}`.toLowerCase()
  const isPostgres = testDatabaseKind() === 'postgres'
  process.env.DATABASE_URL = isPostgres
    ? await createPostgresDatabase(adminUrl, pgName)
    : `file:${path.join(dataDir, 'test.db')}`
  process.env.NGUON_DATA_DIR = dataDir
  process.env.PAYLOAD_SECRET = `test-${randomBytes(24).toString('hex')}`
  const { default: configPromise } = await import('../../payload.config')
  const config = await configPromise
  const payload = await getPayload({ config })
  let stopped = false
  return {
    config,
    dataDir,
    payload,
    stop: async () => {
      if (stopped) return
      stopped = true
      await payload.destroy().catch(() => undefined)
      await closeDatabaseConnections(payload.db).catch(() => undefined)
      if (isPostgres) await dropPostgresDatabase(adminUrl, pgName)
      rmSync(dataDir, { force: true, recursive: true })
    },
  }
}
