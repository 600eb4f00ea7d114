// `npm run backup` and `npm run restore`: the database and the media folder in one dated archive, and back.
//
// SQLite is copied online with `VACUUM INTO` (a consistent snapshot while the server keeps writing); PostgreSQL with
// `pg_dump` in its custom format (one consistent snapshot, restored with `pg_restore` in a single transaction). The
// archive is a tar.gz made by the system's `tar`, with a manifest of rows per table, recorded migrations and each
// media file's SHA-256, which a restore checks before it says it is done. A restore never deletes: the database and
// media it replaces are moved aside (a renamed file or schema, a renamed folder) and named in its output. With media in
// an S3 bucket (S3_BUCKET), the bucket's objects go into the archive's media folder under their keys, and a restore puts
// them back into the bucket (an object it would replace is first copied aside under `before-restore-…/`).
import { createClient } from '@libsql/client'
import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { createReadStream, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import pg from 'pg'

import { migrations as postgresMigrations } from '../migrations/postgres'
import { migrations as sqliteMigrations } from '../migrations/sqlite'
import { APP_VERSION } from '../release/version'
import { type MediaStorage, redactUrl } from '../settings'
import { bucketMismatches, downloadBucket, listBucket, s3Client, uploadToBucket } from './bucketMedia'
import {
  ARCHIVE_ENTRIES,
  asideSuffix,
  BACKUP_FORMAT,
  type BackupManifest,
  backupFileName,
  type MediaEntry,
  mediaMismatches,
  parseManifest,
  refuseRestore,
  rowMismatches,
} from './backupManifest'

/** `mediaStorage` (settings.mediaStorage): where the media are; the data folder when absent. */
export type BackupTarget = { databaseUrl: string; dataDir: string; mediaStorage?: MediaStorage }
type Log = (line: string) => void

/** A refusal or failure meant for the operator: one line, no stack. */
export class BackupError extends Error {
  override name = 'BackupError'
}

const kindOf = (url: string): 'mongodb' | 'postgres' | 'sqlite' =>
  url.startsWith('file:') ? 'sqlite' : /^postgres(ql)?:\/\//.test(url) ? 'postgres' : 'mongodb'
const sqlitePath = (url: string) => url.slice('file:'.length)
const quoteSqlite = (text: string) => `'${text.replaceAll("'", "''")}'`

function run(command: string, args: string[], { env, input }: { env?: Record<string, string>; input?: string } = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['pipe', 'pipe', 'pipe'] })
    let out = ''
    let err = ''
    child.stdout.on('data', (d: Buffer) => (out += d.toString()))
    child.stderr.on('data', (d: Buffer) => (err += d.toString()))
    child.on('error', (e: NodeJS.ErrnoException) =>
      reject(new BackupError(e.code === 'ENOENT' ? `${command} is not installed (PostgreSQL backups need the client tools: apt install postgresql-client)` : `${command}: ${e.message}`)),
    )
    child.on('close', (code) => (code === 0 ? resolve(out) : reject(new BackupError(`${command} failed (exit ${code}): ${err.trim().split('\n').slice(-3).join(' / ')}`))))
    child.stdin.on('error', () => undefined) // a tool that exits before reading its input reports through its exit code
    child.stdin.end(input ?? '')
  })
}

/** pg_dump and psql take the URL as `--dbname`; the password goes through the environment, never the command line. */
function pgConnection(url: string): { args: string[]; env: Record<string, string> } {
  const parsed = new URL(url)
  const password = decodeURIComponent(parsed.password)
  parsed.password = ''
  return { args: ['--dbname', parsed.toString()], env: password ? { PGPASSWORD: password } : {} }
}

async function sha256Of(file: string): Promise<string> {
  const hash = createHash('sha256')
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer)
  return hash.digest('hex')
}

async function listMedia(mediaDir: string): Promise<MediaEntry[]> {
  if (!existsSync(mediaDir)) return []
  const entries: MediaEntry[] = []
  for (const rel of (readdirSync(mediaDir, { recursive: true }) as string[]).sort()) {
    const file = path.join(mediaDir, rel)
    if (!statSync(file).isFile()) continue
    entries.push({ bytes: statSync(file).size, path: rel.split(path.sep).join('/'), sha256: await sha256Of(file) })
  }
  return entries
}

