import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { DEMO_USERS } from '../../src/seed/demoUsers'
import { PLAN_232_SLOGANS } from '../../src/seed/plan-232'
import { seedPlan232 } from '../../src/seed/seedPlan232'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'

describe('Plan 232 seed', () => {
  let t: TestPayload
  beforeAll(async () => {
    t = await startTestPayload('seed')
  })
  afterAll(async () => t?.stop())

  const counts = async () => {
    const [campaigns, units, slogans, users] = await Promise.all(
      (['campaigns', 'units', 'slogans', 'users'] as const).map((collection) =>
        t.payload.count({ collection, overrideAccess: true }).then((r) => r.totalDocs),
      ),
    )
    return { campaigns, slogans, units, users }
  }

  it('loads exactly one campaign, ten units, eight slogans and the five demo users', async () => {
    const { created } = await seedPlan232(t.payload, { demoPassword: 'pw-for-test' })
    expect(created).toEqual({ campaigns: 1, slogans: 8, units: 10, users: 5 })
    expect(await counts()).toEqual({ campaigns: 1, slogans: 8, units: 10, users: 5 })
  })

  it('changes nothing when run again', async () => {
    const before = await t.payload.find({ collection: 'slogans', limit: 50, overrideAccess: true, sort: 'number' })
    const { created } = await seedPlan232(t.payload, { demoPassword: 'pw-for-test' })
    expect(created).toEqual({ campaigns: 0, slogans: 0, units: 0, users: 0 })
    expect(await counts()).toEqual({ campaigns: 1, slogans: 8, units: 10, users: 5 })
    const after = await t.payload.find({ collection: 'slogans', limit: 50, overrideAccess: true, sort: 'number' })
    expect(after.docs.map((d) => d.updatedAt)).toEqual(before.docs.map((d) => d.updatedAt))
  })

  it('keeps the campaign dates and the report deadline of the plan', async () => {
    const { docs } = await t.payload.find({ collection: 'campaigns', overrideAccess: true })
    expect(docs[0]).toMatchObject({
      endsAt: '2023-12-30T16:59:59.000Z',
      reportDueAt: '2023-12-19T17:00:00.000Z',
      slug: 'plan-232-human-rights-75',
      startsAt: '2023-11-29T17:00:00.000Z',
    })
    expect(docs[0]!.assignments).toHaveLength(10)
  })

  it('stores the slogans in order, in Vietnamese and English, published inside the display window', async () => {
    for (const locale of ['vi', 'en'] as const) {
      const { docs } = await t.payload.find({ collection: 'slogans', limit: 50, locale, overrideAccess: true, sort: 'number' })
      expect(docs.map((d) => d.text)).toEqual(PLAN_232_SLOGANS.map((s) => s.text[locale]))
      for (const doc of docs) {
        expect(doc).toMatchObject({ _status: 'published', workflowStatus: 'published' })
        expect(doc.displayFrom).toBe('2023-11-29T17:00:00.000Z')
        expect(doc.displayUntil).toBe('2023-12-30T16:59:59.000Z')
      }
    }
  })

  it('gives the demo users their roles and units, and lets them log in with the demo password', async () => {
    for (const demo of DEMO_USERS) {
      const { docs } = await t.payload.find({ collection: 'users', depth: 1, overrideAccess: true, where: { email: { equals: demo.email } } })
      expect(docs[0]!.roles).toEqual(demo.roles)
      const unit = docs[0]!.unit
      expect(unit && typeof unit === 'object' ? unit.code : null).toBe(demo.unitCode)
      const { token } = await t.payload.login({ collection: 'users', data: { email: demo.email, password: 'pw-for-test' } })
      expect(token).toBeTruthy()
    }
  })
})
