import { describe, expect, it } from 'vitest'

import { isOlderThanDesk, readPush } from '../../../src/ingest/readPush'

const BASE = 'https://tinh.example/feeds/web/ninjs.json'
const item = (extra: Record<string, unknown> = {}) => ({ headlines: [{ role: 'main', value: 'Tin' }], uri: 'urn:nguon:articles:1', versionCreated: '2026-12-04T08:00:00Z', ...extra })
const body = (type: string, data: unknown) => JSON.stringify({ data, timestamp: '2026-12-04T08:00:00.000Z', type })

describe('readPush', () => {
  it('reads the event and the item of a Nguồn webhook body', () => {
    const read = readPush({ baseUrl: BASE, body: body('item.published', item({ renditions: [{ contentType: 'text/html', href: '/vi/tin/1', name: 'web' }] })) })
    expect(read).toMatchObject({ event: 'item.published', item: { link: 'https://tinh.example/vi/tin/1', pubStatus: 'usable', title: 'Tin', updatedAt: '2026-12-04T08:00:00.000Z', upstreamId: 'urn:nguon:articles:1' }, kind: 'ok' })
  })

  it.each([
    ['item.withdrawn', 'usable', 'canceled'],
    ['item.withdrawn', 'withheld', 'withheld'],
    ['item.withdrawn', 'canceled', 'canceled'],
    ['item.corrected', 'canceled', 'canceled'],
    ['item.expired', 'usable', 'usable'],
    ['item.published', 'usable', 'usable'],
  ])('reads %s with pubStatus %s as %s', (type, pubStatus, expected) => {
    expect(readPush({ baseUrl: BASE, body: body(type, item({ pubStatus })) })).toMatchObject({ item: { pubStatus: expected }, kind: 'ok' })
  })

  it.each([
    ['not JSON', '{"type":', /không phải JSON hợp lệ \/ The body is not valid JSON/],
    ['an unknown event', body('item.deleted', item()), /type: một trong item\.published, item\.corrected, item\.withdrawn, item\.expired \/ one of those/],
    ['no data', JSON.stringify({ type: 'item.published' }), /data: một tin ninjs \/ a ninjs item/],
    ['data that is a list', body('item.published', [item()]), /data: một tin ninjs \/ a ninjs item/],
    ['an item without a title', body('item.published', item({ headlines: [] })), /không có tiêu đề/],
    ['an item without a uri', body('item.published', item({ uri: undefined })), /Unusable ninjs item/],
    ['an item whose fields are not ninjs', body('item.published', item({ headlines: 'Tin' })), /không đúng cấu trúc ninjs/],
  ])('refuses %s with a bilingual reason', (_case, text, message) => {
    const read = readPush({ baseUrl: BASE, body: text })
    expect(read.kind).toBe('error')
    expect(read.kind === 'error' && read.message).toMatch(message)
    expect(read.kind === 'error' && read.message).not.toMatch(/\s{2}|\n/) // one line
  })
})

describe('isOlderThanDesk', () => {
  it.each([
    ['2026-12-04T09:00:00.000Z', '2026-12-04T08:00:00.000Z', true],
    ['2026-12-04T09:00:00.000Z', '2026-12-04T09:00:00.000Z', false],
    ['2026-12-04T09:00:00.000Z', '2026-12-04T10:00:00.000Z', false],
    [null, '2026-12-04T08:00:00.000Z', false],
    ['2026-12-04T09:00:00.000Z', null, false],
    [null, null, false],
  ])('desk at %s, item at %s: older is %s', (desk, pushed, expected) => {
    expect(isOlderThanDesk({ upstreamUpdatedAt: desk }, { updatedAt: pushed })).toBe(expected)
  })
})
