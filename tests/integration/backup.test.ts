// npm run backup / restore: a live installation backed up, a wiped one restored from the archive holds every row,
// the same media bytes and serves the same feeds (same ETags); damaged archives and occupied targets are refused.
import { execFileSync, spawn } from 'node:child_process'
import { createHash, randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { BackupError, createBackup, restoreBackup } from '../../src/ops/backup'
import { type Dump, dumpDatabase } from '../release/databaseDump'
import { createPostgresDatabase, dropPostgresDatabase, testDatabaseKind } from '../helpers/testPayload'
import { type Doc, startWorkflowWorld, type WorkflowWorld } from '../helpers/workflow'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64')
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex')
const isPostgres = testDatabaseKind() === 'postgres'

/**
 * Every table but the job scheduler's own bookkeeping, which Payload's scheduler updates by itself every few seconds
 * (a backup taken a moment later holds a later stamp). Rows sorted by id: PostgreSQL returns them in no set order.
 */
function officeData(dump: Dump): Dump {
  const byId = (a: Record<string, unknown>, b: Record<string, unknown>) => String(a.id ?? JSON.stringify(a)).localeCompare(String(b.id ?? JSON.stringify(b)), 'en', { numeric: true })
  return Object.fromEntries(Object.entries(dump).filter(([table]) => !['payload_jobs', 'payload_jobs_stats'].includes(table)).map(([table, rows]) => [table, [...rows].sort(byId)]))
}

type Served = { etags: Record<string, null | string>; media: Record<string, string> }

/** What a separate process serves from `databaseUrl` and `dataDir` (tests/helpers/servedFeeds.ts). */
function serve({ dataDir, databaseUrl, mediaFiles, secret }: { dataDir: string; databaseUrl: string; mediaFiles: string[]; secret: string }): Promise<Served> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(root, 'node_modules/tsx/dist/cli.mjs'), 'tests/helpers/servedFeeds.ts'], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: databaseUrl, MEDIA_FILES: mediaFiles.join(','), NGUON_DATA_DIR: dataDir, PAYLOAD_SECRET: secret },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let out = ''
    child.stdout.on('data', (d: Buffer) => (out += d.toString()))
    child.stderr.on('data', (d: Buffer) => (out += d.toString()))
    child.on('close', () => {
      const line = out.split('\n').find((l) => l.startsWith('SERVED '))
      if (line) resolve(JSON.parse(line.slice('SERVED '.length)) as Served)
      else reject(new Error(`the restored installation did not serve:\n${out.slice(-3000)}`))
    })
  })
}

