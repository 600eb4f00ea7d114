// Validators of a stored file: a strong ETag (the SHA-256 of its bytes, read once per version of the file: inode, size,
// mtime) and its Last-Modified, as Express's send will state it.
import type { Stats } from 'node:fs'

import { LRUCache } from 'lru-cache'
import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'

// Express's `send` would give `W/"size-mtime"`: weak, and equal for two files of one size written in the same millisecond.
const known = new LRUCache<string, Promise<string>>({ max: 10_000 })

const versionOf = (file: string, stats: Stats) => `${file}\n${stats.dev}:${stats.ino}:${stats.size}:${stats.mtimeMs}`

function hashFile(file: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256')
    createReadStream(file)
      .on('data', (chunk) => hash.update(chunk))
      .on('error', reject)
      .on('end', () => resolve(`"${hash.digest('base64url').slice(0, 32)}"`))
  })
}

/** The file's strong ETag and Last-Modified (whole seconds), or null when it does not exist (or is not a file). */
export async function fileValidators(file: string): Promise<null | { etag: string; lastModified: Date }> {
  const stats = await stat(file).catch(() => null)
  if (!stats?.isFile()) return null
  const key = versionOf(file, stats)
  let hashing = known.get(key)
  if (!hashing) {
    hashing = hashFile(file)
    known.set(key, hashing)
    hashing.catch(() => known.delete(key))
  }
  const etag = await hashing.catch(() => null)
  return etag ? { etag, lastModified: new Date(Math.floor(stats.mtimeMs / 1000) * 1000) } : null
}
