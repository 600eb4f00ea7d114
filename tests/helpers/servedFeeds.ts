// A child process that starts Payload on DATABASE_URL and NGUON_DATA_DIR, serves it over HTTP as the tests do, and
// prints one marked line with what it serves: each feed's ETag and the SHA-256 of each media file requested. Used to
// look at a restored installation from a process of its own.
import { createHash } from 'node:crypto'
import { getPayload } from 'payload'

import { closeDatabaseConnections } from '../../src/db'
import { startTestServer } from './testServer'

const FEEDS = ['/feeds/web/rss.xml', '/feeds/web/feed.json', '/feeds/web/ninjs.json']

try {
  const { default: configPromise } = await import('../../payload.config')
  const config = await configPromise
  const payload = await getPayload({ config })
  const server = await startTestServer({ config, getPayload: async () => payload })
  const etags: Record<string, null | string> = {}
  for (const feed of FEEDS) etags[feed] = (await fetch(`${server.url}${feed}`)).headers.get('etag')
  const media: Record<string, string> = {}
  for (const file of (process.env.MEDIA_FILES ?? '').split(',').filter(Boolean)) {
    const res = await fetch(`${server.url}/api/media/file/${file}`)
    media[file] = `${res.status} ${createHash('sha256').update(Buffer.from(await res.arrayBuffer())).digest('hex')}`
  }
  console.log(`SERVED ${JSON.stringify({ etags, media })}`)
  await server.close()
  await payload.destroy()
  await closeDatabaseConnections(payload.db)
  process.exit(0)
} catch (err) {
  console.log(`SERVED_FAILED ${JSON.stringify({ message: String((err as Error)?.message ?? err) })}`)
  process.exit(1)
}