async function sqliteFacts(url: string): Promise<{ migrations: string[]; rows: Record<string, number> }> {
  const client = createClient({ url })
  try {
    const tables = (await client.execute(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`)).rows.map((r) => String(r.name))
    const rows: Record<string, number> = {}
    for (const table of tables) rows[table] = Number((await client.execute(`SELECT COUNT(*) AS n FROM "${table.replaceAll('"', '""')}"`)).rows[0]!.n)
    const migrations = tables.includes('payload_migrations')
      ? (await client.execute('SELECT name FROM payload_migrations ORDER BY name')).rows.map((r) => String(r.name))
      : []
    return { migrations, rows }
  } finally {
    client.close()
  }
}

type Query = (sql: string) => Promise<unknown[][]>

/** Rows per table and recorded migrations, read through `query` (inside the backup's snapshot, or after a restore). */
async function postgresFacts(query: Query): Promise<{ migrations: string[]; rows: Record<string, number> }> {
  const tables = (await query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`)).map(([t]) => String(t))
  const rows: Record<string, number> = {}
  if (tables.length) {
    const literal = (text: string) => `'${text.replaceAll("'", "''")}'`
    for (const [table, n] of await query(tables.map((t) => `SELECT ${literal(t)}, COUNT(*) FROM public."${t.replaceAll('"', '""')}"`).join(' UNION ALL '))) {
      rows[String(table)] = Number(n)
    }
  }
  const migrations = tables.includes('payload_migrations') ? (await query('SELECT name FROM public.payload_migrations ORDER BY name')).map(([n]) => String(n)) : []
  return { migrations, rows }
}

/** Runs `use` with a query function on one connection, closed afterwards. */
async function withPostgres<T>(url: string, use: (query: Query) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url })
  await client.connect().catch((error: Error) => {
    throw new BackupError(`cannot connect to ${redactUrl(url)}: ${error.message}`)
  })
  try {
    return await use(async (sql) => (await client.query<unknown[]>({ rowMode: 'array', text: sql })).rows)
  } finally {
    await client.end()
  }
}

/**
 * `pg_dump` into `file`, counting the rows in the very snapshot it dumps: a transaction exports its snapshot, pg_dump
 * reads through it (`--snapshot`), and the counts come from the same transaction, so rows the server writes meanwhile
 * (a queued job, a delivery) are in neither or in both.
 */
async function dumpPostgres(url: string, file: string): Promise<{ migrations: string[]; rows: Record<string, number> }> {
  const { args, env } = pgConnection(url)
  return withPostgres(url, async (query) => {
    await query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY')
    const [[snapshot]] = (await query('SELECT pg_export_snapshot()')) as [[string]]
    await run('pg_dump', [...args, '--format=custom', '--no-owner', '--no-privileges', '--snapshot', snapshot, '--file', file], { env })
    const facts = await postgresFacts(query)
    await query('COMMIT')
    return facts
  })
}

function refuseMongo(url: string): void {
  if (kindOf(url) === 'mongodb') {
    throw new BackupError(`DATABASE_URL ${redactUrl(url)} is MongoDB: back it up with mongodump and the media folder with it; npm run backup covers SQLite and PostgreSQL`)
  }
}