describe('backup and restore', () => {
  let w: WorkflowWorld
  const work = mkdtempSync(path.join(tmpdir(), 'nguon-backups-'))
  const databases: string[] = []

  /** An empty installation: a data folder and a database nobody has started on. */
  async function emptyInstallation(name: string): Promise<{ dataDir: string; databaseUrl: string }> {
    const dataDir = path.join(work, name)
    mkdirSync(dataDir, { recursive: true })
    if (!isPostgres) return { dataDir, databaseUrl: `file:${path.join(dataDir, 'nguon.db')}` }
    const db = `nguon_test_restore_${randomBytes(4).toString('hex')}`
    databases.push(db)
    return { dataDir, databaseUrl: await createPostgresDatabase(process.env.TEST_DATABASE_URL!, db) }
  }

  beforeAll(async () => {
    w = await startWorkflowWorld('backup')
  })
  afterAll(async () => {
    await w?.stop()
    for (const db of databases) await dropPostgresDatabase(process.env.TEST_DATABASE_URL!, db).catch(() => undefined)
    rmSync(work, { force: true, recursive: true })
  })

  it('restores a wiped installation to the same rows, media bytes and feed ETags; refuses to overwrite without --force and moves aside with it', async () => {
    const published = await w.articleIn('published', { title: 'Bài đã đăng trước khi sao lưu' })
    await w.articleIn('in_review')
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(PNG)], { type: 'image/png' }), 'anh-sao-luu.png')
    form.append('_payload', JSON.stringify({ alt: 'Ảnh trong bản sao lưu', kind: 'photo' }))
    const upload = await fetch(`${w.server.url}/api/media`, { body: form, headers: { authorization: `JWT ${w.tokens.editor}` }, method: 'POST' })
    expect(upload.status).toBe(201)
    const media = ((await upload.json()) as { doc: Doc & { filename: string } }).doc
    const liveUrl = process.env.DATABASE_URL!
    const before = await dumpDatabase(liveUrl)
    expect(before.articles?.some((row) => row.id === published.id)).toBe(true)

    const { archive, manifest } = await createBackup({ databaseUrl: liveUrl, dataDir: w.t.dataDir, outDir: path.join(work, 'archives') })
    expect(path.basename(archive)).toMatch(/^nguon-backup-\d{8}-\d{6}\.tar\.gz$/)
    expect(manifest.database.rows.articles).toBe(before.articles!.length)
    expect(manifest.media.map((m) => m.path)).toContain(media.filename)
    expect(readdirSync(path.dirname(archive))).toEqual([path.basename(archive)]) // no partial file left behind

    // The live installation is not empty: a restore onto it is refused and changes nothing.
    await expect(restoreBackup({ archive, databaseUrl: liveUrl, dataDir: w.t.dataDir })).rejects.toThrow(/not empty.*--force/)
    expect(officeData(await dumpDatabase(liveUrl))).toEqual(officeData(before))

    // A new, empty installation (the wiped machine) restored from the archive.
    const target = await emptyInstallation('restored')
    const restored = await restoreBackup({ archive, databaseUrl: target.databaseUrl, dataDir: target.dataDir })
    expect(restored.asides).toEqual([])
    expect(officeData(await dumpDatabase(target.databaseUrl))).toEqual(officeData(before))
    expect(sha256(readFileSync(path.join(target.dataDir, 'media', media.filename)))).toBe(sha256(PNG))

    const mediaFiles = readdirSync(path.join(w.t.dataDir, 'media'))
    const secret = process.env.PAYLOAD_SECRET!
    const [liveServed, restoredServed] = [
      { etags: {} as Record<string, null | string>, media: {} as Record<string, string> },
      await serve({ ...target, mediaFiles, secret }),
    ]
    for (const feed of Object.keys(restoredServed.etags)) liveServed.etags[feed] = (await fetch(`${w.server.url}${feed}`)).headers.get('etag')
    for (const file of mediaFiles) {
      const res = await fetch(`${w.server.url}/api/media/file/${file}`)
      liveServed.media[file] = `${res.status} ${sha256(Buffer.from(await res.arrayBuffer()))}`
    }
    expect(Object.values(restoredServed.etags).every((etag) => typeof etag === 'string' && etag.length > 2)).toBe(true)
    expect(restoredServed).toEqual(liveServed)

    // Restoring again with --force moves what is there aside (nothing deleted) and restores the same.
    writeFileSync(path.join(target.dataDir, 'media', 'added-after-restore.txt'), 'giữ lại')
    const again = await restoreBackup({ archive, databaseUrl: target.databaseUrl, dataDir: target.dataDir, force: true, now: new Date('2026-12-03T01:02:03Z') })
    expect(again.asides).toEqual(
      isPostgres
        ? ['schema nguon_before_restore_20261203_010203', `${path.join(target.dataDir, 'media')}.before-restore-20261203-010203`]
        : [`${target.databaseUrl.slice('file:'.length)}.before-restore-20261203-010203`, `${path.join(target.dataDir, 'media')}.before-restore-20261203-010203`],
    )
    expect(readFileSync(path.join(`${path.join(target.dataDir, 'media')}.before-restore-20261203-010203`, 'added-after-restore.txt'), 'utf8')).toBe('giữ lại')
    expect(existsSync(path.join(target.dataDir, 'media', 'added-after-restore.txt'))).toBe(false)
    expect(officeData(await dumpDatabase(target.databaseUrl))).toEqual(officeData(before))
  })

  it('counts the rows of the very snapshot it archives while the server keeps writing, so the restore checks out', async () => {
    // Jobs queued into a queue no worker runs, as fast as the database takes them, all through the backup.
    let writing = true
    let queued = 0
    const writer = (async () => {
      while (writing) {
        await w.t.payload.jobs.queue({ input: {}, queue: 'sao-luu-thu', task: 'deliverWebhooks' })
        queued++
        await new Promise((resolve) => setImmediate(resolve)) // as requests do: on SQLite a write resolves without I/O and would starve the backup's
      }
    })()
    let backup: Awaited<ReturnType<typeof createBackup>>
    try {
      const before = queued
      backup = await createBackup({ databaseUrl: process.env.DATABASE_URL!, dataDir: w.t.dataDir, now: new Date('2026-12-04T00:00:00Z'), outDir: path.join(work, 'while-writing') })
      expect(queued - before, 'jobs queued while the backup ran').toBeGreaterThan(0)
    } finally {
      writing = false
      await writer
    }
    const live = (await dumpDatabase(process.env.DATABASE_URL!)).payload_jobs!.length
    expect(backup.manifest.database.rows.payload_jobs).toBeLessThan(live)

    const target = await emptyInstallation('while-writing')
    await restoreBackup({ archive: backup.archive, databaseUrl: target.databaseUrl, dataDir: target.dataDir }) // throws when a count differs
    expect((await dumpDatabase(target.databaseUrl)).payload_jobs!.length).toBe(backup.manifest.database.rows.payload_jobs)
  })

  it('refuses a damaged archive, or one of another database kind, before replacing anything', async () => {
    const { archive } = await createBackup({ databaseUrl: process.env.DATABASE_URL!, dataDir: w.t.dataDir, now: new Date('2026-12-02T00:00:00Z'), outDir: path.join(work, 'to-damage') })
    const unpacked = path.join(work, 'unpacked')
    mkdirSync(unpacked, { recursive: true })
    execFileSync('tar', ['-xzf', archive, '-C', unpacked])
    const manifest = JSON.parse(readFileSync(path.join(unpacked, 'manifest.json'), 'utf8'))
    const file = manifest.media[0].path as string
    writeFileSync(path.join(unpacked, 'media', file), 'not the picture')
    const damaged = path.join(work, 'damaged.tar.gz')
    execFileSync('tar', ['-czf', damaged, '-C', unpacked, '.'])
    const target = await emptyInstallation('never-restored')
    await expect(restoreBackup({ archive: damaged, databaseUrl: target.databaseUrl, dataDir: target.dataDir })).rejects.toThrow(`the archive's media do not match its manifest: ${file}: content differs from the backup`)
    expect(existsSync(path.join(target.dataDir, 'media'))).toBe(false)

    manifest.database.kind = isPostgres ? 'sqlite' : 'postgres'
    writeFileSync(path.join(unpacked, 'manifest.json'), JSON.stringify(manifest))
    const otherKind = path.join(work, 'other-kind.tar.gz')
    execFileSync('tar', ['-czf', otherKind, '-C', unpacked, '.'])
    await expect(restoreBackup({ archive: otherKind, databaseUrl: target.databaseUrl, dataDir: target.dataDir })).rejects.toThrow(BackupError)
    await expect(restoreBackup({ archive: path.join(work, 'no-such.tar.gz'), databaseUrl: target.databaseUrl, dataDir: target.dataDir })).rejects.toThrow('no such file')
    expect(existsSync(path.join(target.dataDir, 'media'))).toBe(false)
  })

  it('says MongoDB is backed up with mongodump', async () => {
    await expect(createBackup({ databaseUrl: 'mongodb://u:secret@db/nguon', dataDir: work, outDir: work })).rejects.toThrow(/mongodump/)
    await expect(createBackup({ databaseUrl: 'mongodb://u:secret@db/nguon', dataDir: work, outDir: work })).rejects.not.toThrow(/secret/)
  })
})
