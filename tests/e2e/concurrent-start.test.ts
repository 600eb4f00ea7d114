// A multi-process deployment starting on a new PostgreSQL database: two web processes and a jobs worker at the same
// moment, in production. The migrations run once, the others wait; Plan 232 is seeded once; all three keep running.
import { type ChildProcess, spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { migrations } from '../../src/migrations/postgres'
import { api } from '../helpers/api'
import { npmScriptCommand } from '../helpers/npmScript'
import { type RealServer, startRealServer } from '../helpers/realServer'
import { createPostgresDatabase, dropPostgresDatabase } from '../helpers/testPayload'

const adminUrl = process.env.TEST_DATABASE_URL ?? ''
const root = path.resolve(import.meta.dirname, '../..')

describe.skipIf(!/^postgres(ql)?:\/\//.test(adminUrl))('two web processes and a jobs worker started together on a new PostgreSQL database', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'nguon-together-'))
  const pgName = `nguon_test_together_${randomBytes(4).toString('hex')}`
  let url = ''
  let servers: RealServer[] = []
  let worker: ChildProcess
  let workerOutput = ''
  const env = () => ({ DATABASE_URL: url, DEMO_PASSWORD: 'together-pass-1', NODE_ENV: 'production', PAYLOAD_SECRET: 't'.repeat(48) })

  beforeAll(async () => {
    url = await createPostgresDatabase(adminUrl, pgName)
    // `npm run jobs`, as its script starts it.
    const jobs = npmScriptCommand('jobs')
    worker = spawn(process.execPath, jobs.args, {
      cwd: root,
      env: { ...process.env, ...jobs.env, ...env(), DISABLE_PAYLOAD_HMR: 'true', NGUON_DATA_DIR: dataDir } as NodeJS.ProcessEnv,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    worker.stdout!.on('data', (chunk: Buffer) => (workerOutput += chunk.toString()))
    worker.stderr!.on('data', (chunk: Buffer) => (workerOutput += chunk.toString()))
    servers = await Promise.all([0, 1].map(() => startRealServer({ dataDir, env: { ...env(), NGUON_RUN_JOBS: 'false' } })))
  })
  afterAll(async () => {
    await Promise.all(servers.map((s) => s.stop()))
    if (worker && worker.exitCode === null) {
      worker.kill('SIGTERM')
      await new Promise((resolve) => worker.once('exit', resolve))
    }
    await dropPostgresDatabase(adminUrl, pgName)
    rmSync(dataDir, { force: true, recursive: true })
  })

  it('all three are up: both web processes healthy, the worker still running', async () => {
    for (const server of servers) expect((await api(server.url, '/healthz')).status).toBe(200)
    await new Promise((resolve) => setTimeout(resolve, 3000))
    expect(worker.exitCode, workerOutput.slice(-3000)).toBeNull()
  })

  it('ran each migration once, in one process, while the others waited', async () => {
    const outputs = [...servers.map((s) => s.output()), workerOutput]
    for (const { name } of migrations) expect(outputs.filter((o) => o.includes(`Schema: migrated ${name} `)), name).toHaveLength(1)
    const client = new pg.Client({ connectionString: url })
    await client.connect()
    try {
      const { rows } = await client.query('SELECT name, COUNT(*)::int AS n FROM payload_migrations GROUP BY name ORDER BY name')
      expect(rows).toEqual(migrations.map((m) => ({ n: 1, name: m.name })))
    } finally {
      await client.end()
    }
  })

  it('seeded Plan 232 and the demo users once', async () => {
    const client = new pg.Client({ connectionString: url })
    await client.connect()
    try {
      const count = async (table: string) => (await client.query(`SELECT COUNT(*)::int AS n FROM ${table}`)).rows[0].n as number
      expect(await count('campaigns')).toBe(1)
      expect(await count('units')).toBe(10)
      expect(await count('users')).toBe(8)
      expect(servers.filter((s) => s.output().includes('Empty database: loaded Plan 232'))).toHaveLength(1)
    } finally {
      await client.end()
    }
  })
})