/** Writes `nguon-backup-<UTC time>.tar.gz` into `outDir` and returns its path and manifest. */
export async function createBackup({ databaseUrl, dataDir, log = () => {}, mediaStorage, now = new Date(), outDir }: BackupTarget & { log?: Log; now?: Date; outDir: string }): Promise<{ archive: string; manifest: BackupManifest }> {
  refuseMongo(databaseUrl)
  const kind = kindOf(databaseUrl) as 'postgres' | 'sqlite'
  if (kind === 'sqlite' && !existsSync(sqlitePath(databaseUrl))) throw new BackupError(`there is no database at ${sqlitePath(databaseUrl)} (DATABASE_URL)`)
  const stage = mkdtempSync(path.join(tmpdir(), 'nguon-backup-'))
  try {
    log(`1/3 database (${kind}) …`)
    let facts: { migrations: string[]; rows: Record<string, number> }
    if (kind === 'sqlite') {
      const copy = path.join(stage, ARCHIVE_ENTRIES.sqlite)
      const client = createClient({ url: databaseUrl })
      try {
        await client.execute(`VACUUM INTO ${quoteSqlite(copy)}`)
      } finally {
        client.close()
      }
      // Counted from the copy: exactly what the archive holds, although the live database may have moved on.
      facts = await sqliteFacts(`file:${copy}`)
    } else {
      facts = await dumpPostgres(databaseUrl, path.join(stage, ARCHIVE_ENTRIES.postgres))
    }
    log(`    ${Object.values(facts.rows).reduce((a, b) => a + b, 0)} rows in ${Object.keys(facts.rows).length} tables`)

    const mediaDir = path.join(dataDir, 'media')
    let contentTypes = new Map<string, string>()
    if (mediaStorage?.kind === 's3') {
      log(`2/3 media (bucket ${mediaStorage.bucket}) …`)
      const downloaded = await downloadBucket(mediaStorage, path.join(stage, ARCHIVE_ENTRIES.media))
      contentTypes = downloaded.contentTypes
      for (const key of downloaded.skipped) log(`    skipped an object whose key is no file path: ${JSON.stringify(key)}`)
    } else {
      log('2/3 media …')
      if (existsSync(mediaDir)) await run('cp', ['-a', mediaDir, path.join(stage, ARCHIVE_ENTRIES.media)])
      else mkdirSync(path.join(stage, ARCHIVE_ENTRIES.media))
    }
    // Listed from the copy: the checksums are of what the archive holds.
    const copied = (await listMedia(path.join(stage, ARCHIVE_ENTRIES.media))).map((m) => (contentTypes.has(m.path) ? { ...m, contentType: contentTypes.get(m.path) } : m))
    log(`    ${copied.length} files, ${copied.reduce((a, m) => a + m.bytes, 0)} bytes`)

    const manifest: BackupManifest = {
      createdAt: now.toISOString(),
      database: { kind, rows: facts.rows },
      format: BACKUP_FORMAT,
      media: copied,
      mediaSource: mediaStorage?.kind === 's3' ? 'bucket' : 'folder',
      migrations: facts.migrations,
      version: APP_VERSION,
    }
    writeFileSync(path.join(stage, ARCHIVE_ENTRIES.manifest), `${JSON.stringify(manifest, null, 2)}\n`)

    log('3/3 archive …')
    mkdirSync(outDir, { recursive: true })
    const archive = path.join(path.resolve(outDir), backupFileName(now))
    if (existsSync(archive)) throw new BackupError(`${archive} exists already`)
    await run('tar', ['-czf', `${archive}.partial`, '-C', stage, '.'])
    renameSync(`${archive}.partial`, archive) // never a half-written archive under the final name
    return { archive, manifest }
  } finally {
    rmSync(stage, { force: true, recursive: true })
  }
}

async function databaseIsEmpty(url: string): Promise<boolean> {
  if (kindOf(url) === 'sqlite') {
    const file = sqlitePath(url)
    if (!existsSync(file)) return true
    const client = createClient({ url })
    try {
      return Number((await client.execute(`SELECT COUNT(*) AS n FROM sqlite_master WHERE type = 'table'`)).rows[0]!.n) === 0
    } finally {
      client.close()
    }
  }
  const { args, env } = pgConnection(url)
  return (await run('psql', [...args, '-XqAt', '-c', `SELECT COUNT(*) FROM pg_tables WHERE schemaname = 'public'`], { env })).trim() === '0'
}

/**
 * Restores an archive onto DATABASE_URL and the data folder. Stop Nguồn first. A database or media folder that is not
 * empty is refused unless `force`; with it, they are moved aside, never deleted. Returns what was moved aside.
 */
