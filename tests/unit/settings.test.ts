import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'

import { insecureServerUrlWarning, loadSettings, redactUrl, resolveDatabase, resolvePort, resolveSchemaSource, resolveSecret, SettingsError } from '../../src/settings'

describe('resolveDatabase', () => {
  it.each([
    ['file:./data/x.db', 'sqlite'],
    ['postgres://u:p@localhost/db', 'postgres'],
    ['postgresql://localhost/db', 'postgres'],
    ['mongodb://localhost/db', 'mongodb'],
    ['mongodb+srv://cluster.example/db', 'mongodb'],
  ])('accepts %s as %s', (url, kind) => {
    expect(resolveDatabase(url).kind).toBe(kind)
  })

  it('defaults to the embedded SQLite file under ./data', () => {
    expect(resolveDatabase(undefined, '/srv/nguon')).toEqual({ kind: 'sqlite', schema: 'migrations', url: 'file:/srv/nguon/data/nguon.db' })
  })

  it.each(['mysql://localhost/db', 'sqlite.db', 'http://example.com', 'file:'])('refuses %s, naming DATABASE_URL and the accepted forms', (url) => {
    expect(() => resolveDatabase(url)).toThrow(SettingsError)
    expect(() => resolveDatabase(url)).toThrow(/DATABASE_URL.*accepted: file:.*postgres:\/\/.*mongodb:\/\//)
  })

  it('never repeats a password from the URL in its message', () => {
    expect(() => resolveDatabase('mysql://root:hunter2@db/x')).toThrow(/root:\*\*\*@/)
    expect(redactUrl('postgres://u:secret@h/d')).toBe('postgres://u:***@h/d')
  })
})

describe('resolveSchemaSource', () => {
  it('runs the committed migrations unless told to push (npm run dev, the test suites)', () => {
    expect(resolveSchemaSource(undefined)).toBe('migrations')
    expect(resolveSchemaSource(' ')).toBe('migrations')
    expect(resolveSchemaSource('push')).toBe('push')
    expect(loadSettings({ NGUON_SCHEMA: 'push', PAYLOAD_SECRET: 'x'.repeat(40) }).database.schema).toBe('push')
  })

  it.each(['auto', 'Push', 'migrate'])('refuses NGUON_SCHEMA=%s, naming the accepted values', (value) => {
    expect(() => resolveSchemaSource(value)).toThrow(/^NGUON_SCHEMA "[^"]+" is not supported; accepted: migrations \(the default\), push \(development only\)$/)
  })
})

describe('resolveSecret', () => {
  let dir = ''
  afterEach(() => dir && rmSync(dir, { force: true, recursive: true }))

  it('requires PAYLOAD_SECRET in production', () => {
    dir = mkdtempSync(path.join(tmpdir(), 'nguon-secret-'))
    expect(() => resolveSecret({ dataDir: dir, env: {}, isProduction: true })).toThrow(/PAYLOAD_SECRET is required when NODE_ENV=production/)
  })

  it('refuses a production secret shorter than 32 characters', () => {
    dir = mkdtempSync(path.join(tmpdir(), 'nguon-secret-'))
    expect(() => resolveSecret({ dataDir: dir, env: { PAYLOAD_SECRET: 'short' }, isProduction: true })).toThrow(/too short.*32/)
  })

  it('generates a development secret once and keeps it in the data folder', () => {
    dir = mkdtempSync(path.join(tmpdir(), 'nguon-secret-'))
    const first = resolveSecret({ dataDir: dir, env: {}, isProduction: false })
    const second = resolveSecret({ dataDir: dir, env: {}, isProduction: false })
    expect(first.length).toBeGreaterThanOrEqual(32)
    expect(second).toBe(first)
    expect(readFileSync(path.join(dir, 'payload-secret'), 'utf8').trim()).toBe(first)
  })
})

describe('loadSettings', () => {
  it('refuses a bad PORT', () => {
    expect(() => resolvePort('http')).toThrow(/PORT/)
    expect(resolvePort(undefined)).toBe(3000)
    expect(resolvePort('8080')).toBe(8080)
  })

  it('creates demo users outside production, and in production only when DEMO_PASSWORD is set', () => {
    const base = { DATABASE_URL: 'postgres://localhost/x', PAYLOAD_SECRET: 'x'.repeat(40) }
    expect(loadSettings({ ...base, NODE_ENV: 'development' }).demoPassword).toBe('nguon-demo-2023')
    expect(loadSettings({ ...base, NODE_ENV: 'production' }).demoPassword).toBeNull()
    expect(loadSettings({ ...base, DEMO_PASSWORD: 'p4ss', NODE_ENV: 'production' }).demoPassword).toBe('p4ss')
  })
})

describe('insecureServerUrlWarning', () => {
  const base = { DATABASE_URL: 'postgres://localhost/x', PAYLOAD_SECRET: 'x'.repeat(40) }
  it.each([
    ['production over http', { NODE_ENV: 'production', SERVER_URL: 'http://nguon.example.gov.vn' }, true],
    ['production without SERVER_URL (http://localhost)', { NODE_ENV: 'production' }, true],
    ['production over https', { NODE_ENV: 'production', SERVER_URL: 'https://nguon.example.gov.vn/' }, false],
    ['development over http', { NODE_ENV: 'development', SERVER_URL: 'http://localhost:3000' }, false],
  ])('%s → warns: %s', (_case, env, warns) => {
    const warning = insecureServerUrlWarning(loadSettings({ ...base, ...env }))
    if (!warns) return expect(warning).toBeNull()
    expect(warning).toMatch(/^nguon: warning: SERVER_URL is http:\/\/\S+, not https/)
    expect(warning).not.toContain('\n')
  })
})
