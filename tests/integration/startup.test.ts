// The server refuses to start on bad settings, with one line that says what is wrong.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

const root = path.resolve(import.meta.dirname, '../..')
const dataDir = mkdtempSync(path.join(tmpdir(), 'nguon-startup-'))

function start(env: Record<string, string>) {
  const childEnv: Record<string, string> = { NGUON_DATA_DIR: dataDir, PATH: process.env.PATH ?? '' }
  const result = spawnSync(process.execPath, [path.join(root, 'node_modules/tsx/dist/cli.mjs'), 'src/server.ts'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...childEnv, ...env } as NodeJS.ProcessEnv,
    timeout: 60_000,
  })
  return { status: result.status, stderr: result.stderr.trim() }
}

describe('server start-up settings', () => {
  afterAll(() => rmSync(dataDir, { force: true, recursive: true }))

  it('exits 1 with one line naming DATABASE_URL and the accepted forms', () => {
    const { status, stderr } = start({ DATABASE_URL: 'mysql://root:pw@localhost/nguon' })
    expect(status).toBe(1)
    expect(stderr.split('\n')).toHaveLength(1)
    expect(stderr).toMatch(/^nguon: DATABASE_URL "mysql:\/\/root:\*\*\*@localhost\/nguon" is not supported; accepted: file:/)
    expect(stderr).not.toContain(':pw@')
  })

  it('exits 1 when NODE_ENV=production has no PAYLOAD_SECRET', () => {
    const { status, stderr } = start({ NODE_ENV: 'production' })
    expect(status).toBe(1)
    expect(stderr).toMatch(/^nguon: PAYLOAD_SECRET is required when NODE_ENV=production/)
  })

  it('exits 1 when the production PAYLOAD_SECRET is shorter than 32 characters', () => {
    const { status, stderr } = start({ NODE_ENV: 'production', PAYLOAD_SECRET: 'too-short' })
    expect(status).toBe(1)
    expect(stderr).toMatch(/^nguon: PAYLOAD_SECRET is too short \(9 characters\)/)
    expect(stderr).not.toContain('too-short')
  })
})