export async function restoreBackup({ archive, databaseUrl, dataDir, force = false, log = () => {}, mediaStorage, now = new Date() }: BackupTarget & { archive: string; force?: boolean; log?: Log; now?: Date }): Promise<{ asides: string[]; manifest: BackupManifest }> {
  refuseMongo(databaseUrl)
  if (!existsSync(archive)) throw new BackupError(`${archive}: no such file`)
  const kind = kindOf(databaseUrl) as 'postgres' | 'sqlite'
  const stage = mkdtempSync(path.join(tmpdir(), 'nguon-restore-'))
  try {
    log('1/4 reading the archive …')
    await run('tar', ['-xzf', archive, '-C', stage, '--no-same-owner'])
    const manifestFile = path.join(stage, ARCHIVE_ENTRIES.manifest)
    if (!existsSync(manifestFile)) throw new BackupError(`${archive} has no manifest.json: it is not a Nguồn backup`)
    const manifest = parseManifest(readFileSync(manifestFile, 'utf8'))
    const refusal = refuseRestore({ knownMigrations: (kind === 'postgres' ? postgresMigrations : sqliteMigrations).map((m) => m.name), manifest, targetKind: kind })
    if (refusal) throw new BackupError(refusal)
    const extracted = await listMedia(path.join(stage, ARCHIVE_ENTRIES.media))
    const damaged = mediaMismatches(manifest.media, extracted)
    if (damaged.length) throw new BackupError(`the archive's media do not match its manifest: ${damaged.slice(0, 5).join('; ')}`)

    const mediaDir = path.join(dataDir, 'media')
    const bucket = mediaStorage?.kind === 's3' ? mediaStorage : null
    const bucketObjects = async () => {
      const s3 = s3Client(bucket!)
      try {
        return await listBucket(s3, bucket!.bucket)
      } finally {
        s3.destroy()
      }
    }
    const mediaInUse = bucket ? (await bucketObjects()).length > 0 : existsSync(mediaDir) && readdirSync(mediaDir).length > 0
    if (!force && (!(await databaseIsEmpty(databaseUrl)) || mediaInUse)) {
      throw new BackupError(`the database or the media ${bucket ? `bucket ${bucket.bucket}` : 'folder'} is not empty; stop Nguồn and run again with --force to move what is there aside (nothing is deleted)`)
    }

    const suffix = asideSuffix(now)
    const asides: string[] = []
    log('2/4 database …')
    if (kind === 'sqlite') {
      const file = sqlitePath(databaseUrl)
      mkdirSync(path.dirname(file), { recursive: true })
      for (const ext of ['', '-wal', '-shm']) {
        if (existsSync(file + ext)) {
          renameSync(file + ext, `${file}.${suffix}${ext}`)
          if (ext === '') asides.push(`${file}.${suffix}`)
        }
      }
      renameSync(path.join(stage, ARCHIVE_ENTRIES.sqlite), file)
    } else {
      const { args, env } = pgConnection(databaseUrl)
      const aside = `nguon_${suffix.replaceAll('-', '_')}`
      if (!(await databaseIsEmpty(databaseUrl))) {
        await run('psql', [...args, '-Xq', '-v', 'ON_ERROR_STOP=1', '-c', `ALTER SCHEMA public RENAME TO ${aside}; CREATE SCHEMA public;`], { env })
        asides.push(`schema ${aside}`)
      }
      await run('pg_restore', [...args, '--no-owner', '--no-privileges', '--single-transaction', '--exit-on-error', path.join(stage, ARCHIVE_ENTRIES.postgres)], { env })
    }

    if (bucket) {
      log(`3/4 media (bucket ${bucket.bucket}) …`)
      const movedAside = await uploadToBucket(bucket, path.join(stage, ARCHIVE_ENTRIES.media), manifest.media, suffix)
      if (movedAside.length) asides.push(`${movedAside.length} objects of bucket ${bucket.bucket} under ${suffix}/`)
    } else {
      log('3/4 media …')
      if (existsSync(mediaDir)) {
        renameSync(mediaDir, `${mediaDir}.${suffix}`)
        asides.push(`${mediaDir}.${suffix}`)
      }
      mkdirSync(dataDir, { recursive: true })
      renameSync(path.join(stage, ARCHIVE_ENTRIES.media), mediaDir)
    }

    log('4/4 checking …')
    const facts = kind === 'sqlite' ? await sqliteFacts(databaseUrl) : await withPostgres(databaseUrl, postgresFacts)
    // In the bucket each object is checked by its length and Content-Type (the archive's checksums were checked before the upload).
    const mediaProblems = bucket ? await bucketMismatches(bucket, manifest.media) : mediaMismatches(manifest.media, await listMedia(mediaDir))
    const problems = [...rowMismatches(manifest.database.rows, facts.rows), ...mediaProblems]
    if (problems.length) throw new BackupError(`the restored data differ from the backup: ${problems.slice(0, 5).join('; ')}`)
    return { asides, manifest }
  } finally {
    rmSync(stage, { force: true, recursive: true })
  }
}
