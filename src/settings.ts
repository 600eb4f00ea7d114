// Resolves Nguồn's settings from the environment once, with one clear message for each mistake.
import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { z } from 'zod'

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

/** Where uploads live: the data folder (the default), or an S3-compatible bucket shared by several app machines. */
export type MediaStorage =
  | { accessKeyId: string; bucket: string; endpoint?: string; forcePathStyle: boolean; kind: 's3'; region: string; secretAccessKey: string }
  | { kind: 'local' }

export type Settings = {
  database: DatabaseSettings
  dataDir: string
  mediaStorage: MediaStorage
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

const requiredText = (name: string) =>
  z.string({ error: `${name} is required when S3_BUCKET is set` }).trim().min(1, { error: `${name} is required when S3_BUCKET is set` })

const s3Variables = z.object({
  S3_ACCESS_KEY_ID: requiredText('S3_ACCESS_KEY_ID'),
  S3_BUCKET: requiredText('S3_BUCKET'),
  S3_ENDPOINT: z
    .string()
    .trim()
    .optional()
    .transform((value) => value || undefined)
    .pipe(z.url({ error: 'S3_ENDPOINT is not a URL (e.g. https://s3.example.vn or http://127.0.0.1:9000)', protocol: /^https?$/ }).optional()),
  S3_FORCE_PATH_STYLE: z
    .string()
    .trim()
    .toLowerCase()
    .optional()
    .transform((value) => value || 'false')
    .pipe(z.enum(['0', '1', 'false', 'true'], { error: 'S3_FORCE_PATH_STYLE accepts true or false' })),
  S3_REGION: requiredText('S3_REGION'),
  S3_SECRET_ACCESS_KEY: requiredText('S3_SECRET_ACCESS_KEY'),
})

/**
 * S3_BUCKET and friends: media on an S3-compatible store when S3_BUCKET is set, else the data folder. Messages name the
 * variable, never its value (two of them are credentials).
 */
export function resolveMediaStorage(env: Env): MediaStorage {
  if (!env.S3_BUCKET?.trim()) return { kind: 'local' }
  const parsed = s3Variables.safeParse(env)
  if (!parsed.success) throw new SettingsError(parsed.error.issues[0]!.message)
  const { S3_ACCESS_KEY_ID, S3_BUCKET, S3_ENDPOINT, S3_FORCE_PATH_STYLE, S3_REGION, S3_SECRET_ACCESS_KEY } = parsed.data
  return {
    accessKeyId: S3_ACCESS_KEY_ID,
    bucket: S3_BUCKET,
    ...(S3_ENDPOINT ? { endpoint: S3_ENDPOINT } : {}),
    forcePathStyle: S3_FORCE_PATH_STYLE === 'true' || S3_FORCE_PATH_STYLE === '1',
    kind: 's3',
    region: S3_REGION,
    secretAccessKey: S3_SECRET_ACCESS_KEY,
  }
}

export function resolvePort(raw: string | undefined): number {
  if (raw === undefined || raw.trim() === '') return 3000
  const port = Number(raw)
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new SettingsError(`PORT "${raw}" is not a port number (0–65535)`)
  }
  return port
}

/**
 * The one line to log at start when production links feeds, enclosures and covers to a SERVER_URL that is not https
 * (podcast directories refuse such feeds, and readers' apps warn), or null.
 */
export function insecureServerUrlWarning({ isProduction, serverURL }: Pick<Settings, 'isProduction' | 'serverURL'>): null | string {
  if (!isProduction || /^https:\/\//i.test(serverURL)) return null
  return `nguon: warning: SERVER_URL is ${serverURL}, not https: feeds, podcast enclosures and covers link there; set SERVER_URL=https://… (the address readers use)`
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
  const mediaStorage = resolveMediaStorage(env)
  return { database, dataDir, demoPassword, isProduction, mailFrom, mediaStorage, port, secret, serverURL, smtpUrl }
}

export const DEFAULT_PUBLISHER = 'Văn phòng Ủy ban nhân dân tỉnh'

/** NGUON_PUBLISHER: the office that publishes the public pages (their header, OpenGraph site name, JSON-LD publisher). */
export function publisherName(env: Env = process.env): string {
  return env.NGUON_PUBLISHER?.trim().slice(0, 200) || DEFAULT_PUBLISHER
}
