// Concurrent writers on the embedded SQLite database queue instead of failing with SQLITE_BUSY.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startTestPayload, testDatabaseKind, type TestPayload } from '../helpers/testPayload'

describe.skipIf(testDatabaseKind() !== 'sqlite')('SQLite writers in one process', () => {
  let t: TestPayload
  beforeAll(async () => {
    t = await startTestPayload('sqlite-writes')
  })
  afterAll(async () => t?.stop())

  it('runs 10 overlapping transactions without a busy error', async () => {
    const writer = async (n: number) => {
      const id = await t.payload.db.beginTransaction()
      const req = { payload: t.payload, transactionID: id } as never
      await t.payload.db.create({ collection: 'units', data: { code: `T${n}X`, kind: 'department', name: `Đơn vị ${n}` }, req })
      await new Promise((resolve) => setTimeout(resolve, 10))
      await t.payload.db.commitTransaction(id!)
    }
    await Promise.all(Array.from({ length: 10 }, (_, n) => writer(n)))
    expect((await t.payload.count({ collection: 'units', overrideAccess: true })).totalDocs).toBe(10)
  })

  it('lets plain writes through while transactions come and go', async () => {
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, (_, n) =>
        t.payload.create({ collection: 'units', data: { code: `P${n}X`, kind: 'district', name: `Huyện ${n}` }, overrideAccess: true }),
      ),
    )
    expect(results.filter((r) => r.status === 'rejected')).toEqual([])
  })
})
