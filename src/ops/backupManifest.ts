// What a backup archive holds and how a restore checks it (no I/O, no Payload import): the manifest written beside
// the database and media, and the names and refusals both commands use.
import { z } from 'zod'

export const BACKUP_FORMAT = 1

/** Inside the archive: the manifest, the database (SQLite file or pg_dump custom format) and the media folder. */
export const ARCHIVE_ENTRIES = { manifest: 'manifest.json', media: 'media', postgres: 'database.pgdump', sqlite: 'database.sqlite' } as const

const mediaFile = z.object({
  bytes: z.number().int().nonnegative(),
  path: z
    .string()
    .min(1)
    // Relative, forward slashes, no way out of the media folder.
    .refine((p) => !p.startsWith('/') && !p.split('/').some((part) => part === '..' || part === '' || part === '.'), 'a path inside the media folder'),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** The object's Content-Type when the media came from the bucket: a restore puts it back with it. Absent before 0.3. */
  contentType: z.string().min(1).optional(),
})

export const manifestSchema = z.object({
  createdAt: z.iso.datetime(),
  database: z.object({
    kind: z.enum(['postgres', 'sqlite']),
    /** Rows per table when the backup was taken: a restore compares its result with these. */
    rows: z.record(z.string(), z.number().int().nonnegative()),
  }),
  format: z.literal(BACKUP_FORMAT),
  media: z.array(mediaFile),
  /** Where the media were taken from: the data folder, or the S3 bucket (their keys as paths). Absent before 0.3. */
  mediaSource: z.enum(['bucket', 'folder']).optional(),
  /** Migrations the database had recorded: a restore onto an older Nguồn is refused before anything is replaced. */
  migrations: z.array(z.string()),
  version: z.string().min(1),
})

export type BackupManifest = z.infer<typeof manifestSchema>
export type MediaEntry = z.infer<typeof mediaFile>

/** `nguon-backup-20261202-174501.tar.gz`, in UTC: sorts by time, safe on every filesystem. */
export function backupFileName(at: Date): string {
  const iso = at.toISOString() // 2026-12-02T17:45:01.123Z
  return `nguon-backup-${iso.slice(0, 10).replaceAll('-', '')}-${iso.slice(11, 19).replaceAll(':', '')}.tar.gz`
}

/** The suffix for what a restore moves aside (never deletes): `before-restore-20261202-174501`. */
export const asideSuffix = (at: Date): string => backupFileName(at).replace('nguon-backup-', 'before-restore-').replace('.tar.gz', '')

/** Reads a manifest; the message names what is wrong with it. */
export function parseManifest(text: string): BackupManifest {
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch {
    throw new Error('manifest.json is not JSON: this is not a Nguồn backup, or it is damaged')
  }
  const result = manifestSchema.safeParse(raw)
  if (!result.success) {
    const first = result.error.issues[0]!
    throw new Error(`manifest.json: ${first.path.join('.') || '(top)'}: ${first.message}`)
  }
  return result.data
}

/**
 * Why this backup may not be restored here, or null: another database kind, or migrations this version does not know
 * (a newer Nguồn wrote it; restore it with that version or newer).
 */
export function refuseRestore({ knownMigrations, manifest, targetKind }: { knownMigrations: readonly string[]; manifest: BackupManifest; targetKind: string }): null | string {
  if (manifest.database.kind !== targetKind) {
    return `this backup holds a ${manifest.database.kind} database and DATABASE_URL names a ${targetKind} one; restore it to a ${manifest.database.kind} database`
  }
  const known = new Set(knownMigrations)
  const unknown = manifest.migrations.filter((name) => name !== 'dev' && !known.has(name))
  if (unknown.length) return `this backup was taken by Nguồn ${manifest.version}, whose schema this version does not know (${unknown.join(', ')}); restore it with Nguồn ${manifest.version} or newer`
  return null
}

/** Tables whose row counts differ between the backup and the restored database, as readable lines. */
export function rowMismatches(expected: Record<string, number>, actual: Record<string, number>): string[] {
  const tables = [...new Set([...Object.keys(expected), ...Object.keys(actual)])].sort()
  return tables.filter((t) => expected[t] !== actual[t]).map((t) => `${t}: ${expected[t] ?? 'absent'} in the backup, ${actual[t] ?? 'absent'} restored`)
}

/** Media files missing or different after extraction, as readable lines. */
export function mediaMismatches(expected: MediaEntry[], actual: MediaEntry[]): string[] {
  const found = new Map(actual.map((m) => [m.path, m]))
  const problems: string[] = []
  for (const m of expected) {
    const got = found.get(m.path)
    if (!got) problems.push(`${m.path}: missing`)
    else if (got.sha256 !== m.sha256 || got.bytes !== m.bytes) problems.push(`${m.path}: content differs from the backup`)
  }
  return problems
}
