// The webhook sender's claim on the real database (SQLite, or PostgreSQL with TEST_DATABASE_URL): which queued
// deliveries it takes, in which order, and which it leaves — rows written directly, the claim called as the sender calls it.
import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { claimDueDeliveries } from '../../src/delivery/claimDueDeliveries'
import type { Delivery } from '../../src/payload-types'
import { startTestPayload, testDatabaseKind, type TestPayload } from '../helpers/testPayload'

const NOW = Date.parse('2026-12-04T12:00:00.000Z')
const at = (secondsFromNow: number) => new Date(NOW + secondsFromNow * 1000).toISOString()
const STALE_BEFORE = new Date(NOW - 60_000)

type Row = { attempts?: number; claimedAt?: string; due: null | number; emergency?: boolean; item: string; outlet: number | string; state: Delivery['state'] }

describe(`the sender's claim (${testDatabaseKind()})`, () => {
  let t: TestPayload
  let payload: Payload
  const outlets: (number | string)[] = []
  let serial = 0

  beforeAll(async () => {
    t = await startTestPayload('delivery-claim')
    payload = t.payload
    for (const name of ['Báo A', 'Đài B', 'Trung tâm C']) {
      const outlet = await payload.create({ collection: 'outlets', data: { accessLevel: 'public', channels: ['web'], kind: 'web', name }, overrideAccess: true })
      outlets.push(outlet.id)
    }
  })
  afterAll(async () => t?.stop())

  /** Writes the rows in order (ids ascending) and names them. */
  async function queue(rows: Record<string, Row>): Promise<Record<string, Delivery['id']>> {
    const ids: Record<string, Delivery['id']> = {}
    for (const [name, row] of Object.entries(rows)) {
      const doc = await payload.create({
        collection: 'deliveries',
        data: {
          attempts: row.attempts ?? 0,
          body: JSON.stringify({ name }),
          claimedAt: row.claimedAt ?? null,
          emergency: row.emergency ?? false,
          event: 'item.published',
          itemCollection: 'articles',
          itemId: row.item,
          nextAttemptAt: row.due === null ? null : at(row.due),
          outlet: row.outlet as number,
          state: row.state,
          webhookId: `msg_claim_${++serial}`,
        },
        overrideAccess: true,
      })
      ids[name] = doc.id
    }
    return ids
  }

  const claim = (limit: number, excludeOutlets: (number | string)[] = []) =>
    claimDueDeliveries({ dueBy: new Date(NOW), excludeOutlets, limit, now: new Date(NOW + 1000), payload, staleBefore: STALE_BEFORE })

  /** Claims one at a time until nothing is left; the names in the order taken. */
  async function drain(ids: Record<string, Delivery['id']>, excludeOutlets: (number | string)[] = []): Promise<string[]> {
    const byId = new Map(Object.entries(ids).map(([name, id]) => [String(id), name]))
    const order: string[] = []
    for (let taken = await claim(1, excludeOutlets); taken.length; taken = await claim(1, excludeOutlets)) {
      expect(taken).toHaveLength(1)
      order.push(byId.get(String(taken[0]!.id)) ?? `another test's ${taken[0]!.id}`)
    }
    return order
  }

  it('takes due emergencies first (pending and retrying by due time), then abandoned claims, then the others by due time and id', async () => {
    const [a] = outlets
    const ids = await queue({
      normalPending: { due: -30, item: 'order-1', outlet: a!, state: 'pending' },
      normalRetrying: { attempts: 2, due: -50, item: 'order-2', outlet: a!, state: 'retrying' },
      emergencyPending: { due: -10, emergency: true, item: 'order-3', outlet: a!, state: 'pending' },
      emergencyRetrying: { attempts: 1, due: -20, emergency: true, item: 'order-4', outlet: a!, state: 'retrying' },
      abandoned: { claimedAt: at(-600), due: -100, item: 'order-5', outlet: a!, state: 'in_progress' },
      sameDueLater: { due: -30, item: 'order-6', outlet: a!, state: 'pending' },
    })
    expect(await drain(ids)).toEqual(['emergencyRetrying', 'emergencyPending', 'abandoned', 'normalRetrying', 'normalPending', 'sameDueLater'])
  })

  it('leaves what is not due, still being sent, finished, behind an older open delivery of the same item, or for a busy server', async () => {
    const [a, b, c] = outlets
    const ids = await queue({
      notYetDue: { attempts: 1, due: 60, item: 'left-1', outlet: a!, state: 'retrying' },
      beingSent: { claimedAt: at(-5), due: -100, item: 'left-2', outlet: a!, state: 'in_progress' },
      delivered: { attempts: 1, due: null, item: 'left-3', outlet: a!, state: 'success' },
      gaveUp: { attempts: 8, due: null, item: 'left-4', outlet: a!, state: 'failed' },
      // The publication is retrying later; its withdrawal (due now) waits behind it, for this outlet only.
      publication: { attempts: 1, due: 60, item: 'left-5', outlet: b!, state: 'retrying' },
      withdrawal: { due: -10, item: 'left-5', outlet: b!, state: 'pending' },
      otherOutletsCopy: { due: -10, item: 'left-5', outlet: a!, state: 'pending' },
      busyServer: { due: -40, emergency: true, item: 'left-6', outlet: c!, state: 'pending' },
    })
    expect(await drain(ids, [c!])).toEqual(['otherOutletsCopy'])
    expect(await drain(ids)).toEqual(['busyServer'])
  })

  it('takes up to its limit in one statement, marks what it took, and returns what sending needs', async () => {
    const [a, b] = outlets
    const ids = await queue({
      first: { due: -3, item: 'batch-1', outlet: a!, state: 'pending' },
      second: { due: -2, emergency: true, item: 'batch-2', outlet: b!, state: 'pending' },
      third: { attempts: 3, due: -1, item: 'batch-3', outlet: a!, state: 'retrying' },
    })
    const taken = await claim(2)
    expect(taken).toEqual([
      { attempts: 0, body: JSON.stringify({ name: 'second' }), emergency: true, event: 'item.published', id: ids.second, outlet: b, webhookId: expect.stringMatching(/^msg_claim_/) },
      { attempts: 0, body: JSON.stringify({ name: 'first' }), emergency: false, event: 'item.published', id: ids.first, outlet: a, webhookId: expect.stringMatching(/^msg_claim_/) },
    ])
    const stored = await payload.find({ collection: 'deliveries', depth: 0, overrideAccess: true, where: { id: { in: Object.values(ids) } }, sort: 'id' })
    expect(stored.docs.map((d) => [d.state, d.claimedAt && Date.parse(d.claimedAt)])).toEqual([
      ['in_progress', NOW + 1000],
      ['in_progress', NOW + 1000],
      ['retrying', null],
    ])
    expect((await claim(5)).map((d) => d.id)).toEqual([ids.third])
    expect(await claim(5)).toEqual([])
  })
})
