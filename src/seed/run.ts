// `npm run seed`: load Plan 232, the demo users and the sample content; running it again changes nothing.
import { getPayload } from 'payload'

import { closeDatabaseConnections } from '../db'
import { loadSettings, SettingsError } from '../settings'

async function run(): Promise<void> {
  let demoPassword: null | string
  try {
    const settings = loadSettings()
    process.env.PAYLOAD_SECRET = settings.secret
    demoPassword = settings.demoPassword
  } catch (err) {
    if (err instanceof SettingsError) {
      console.error(`nguon seed: ${err.message}`)
      process.exit(1)
    }
    throw err
  }
  process.env.DISABLE_PAYLOAD_HMR = 'true'
  const [{ default: config }, { describeSeed, seedPlan232 }] = await Promise.all([import('../../payload.config'), import('./seedPlan232')])
  const payload = await getPayload({ config })
  const started = Date.now()
  const result = await seedPlan232(payload, { demoPassword })
  const total = Object.values(result.created).reduce((a, b) => a + b, 0)
  console.log(total === 0 ? 'nguon seed: Plan 232 is already loaded; nothing changed.' : `nguon seed: ${describeSeed(result)} (${Date.now() - started} ms).`)
  if (!demoPassword) console.log('nguon seed: demo users and sample content skipped (production without DEMO_PASSWORD).')
  await payload.destroy()
  await closeDatabaseConnections(payload.db)
  process.exit(0)
}

run().catch((err: unknown) => {
  console.error('nguon seed: failed, nothing was written:', err)
  process.exit(1)
})
