// The media bucket (S3_BUCKET set) for `npm run backup` and `npm run restore`: every object copied into the archive's
// media folder under its key, and back into the bucket. No Payload import: the backup runs beside a live server.
import { CopyObjectCommand, GetObjectCommand, HeadObjectCommand, ListObjectsV2Command, PutObjectCommand, S3Client } from '@aws-sdk/client-s3'
import { createWriteStream, mkdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import type { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'

import type { MediaStorage } from '../settings'

export type S3Storage = Extract<MediaStorage, { kind: 's3' }>
export type BucketObject = { bytes: number; key: string }

export const s3Client = (storage: S3Storage): S3Client =>
  new S3Client({
    credentials: { accessKeyId: storage.accessKeyId, secretAccessKey: storage.secretAccessKey },
    ...(storage.endpoint ? { endpoint: storage.endpoint } : {}),
    forcePathStyle: storage.forcePathStyle,
    region: storage.region,
  })

/** A key that is also a safe relative path inside the archive's media folder. */
export const isSafeKey = (key: string): boolean => key.length > 0 && !key.startsWith('/') && !key.split('/').some((part) => part === '..' || part === '' || part === '.')

/** Every object in the bucket with its size, in key order. */
export async function listBucket(s3: S3Client, bucket: string): Promise<BucketObject[]> {
  const objects: BucketObject[] = []
  let token: string | undefined
  do {
    const page = await s3.send(new ListObjectsV2Command({ Bucket: bucket, ContinuationToken: token }))
    for (const o of page.Contents ?? []) if (o.Key) objects.push({ bytes: o.Size ?? 0, key: o.Key })
    token = page.IsTruncated ? page.NextContinuationToken : undefined
  } while (token)
  return objects.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
}

/**
 * Copies every object into `into/<key>`; keys that are no safe path are skipped and returned. Each object's
 * Content-Type is returned by key, for the manifest: a file on disk does not keep it.
 */
export async function downloadBucket(storage: S3Storage, into: string): Promise<{ contentTypes: Map<string, string>; skipped: string[] }> {
  const s3 = s3Client(storage)
  try {
    const skipped: string[] = []
    const contentTypes = new Map<string, string>()
    mkdirSync(into, { recursive: true })
    for (const { key } of await listBucket(s3, storage.bucket)) {
      if (!isSafeKey(key)) {
        skipped.push(key)
        continue
      }
      const file = path.join(into, ...key.split('/'))
      mkdirSync(path.dirname(file), { recursive: true })
      const object = await s3.send(new GetObjectCommand({ Bucket: storage.bucket, Key: key }))
      await pipeline(object.Body as Readable, createWriteStream(file))
      if (object.ContentType) contentTypes.set(key, object.ContentType)
    }
    return { contentTypes, skipped }
  } finally {
    s3.destroy()
  }
}

export type UploadedFile = { bytes: number; contentType?: string; path: string }

/**
 * Puts each file of the archive's media folder into the bucket under its path, with its Content-Type and length. An
 * object already there under the same key is first copied aside to `<aside>/<key>` (never deleted). Returns the keys
 * moved aside.
 */
export async function uploadToBucket(storage: S3Storage, from: string, files: readonly UploadedFile[], aside: string): Promise<string[]> {
  const s3 = s3Client(storage)
  try {
    const existing = new Set((await listBucket(s3, storage.bucket)).map((o) => o.key))
    const movedAside: string[] = []
    for (const { bytes, contentType, path: key } of files) {
      if (existing.has(key)) {
        await s3.send(new CopyObjectCommand({ Bucket: storage.bucket, CopySource: `${storage.bucket}/${key.split('/').map(encodeURIComponent).join('/')}`, Key: `${aside}/${key}` }))
        movedAside.push(`${aside}/${key}`)
      }
      await s3.send(
        new PutObjectCommand({ Body: readFileSync(path.join(from, ...key.split('/'))), Bucket: storage.bucket, ContentLength: bytes, Key: key, ...(contentType ? { ContentType: contentType } : {}) }),
      )
    }
    return movedAside
  } finally {
    s3.destroy()
  }
}

/** Objects whose length or Content-Type in the bucket differ from the backup's, as readable lines (a HEAD each). */
export async function bucketMismatches(storage: S3Storage, files: readonly UploadedFile[]): Promise<string[]> {
  const s3 = s3Client(storage)
  try {
    const problems: string[] = []
    for (const { bytes, contentType, path: key } of files) {
      const head = await s3.send(new HeadObjectCommand({ Bucket: storage.bucket, Key: key })).catch(() => null)
      if (!head) problems.push(`${key}: absent from the bucket`)
      else if (head.ContentLength !== bytes) problems.push(`${key}: ${bytes} bytes in the backup, ${head.ContentLength ?? 'unknown'} in the bucket`)
      else if (contentType && head.ContentType !== contentType) problems.push(`${key}: ${contentType} in the backup, ${head.ContentType ?? 'no Content-Type'} in the bucket`)
    }
    return problems
  } finally {
    s3.destroy()
  }
}
