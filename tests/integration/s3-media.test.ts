// Media on an S3-compatible store (S3_BUCKET set): uploads land in the bucket, not the data folder, and are served by
// our HTTP code with the same access rules, HEAD, ranges and validators as on local disk. s3rver on loopback stands in
// for MinIO, Ceph RGW or a cloud S3.
import { DeleteObjectCommand, GetObjectCommand, HeadObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3'
import { createHash } from 'node:crypto'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import S3rver from 's3rver'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createBackup, restoreBackup } from '../../src/ops/backup'
import { bucketMismatches, type S3Storage } from '../../src/ops/bucketMedia'
import { resolveMediaStorage } from '../../src/settings'
import { api } from '../helpers/api'
import { createPostgresDatabase, dropPostgresDatabase } from '../helpers/testPayload'
import { type Doc, startWorkflowWorld, type WorkflowWorld } from '../helpers/workflow'

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64')
const MP3 = Buffer.concat([Buffer.from('ID3', 'latin1'), Buffer.from([3, 0, 0, 0, 0, 0, 0]), Buffer.from([0xff, 0xfb, 0x90, 0x64]), Buffer.alloc(413)])
const BUCKET = 'nguon-media'
const S3_VARIABLES = ['S3_ACCESS_KEY_ID', 'S3_BUCKET', 'S3_ENDPOINT', 'S3_FORCE_PATH_STYLE', 'S3_REGION', 'S3_SECRET_ACCESS_KEY'] as const

type Media = Doc & { filename: string; mimeType: string }

