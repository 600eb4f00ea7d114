// A child process that starts Payload on DATABASE_URL as every Nguồn process does (so the schema step runs), prints
// one marked line with how long that took and the migrations the database records, and stops. Used to start several
// processes at once.
import { getPayload } from 'payload'

import { closeDatabaseConnections } from '../../src/db'

const started = Date.now()
try {
  const { default: config } = await import('../../payload.config')
  const payload = await getPayload({ config })
  const ms = Date.now() - started
  const { docs } = await payload.find({ collection: 'payload-migrations', limit: 0, overrideAccess: true, sort: 'name' })
  console.log(`PAYLOAD_READY ${JSON.stringify({ migrations: docs.map((m) => ({ batch: m.batch, name: m.name })), ms })}`)
  await payload.destroy()
  await closeDatabaseConnections(payload.db)
  process.exit(0)
} catch (err) {
  console.log(`PAYLOAD_FAILED ${JSON.stringify({ message: String((err as Error)?.message ?? err), name: (err as Error)?.name })}`)
  process.exit(1)
}
