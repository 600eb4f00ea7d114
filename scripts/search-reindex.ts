// `npm run search:reindex`: rebuilds the search index from the content in one transaction (searches meanwhile see the old one).
import { getPayload } from 'payload'

import { closeDatabaseConnections } from '../src/db'
import { loadSettings, SettingsError } from '../src/settings'

async function run(): Promise<void> {
  try {
    process.env.PAYLOAD_SECRET = loadSettings().secret
  } catch (err) {
    if (err instanceof SettingsError) {
      console.error(`nguon search:reindex: ${err.message}`)
      process.exit(1)
    }
    throw err
  }
  process.env.DISABLE_PAYLOAD_HMR = 'true'
  process.env.NGUON_RUN_JOBS = 'false'
  const [{ default: config }, { reindexAll }, { NOT_SUPPORTED, searchDialect }] = await Promise.all([
    import('../payload.config'),
    import('../src/search/indexItem'),
    import('../src/search/searchIndex'),
  ])
  const payload = await getPayload({ config })
  if (!searchDialect(payload)) {
    console.error(`nguon search:reindex: ${NOT_SUPPORTED}`)
    process.exit(1)
  }
  const started = Date.now()
  const rows = await reindexAll({ log: (line) => console.log(`nguon search:reindex: ${line}`), payload })
  console.log(`nguon search:reindex: ${rows} rows indexed in ${Date.now() - started} ms.`)
  await payload.destroy()
  await closeDatabaseConnections(payload.db)
  process.exit(0)
}

run().catch((err: unknown) => {
  console.error('nguon search:reindex: failed, the index is unchanged:', err)
  process.exit(1)
})
