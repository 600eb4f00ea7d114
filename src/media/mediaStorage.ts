// Where media bytes live: the data folder, or (S3_BUCKET set) an S3-compatible bucket written by Payload's storage-s3
// plugin and read back here for serving, so several app machines share uploads and bulletin audio.
import type { Config, Field, Payload, Plugin } from 'payload'

import { GetObjectCommand, NoSuchKey, S3Client, type S3ClientConfig } from '@aws-sdk/client-s3'
import { sanitizePrefix } from '@payloadcms/plugin-cloud-storage/utilities'
import { s3Storage } from '@payloadcms/storage-s3'
import { readFile, stat } from 'node:fs/promises'
import path from 'node:path'

import { objectKeyAccess } from '../../collections/Media/objectKeyField'
import { type MediaStorage, resolveMediaStorage } from '../settings'

type S3MediaStorage = Extract<MediaStorage, { kind: 's3' }>

const clientConfig = (storage: S3MediaStorage): S3ClientConfig => ({
  credentials: { accessKeyId: storage.accessKeyId, secretAccessKey: storage.secretAccessKey },
  ...(storage.endpoint ? { endpoint: storage.endpoint } : {}),
  forcePathStyle: storage.forcePathStyle,
  region: storage.region,
})

/** The plugin replaces our `_objectKey` field with its own, which anyone may write: give it back its server-only access. */
function keepObjectKeyServerOwned(config: Config): Config {
  return {
    ...config,
    collections: config.collections?.map((collection) =>
      collection.slug !== 'media'
        ? collection
        : {
            ...collection,
            fields: collection.fields.map((field): Field => (field.type === 'text' && field.name === '_objectKey' ? { ...field, access: objectKeyAccess } : field)),
          },
    ),
  }
}

/** The plugins that move the `media` collection's files to the bucket; none for local disk. */
export function mediaStoragePlugins(storage: MediaStorage): Plugin[] {
  if (storage.kind === 'local') return []
  const s3 = s3Storage({ bucket: storage.bucket, collections: { media: true }, config: clientConfig(storage) })
  return [async (config) => keepObjectKeyServerOwned(await s3(config))]
}

let client: { key: string; s3: S3Client } | undefined

/** The bucket this process stores media in (read from the environment as the config was), or null for local disk. */
function bucketInUse(): null | { bucket: string; s3: S3Client } {
  const storage = resolveMediaStorage(process.env)
  if (storage.kind === 'local') return null
  const key = JSON.stringify(storage)
  if (client?.key !== key) client = { key, s3: new S3Client(clientConfig(storage)) }
  return { bucket: storage.bucket, s3: client.s3 }
}

export type StoredBytes = { body: Buffer; lastModified: Date }

/** The object's key as the plugin writes it: the document's `_objectKey` folder (sanitised as the plugin does), then the name. */
const objectKeyOf = (filename: string, objectKey?: null | string): string => {
  const folder = sanitizePrefix(objectKey ?? '')
  return folder ? `${folder}/${filename}` : filename
}

/** A stored media file's bytes and modification time, from the bucket or the media folder; null when it is missing. */
export async function readStoredMedia({
  filename,
  objectKey,
  payload,
}: {
  filename: string
  objectKey?: null | string
  payload: Payload
}): Promise<null | StoredBytes> {
  const inBucket = bucketInUse()
  if (inBucket) {
    try {
      const object = await inBucket.s3.send(new GetObjectCommand({ Bucket: inBucket.bucket, Key: objectKeyOf(filename, objectKey) }))
      if (!object.Body) return null
      return { body: Buffer.from(await object.Body.transformToByteArray()), lastModified: object.LastModified ?? new Date(0) }
    } catch (err) {
      if (err instanceof NoSuchKey || (err as { name?: string }).name === 'NoSuchKey') return null
      throw err
    }
  }
  const staticDir = (payload.collections.media.config.upload as { staticDir?: string }).staticDir ?? 'media'
  const file = path.resolve(staticDir, filename)
  // The data folder is chosen at run time: not for Next's build to trace (it would take in the whole project).
  const body = await readFile(/*turbopackIgnore: true*/ file).catch(() => null)
  if (!body) return null
  return { body, lastModified: (await stat(/*turbopackIgnore: true*/ file)).mtime }
}

/** Is media kept in a bucket rather than in the data folder? */
export const isMediaInBucket = (): boolean => bucketInUse() !== null
