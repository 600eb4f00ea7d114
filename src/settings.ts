// Resolves Nguồn's settings from the environment once, with one clear message for each mistake.
import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

/** Environment variables as read; a plain record so tests can pass their own. */
export type Env = Record<string, string | undefined>

export type DatabaseKind = 'mongodb' | 'postgres' | 'sqlite'

/** How the SQL schema is made: the committed migrations (every start but `npm run dev`), or pushed from the config. */
export type SchemaSource = 'migrations' | 'push'

export type DatabaseSettings = {
  kind: DatabaseKind
  schema: SchemaSource
  /** For SQLite, the `file:` URL with an absolute path. */
  url: string
}

export type Settings = {
  database: DatabaseSettings
  dataDir: string
  demoPassword: null | string
  isProduction: boolean
  mailFrom: string
  port: number
  secret: string
  serverURL: string
  smtpUrl?: string
}

/** A setting is wrong; the message names the variable and what it accepts. */
export class SettingsError extends Error {
  override name = 'SettingsError'
}

export const DEFAULT_DATABASE_URL = 'file:./data/nguon.db'
export const DEFAULT_DEMO_PASSWORD = 'nguon-demo-2023'
export const MIN_SECRET_LENGTH = 32

const ACCEPTED_DATABASE_FORMS =
  'file:<path> (SQLite), postgres://… or postgresql://… (PostgreSQL), mongodb://… or mongodb+srv://… (MongoDB)'

export function resolveDatabase(rawUrl: string | undefined, cwd = process.cwd(), rawSchema?: string): DatabaseSettings {
  const url = (rawUrl ?? '').trim() || DEFAULT_DATABASE_URL
  const schema = resolveSchemaSource(rawSchema)
  if (url.startsWith('file:')) {
    const filePath = url.slice('file:'.length).replace(/^\/\/(?=\/)/, '')
    if (!filePath) throw new SettingsError(`DATABASE_URL "${url}" names no file; accepted: ${ACCEPTED_DATABASE_FORMS}`)
    return { kind: 'sqlite', schema, url: `file:${path.resolve(cwd, filePath)}` }
  }
  if (/^postgres(ql)?:\/\/.+/.test(url)) return { kind: 'postgres', schema, url }
  if (/^mongodb(\+srv)?:\/\/.+/.test(url)) return { kind: 'mongodb', schema, url }
  throw new SettingsError(`DATABASE_URL "${redactUrl(url)}" is not supported; accepted: ${ACCEPTED_DATABASE_FORMS}`)
}

/** NGUON_SCHEMA: `push` only for `npm run dev` and the test suites; everything else runs the committed migrations. */
export function resolveSchemaSource(raw: string | undefined): SchemaSource {
  const value = raw?.trim() || 'migrations'
  if (value === 'migrations' || value === 'push') return value
  throw new SettingsError(`NGUON_SCHEMA "${raw}" is not supported; accepted: migrations (the default), push (development only)`)
}

/** Hides a password inside a connection string before it reaches a message or a log. */
export function redactUrl(url: string): string {
  return url.replace(/\/\/([^:/@]+):([^@]*)@/, '//$1:***@')
}

/**
 * PAYLOAD_SECRET signs sessions. Production must set it; elsewhere one is generated once and kept
 * in the data folder, so logins survive restarts.
 */
export function resolveSecret({
  dataDir,
  env,
  isProduction,
}: {
  dataDir: string
  env: Env
  isProduction: boolean
}): string {
  const given = env.PAYLOAD_SECRET?.trim()
  if (given) {
    if (isProduction && given.length < MIN_SECRET_LENGTH) {
      throw new SettingsError(
        `PAYLOAD_SECRET is too short (${given.length} characters); production needs at least ${MIN_SECRET_LENGTH}`,
      )
    }
    return given
  }
  if (isProduction) {
    throw new SettingsError(
      `PAYLOAD_SECRET is required when NODE_ENV=production (at least ${MIN_SECRET_LENGTH} random characters, e.g. from \`openssl rand -base64 48\`)`,
    )
  }
  const file = path.join(dataDir, 'payload-secret')
  if (existsSync(file)) {
    const stored = readFileSync(file, 'utf8').trim()
    if (stored.length >= MIN_SECRET_LENGTH) return stored
  }
  const generated = randomBytes(48).toString('base64url')
  mkdirSync(dataDir, { recursive: true })
  writeFileSync(file, `${generated}\n`, { mode: 0o600 })
  return generated
}

export function resolvePort(raw: string | undefined): number {
  if (raw === undefined || raw.trim() === '') return 3000
  const port = Number(raw)
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new SettingsError(`PORT "${raw}" is not a port number (0–65535)`)
  }
  return port
}

/** Reads every setting; throws SettingsError with a one-line message on the first wrong one. */
export function loadSettings(env: Env = process.env, cwd = process.cwd()): Settings {
  const isProduction = (env.NGUON_ENV ?? env.NODE_ENV) === 'production'
  const database = resolveDatabase(env.DATABASE_URL, cwd, env.NGUON_SCHEMA)
  const dataDir = path.resolve(cwd, env.NGUON_DATA_DIR?.trim() || 'data')
  const port = resolvePort(env.PORT)
  const isBuildPhase = env.NEXT_PHASE === 'phase-production-build'
  const secret = isBuildPhase
    ? (env.PAYLOAD_SECRET ?? 'build-time-placeholder-never-used-to-sign-anything')
    : resolveSecret({ dataDir, env, isProduction })
  const demoPassword = env.DEMO_PASSWORD?.trim() || (isProduction ? null : DEFAULT_DEMO_PASSWORD)
  const serverURL = (env.SERVER_URL?.trim() || `http://localhost:${port}`).replace(/\/$/, '')
  const smtpUrl = env.SMTP_URL?.trim() || undefined
  const mailFrom = env.MAIL_FROM?.trim() || 'nguon@localhost'
  return { database, dataDir, demoPassword, isProduction, mailFrom, port, secret, serverURL, smtpUrl }
}

export const DEFAULT_PUBLISHER = 'Văn phòng Ủy ban nhân dân tỉnh'

/** NGUON_PUBLISHER: the office that publishes the public pages (their header, OpenGraph site name, JSON-LD publisher). */
export function publisherName(env: Env = process.env): string {
  return env.NGUON_PUBLISHER?.trim().slice(0, 200) || DEFAULT_PUBLISHER
}
