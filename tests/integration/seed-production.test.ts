import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { seedPlan232 } from '../../src/seed/seedPlan232'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'

describe('Plan 232 seed without a demo password (production)', () => {
  let t: TestPayload
  beforeAll(async () => {
    t = await startTestPayload('seed-prod')
  })
  afterAll(async () => t?.stop())

  it('creates no demo users and no sample content', async () => {
    const { created, sampleByState } = await seedPlan232(t.payload, { demoPassword: null })
    expect(created).toMatchObject({ articles: 0, briefs: 0, campaigns: 1, slogans: 8, talkingPoints: 0, units: 10, users: 0 })
    expect(sampleByState).toEqual({})
    for (const collection of ['users', 'articles', 'talking-points', 'briefs', 'workflow-events'] as const) {
      expect((await t.payload.count({ collection, overrideAccess: true })).totalDocs, collection).toBe(0)
    }
  })
})
