import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { seedPlan232 } from '../../src/seed/seedPlan232'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'

describe('Plan 232 seed without a demo password (production)', () => {
  let t: TestPayload
  beforeAll(async () => {
    t = await startTestPayload('seed-prod')
  })
  afterAll(async () => t?.stop())

  it('creates no demo users', async () => {
    const { created } = await seedPlan232(t.payload, { demoPassword: null })
    expect(created.users).toBe(0)
    expect((await t.payload.count({ collection: 'users', overrideAccess: true })).totalDocs).toBe(0)
  })
})
