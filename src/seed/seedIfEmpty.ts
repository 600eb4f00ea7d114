// On the first start (no users, no campaigns), load Plan 232 so a newcomer has something to work with.
import type { Payload } from 'payload'

import { describeSeed, seedPlan232 } from './seedPlan232'

export async function seedIfEmpty(payload: Payload, { demoPassword }: { demoPassword: null | string }): Promise<boolean> {
  const [users, campaigns] = await Promise.all([
    payload.count({ collection: 'users', overrideAccess: true }),
    payload.count({ collection: 'campaigns', overrideAccess: true }),
  ])
  if (users.totalDocs > 0 || campaigns.totalDocs > 0) return false
  const started = Date.now()
  const result = await seedPlan232(payload, { demoPassword })
  payload.logger.info({
    msg: `Empty database: loaded Plan 232 demo data in ${Date.now() - started} ms: ${describeSeed(result)}`,
    ...result.created,
  })
  return true
}
