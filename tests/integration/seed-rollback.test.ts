import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { seedPlan232 } from '../../src/seed/seedPlan232'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'

const PASSWORD = 'pw-for-test'

describe('Plan 232 seed that fails part-way', () => {
  let t: TestPayload
  beforeAll(async () => {
    t = await startTestPayload('seed-fail')
  })
  afterAll(async () => t?.stop())

  it('writes nothing at all when the sample content fails half-way, and loads everything once the cause is fixed', async () => {
    // A reviewer account that cannot review: the sample content's first approval is refused half-way through the seed.
    const broken = await t.payload.create({
      collection: 'users',
      data: { email: 'reviewer@nguon.local', name: 'Not a reviewer', password: PASSWORD, roles: ['editor'] },
      overrideAccess: true,
    })
    await expect(seedPlan232(t.payload, { demoPassword: PASSWORD })).rejects.toThrow(/reviewer@nguon\.local could not approve/)
    for (const collection of ['campaigns', 'units', 'slogans', 'articles', 'talking-points', 'briefs', 'workflow-events'] as const) {
      expect((await t.payload.count({ collection, overrideAccess: true })).totalDocs, collection).toBe(0)
    }
    expect((await t.payload.count({ collection: 'users', overrideAccess: true })).totalDocs).toBe(1)

    await t.payload.update({ collection: 'users', data: { roles: ['reviewer'] }, id: broken.id, overrideAccess: true })
    const { created } = await seedPlan232(t.payload, { demoPassword: PASSWORD })
    expect(created).toEqual({ articles: 9, briefs: 3, campaigns: 1, slogans: 8, talkingPoints: 3, units: 10, users: 7 })
  })
})