describe('media on S3-compatible storage', () => {
  let w: WorkflowWorld
  let s3rver: S3rver
  let s3Dir: string
  let bucket: S3Client
  let live: Media
  let draftOnly: Media
  const url = () => w.server.url
  const file = (media: Media, { headers = {}, method = 'GET', token }: { headers?: Record<string, string>; method?: string; token?: string } = {}) =>
    fetch(`${url()}/api/media/file/${encodeURIComponent(media.filename)}`, { headers: { ...(token ? { authorization: `JWT ${token}` } : {}), ...headers }, method })
  const uploaded = async (name: string, type: string, bytes: Buffer, extra: Record<string, unknown> = {}) => {
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(bytes)], { type }), `${Math.random().toString(36).slice(2)}-${name}`)
    form.append('_payload', JSON.stringify({ alt: 'Tư liệu thử', kind: 'photo', ...extra }))
    const res = await fetch(`${url()}/api/media`, { body: form, headers: { authorization: `JWT ${w.tokens.editor}` }, method: 'POST' })
    const body = (await res.json()) as { doc: Media }
    expect(res.status, JSON.stringify(body)).toBe(201)
    return body.doc
  }
  const objectInBucket = async (key: string): Promise<Buffer | null> => {
    try {
      const object = await bucket.send(new GetObjectCommand({ Bucket: BUCKET, Key: key }))
      return Buffer.from(await object.Body!.transformToByteArray())
    } catch {
      return null
    }
  }

  beforeAll(async () => {
    s3Dir = mkdtempSync(path.join(tmpdir(), 'nguon-s3rver-'))
    s3rver = new S3rver({ address: '127.0.0.1', configureBuckets: [{ configs: [], name: BUCKET }], directory: s3Dir, port: 0, silent: true })
    const { port } = (await s3rver.run()) as { port: number }
    // Set before the config is imported: it reads them once.
    Object.assign(process.env, {
      S3_ACCESS_KEY_ID: 'S3RVER',
      S3_BUCKET: BUCKET,
      S3_ENDPOINT: `http://127.0.0.1:${port}`,
      S3_FORCE_PATH_STYLE: 'true',
      S3_REGION: 'us-east-1',
      S3_SECRET_ACCESS_KEY: 'S3RVER',
    })
    bucket = new S3Client({ credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' }, endpoint: `http://127.0.0.1:${port}`, forcePathStyle: true, region: 'us-east-1' })
    w = await startWorkflowWorld('s3-media')
    live = await uploaded('anh-bia.png', 'image/png', PNG)
    draftOnly = await uploaded('ban-nhap.mp3', 'audio/mpeg', MP3)
    const created = await api<{ doc: Doc }>(url(), '/api/articles', {
      body: w.complete('articles', { audiences: ['public'], channels: ['web'], heroImage: live.id, title: 'Bài có ảnh bìa' }),
      token: w.tokens.editor,
    })
    expect(created.status).toBe(201)
    expect((await w.act('editor', created.body.doc.id, { action: 'submit' })).status).toBe(200)
    expect((await w.act('reviewer', created.body.doc.id, { action: 'approve' })).status).toBe(200)
  }, 60_000)

  afterAll(async () => {
    await w?.stop()
    bucket?.destroy()
    await s3rver?.close()
    for (const name of S3_VARIABLES) delete process.env[name]
    if (s3Dir) rmSync(s3Dir, { force: true, recursive: true })
  })

  it('stores uploads in the bucket and not in the data folder', async () => {
    for (const [media, bytes] of [[live, PNG], [draftOnly, MP3]] as const) {
      expect((await objectInBucket(media.filename))?.equals(bytes), media.filename).toBe(true)
      expect(existsSync(path.join(w.t.dataDir, 'media', media.filename))).toBe(false)
    }
  })

  it('serves GET and HEAD from the bucket with equal headers, Content-Length and a strong ETag', async () => {
    for (const [media, bytes, token] of [[live, PNG, undefined], [draftOnly, MP3, w.tokens.editor]] as const) {
      const get = await file(media, { token })
      const body = Buffer.from(await get.arrayBuffer())
      const head = await file(media, { method: 'HEAD', token })
      expect([get.status, head.status]).toEqual([200, 200])
      expect(body.equals(bytes)).toBe(true)
      expect(Number(get.headers.get('content-length'))).toBe(bytes.length)
      expect(get.headers.get('etag')).toMatch(/^"[\w-]{32}"$/)
      for (const name of ['content-length', 'content-type', 'etag', 'last-modified', 'cache-control', 'accept-ranges', 'x-content-type-options', 'content-disposition']) {
        expect(head.headers.get(name), name).toBe(get.headers.get(name))
      }
      expect(await head.text()).toBe('')
    }
    expect((await file(live)).headers.get('cache-control')).toBe('public, no-cache')
    expect((await file(draftOnly, { token: w.tokens.editor })).headers.get('cache-control')).toBe('private, no-store')
  })

  it('answers If-None-Match with 304 and serves byte ranges', async () => {
    const etag = (await file(live)).headers.get('etag')!
    const again = await file(live, { headers: { 'if-none-match': etag } })
    expect(again.status).toBe(304)
    expect(again.headers.get('etag')).toBe(etag)
    expect((await file(live, { headers: { 'if-none-match': '"nope"' } })).status).toBe(200)
    const part = await file(draftOnly, { headers: { range: 'bytes=10-19' }, token: w.tokens.editor })
    expect(part.status).toBe(206)
    expect(part.headers.get('content-range')).toBe(`bytes 10-19/${MP3.length}`)
    expect(Buffer.from(await part.arrayBuffer()).equals(MP3.subarray(10, 20))).toBe(true)
    expect((await file(draftOnly, { headers: { range: `bytes=${MP3.length}-` }, token: w.tokens.editor })).status).toBe(416)
  })

  const storedObjectKey = async (id: Doc['id']) =>
    ((await w.t.payload.findByID({ collection: 'media', id, overrideAccess: true })) as unknown as { _objectKey?: null | string })._objectKey ?? null

  it('serves an object the plugin put in a folder of the document (its _objectKey, sanitised)', async () => {
    const foldered = await uploaded('trong-thu-muc.png', 'image/png', PNG)
    // Only the server sets the folder (the plugin does for client uploads); here the object is moved there by hand.
    await bucket.send(new PutObjectCommand({ Body: PNG, Bucket: BUCKET, ContentType: 'image/png', Key: `thu-muc/a/${foldered.filename}` }))
    await bucket.send(new DeleteObjectCommand({ Bucket: BUCKET, Key: foldered.filename }))
    await w.t.payload.update({ collection: 'media', data: { _objectKey: '../thu-muc/./a' } as never, id: foldered.id, overrideAccess: true })
    expect(await storedObjectKey(foldered.id)).toBe('../thu-muc/./a')
    const get = await file(foldered, { token: w.tokens.editor })
    expect(get.status).toBe(200)
    expect(Buffer.from(await get.arrayBuffer()).equals(PNG)).toBe(true)
  })

  it("keeps _objectKey server-owned: an editor's value through REST, GraphQL or the Local API is dropped, and no read shows it", async () => {
    const graphql = (query: string) =>
      api<{ data?: Record<string, unknown>; errors?: { message: string }[] }>(url(), '/api/graphql', { body: { query }, token: w.tokens.editor })
    const tried = await uploaded('tu-dat-thu-muc.png', 'image/png', PNG, { _objectKey: '../tin-khac' })
    expect(tried).not.toHaveProperty('_objectKey')
    expect(await storedObjectKey(tried.id)).toBeNull()
    expect((await objectInBucket(tried.filename))?.equals(PNG)).toBe(true)

    const patched = await api<{ doc: Media }>(url(), `/api/media/${tried.id}`, { body: { _objectKey: 'tin-khac' }, method: 'PATCH', token: w.tokens.editor })
    expect(patched.status).toBe(200)
    expect(patched.body.doc).not.toHaveProperty('_objectKey')
    expect(await storedObjectKey(tried.id)).toBeNull()

    const viaGraphql = await graphql(`mutation { updateMedia(id: ${tried.id}, data: { _objectKey: "tin-khac" }) { id } }`)
    expect(viaGraphql.status, JSON.stringify(viaGraphql.body)).toBe(200)
    expect(await storedObjectKey(tried.id)).toBeNull()

    const editor = (await w.t.payload.find({ collection: 'users', limit: 1, overrideAccess: true, where: { email: { equals: 'editor@nguon.local' } } })).docs[0]
    const local = await w.t.payload.update({ collection: 'media', data: { _objectKey: 'tin-khac' } as never, id: tried.id, overrideAccess: false, user: editor })
    expect(local).not.toHaveProperty('_objectKey')
    expect(await storedObjectKey(tried.id)).toBeNull()
    // Still served from where the server put it.
    expect((await file(tried, { token: w.tokens.editor })).status).toBe(200)

    // Reads with access checks never show it, even when it is set; nor may a query filter on it.
    await w.t.payload.update({ collection: 'media', data: { _objectKey: 'an' } as never, id: tried.id, overrideAccess: true })
    for (const token of [w.tokens.editor, w.tokens.admin]) {
      const one = await api<Record<string, unknown>>(url(), `/api/media/${tried.id}`, { token })
      expect(one.status).toBe(200)
      expect(one.body).not.toHaveProperty('_objectKey')
      const list = await api<{ docs: Record<string, unknown>[] }>(url(), `/api/media?where[id][equals]=${tried.id}`, { token })
      expect(list.body.docs.map((doc) => '_objectKey' in doc)).toEqual([false])
    }
    expect((await api(url(), `/api/media?where[_objectKey][equals]=an`, { token: w.tokens.editor })).status).toBe(400)
    const read = await graphql(`{ Media(id: ${tried.id}) { id _objectKey } }`)
    expect((read.body.data?.Media as undefined | { _objectKey?: unknown })?._objectKey ?? null).toBeNull()
    const local2 = await w.t.payload.findByID({ collection: 'media', id: tried.id, overrideAccess: false, user: editor })
    expect(local2).not.toHaveProperty('_objectKey')
  })

  it('backs the bucket up into the archive and restores it into the bucket, copying aside what it would replace', async () => {
    const storage = resolveMediaStorage(process.env)
    const work = mkdtempSync(path.join(tmpdir(), 'nguon-s3-backup-'))
    const restoredDb = `nguon_test_s3_restore_${Math.random().toString(16).slice(2, 10)}`
    try {
      const { archive, manifest } = await createBackup({ databaseUrl: process.env.DATABASE_URL!, dataDir: w.t.dataDir, mediaStorage: storage, outDir: work })
      expect(manifest.mediaSource).toBe('bucket')
      const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex')
      expect(manifest.media).toEqual(
        expect.arrayContaining([
          { bytes: PNG.length, contentType: 'image/png', path: live.filename, sha256: sha(PNG) },
          { bytes: MP3.length, contentType: 'audio/mpeg', path: draftOnly.filename, sha256: sha(MP3) },
        ]),
      )

      // A lost object comes back; one still there is copied aside before it is written again.
      await bucket.send(new DeleteObjectCommand({ Bucket: BUCKET, Key: live.filename }))
      const onPostgres = process.env.DATABASE_URL!.startsWith('postgres')
      const target = {
        dataDir: path.join(work, 'data'),
        databaseUrl: onPostgres ? await createPostgresDatabase(process.env.TEST_DATABASE_URL!, restoredDb) : `file:${path.join(work, 'restored.db')}`,
      }
      await expect(restoreBackup({ archive, ...target, mediaStorage: storage })).rejects.toThrow(/bucket nguon-media is not empty.*--force/)
      const restored = await restoreBackup({ archive, ...target, force: true, mediaStorage: storage, now: new Date('2026-12-03T01:02:03Z') })
      expect((await objectInBucket(live.filename))?.equals(PNG)).toBe(true)
      // Put back with the Content-Type and length they had, not as application/octet-stream.
      for (const [media, type, bytes] of [[live, 'image/png', PNG], [draftOnly, 'audio/mpeg', MP3]] as const) {
        const head = await bucket.send(new HeadObjectCommand({ Bucket: BUCKET, Key: media.filename }))
        expect([head.ContentType, head.ContentLength], media.filename).toEqual([type, bytes.length])
      }
      // The restore's check tells an object that lost its type or bytes from a faithful one.
      await bucket.send(new PutObjectCommand({ Body: PNG.subarray(1), Bucket: BUCKET, Key: live.filename }))
      await bucket.send(new PutObjectCommand({ Body: MP3, Bucket: BUCKET, ContentType: 'application/octet-stream', Key: draftOnly.filename }))
      expect((await bucketMismatches(storage as S3Storage, manifest.media)).sort()).toEqual(
        [`${live.filename}: ${PNG.length} bytes in the backup, ${PNG.length - 1} in the bucket`, `${draftOnly.filename}: audio/mpeg in the backup, application/octet-stream in the bucket`].sort(),
      )
      await bucket.send(new PutObjectCommand({ Body: PNG, Bucket: BUCKET, ContentType: 'image/png', Key: live.filename }))
      await bucket.send(new PutObjectCommand({ Body: MP3, Bucket: BUCKET, ContentType: 'audio/mpeg', Key: draftOnly.filename }))
      expect((await objectInBucket(`before-restore-20261203-010203/${draftOnly.filename}`))?.equals(MP3)).toBe(true)
      expect(restored.asides).toEqual([`${manifest.media.length - 1} objects of bucket nguon-media under before-restore-20261203-010203/`])
      expect(existsSync(path.join(target.dataDir, 'media'))).toBe(false)
    } finally {
      rmSync(work, { force: true, recursive: true })
      if (process.env.DATABASE_URL!.startsWith('postgres')) await dropPostgresDatabase(process.env.TEST_DATABASE_URL!, restoredDb).catch(() => undefined)
    }
  })

  it('refuses media no approved item shows to anonymous readers, as on local disk', async () => {
    expect((await file(draftOnly)).status).toBe(404)
    expect((await file(draftOnly, { method: 'HEAD' })).status).toBe(404)
    expect((await file({ ...live, filename: 'no-such-file.png' })).status).toBe(404)
  })
})
