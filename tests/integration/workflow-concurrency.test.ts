// Concurrent decisions on one database (SQLite serialises writers; PostgreSQL runs them in parallel).
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startWorkflowWorld, type WorkflowWorld } from '../helpers/workflow'

describe('concurrent approvals on one database', () => {
  let w: WorkflowWorld
  beforeAll(async () => {
    w = await startWorkflowWorld('concurrency')
  })
  afterAll(async () => w?.stop())

  it('approves 20 different items at once with no server error and exactly 20 events', async () => {
    const items = []
    for (let i = 0; i < 20; i++) items.push(await w.articleIn('in_review'))
    const results = await Promise.all(items.map((item) => w.act('reviewer', item.id, { action: 'approve' })))
    expect(results.map((r) => r.status)).toEqual(items.map(() => 200))
    const events = await w.t.payload.count({
      collection: 'workflow-events',
      overrideAccess: true,
      where: { and: [{ action: { equals: 'approve' } }, { itemId: { in: items.map((i) => String(i.id)) } }] },
    })
    expect(events.totalDocs).toBe(20)
  })
})
