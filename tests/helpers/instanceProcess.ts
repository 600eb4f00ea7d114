// Run as a separate process: one whole Nguồn instance for a test (a province, a district) on DATABASE_URL, with its
// jobs running (the webhook sender among them), seeded with plan 232's people, served over real HTTP by our Express app
// with Payload's REST behind it (no Next build). Prints INSTANCE_READY {"url"} and serves until SIGTERM.
// Usage: tsx tests/helpers/instanceProcess.ts   (DATABASE_URL, NGUON_DATA_DIR, PAYLOAD_SECRET and NGUON_* from the env)
import { getPayload } from 'payload'

import { closeDatabaseConnections } from '../../src/db'
import { seedPlan232 } from '../../src/seed/seedPlan232'
import { DEFAULT_DEMO_PASSWORD } from '../../src/settings'
import { startTestServer } from './testServer'

const { default: config } = await import('../../payload.config')
const payload = await getPayload({ config, cron: true })
await seedPlan232(payload, { demoPassword: DEFAULT_DEMO_PASSWORD, sampleContent: false })
const server = await startTestServer({ config: await config, getPayload: async () => payload })
process.stdout.write(`\nINSTANCE_READY ${JSON.stringify({ url: server.url })}\n`)

process.once('SIGTERM', () => {
  void (async () => {
    await server.close()
    await payload.destroy().catch(() => undefined)
    await closeDatabaseConnections(payload.db).catch(() => undefined)
    process.exit(0)
  })()
})
