import { describe, expect, it } from 'vitest'

import type { UpstreamItem } from '../../../src/ingest/parseUpstream'

import { compareIncoming, type DeskRow, hasNewText } from '../../../src/ingest/compareIncoming'

const item = (overrides: Partial<UpstreamItem> = {}): UpstreamItem => ({
  bodyHtml: '<p>Nội dung</p>',
  language: 'vi',
  link: 'https://tinh.example/tin/1',
  media: [],
  pubStatus: 'usable',
  publishedAt: '2026-12-04T08:00:00.000Z',
  summary: 'Tóm tắt',
  title: 'Tiêu đề',
  updatedAt: '2026-12-04T09:00:00.000Z',
  upstreamId: 'urn:1',
  ...overrides,
})

// As the desk stores it: no-offset dates, '' summaries as null on some databases.
const row = (overrides: Partial<DeskRow> = {}): DeskRow => ({
  body: '<p>Nội dung</p>',
  language: 'vi',
  link: 'https://tinh.example/tin/1',
  pubStatus: 'usable',
  publishedAt: '2026-12-04T08:00:00Z',
  summary: 'Tóm tắt',
  title: 'Tiêu đề',
  upstreamUpdatedAt: '2026-12-04T09:00:00.000Z',
  ...overrides,
})

describe('compareIncoming', () => {
  it('finds the same item unchanged, whatever the spelling of equal times and of missing text', () => {
    expect(compareIncoming(row(), item())).toBe('unchanged')
    expect(compareIncoming(row({ summary: null }), item({ summary: '' }))).toBe('unchanged')
    expect(compareIncoming(row({ upstreamUpdatedAt: null }), item({ updatedAt: null }))).toBe('unchanged')
    // No link and no language on either side, stored as null or left out.
    expect(compareIncoming(row({ language: null, link: null }), item({ language: null, link: null }))).toBe('unchanged')
    expect(compareIncoming(row({ language: undefined, link: undefined }), item({ language: null, link: null }))).toBe('unchanged')
    // A row written before its status was stored reads as usable.
    expect(compareIncoming(row({ pubStatus: null }), item())).toBe('unchanged')
    expect(compareIncoming(row({ pubStatus: undefined }), item({ pubStatus: 'canceled' }))).toBe('withdrawn')
  })

  it.each<[string, Partial<UpstreamItem>]>([
    ['title', { title: 'Tiêu đề mới' }],
    ['summary', { summary: 'Tóm tắt mới' }],
    ['body', { bodyHtml: '<p>Nội dung mới</p>' }],
    ['upstream update time', { updatedAt: '2026-12-04T10:00:00.000Z' }],
  ])('counts a new %s as an update worth a version', (_what, change) => {
    expect(compareIncoming(row(), item(change))).toBe('updated')
    expect(hasNewText(row(), item(change))).toBe(true)
  })

  it.each<[string, Partial<UpstreamItem>]>([
    ['link', { link: 'https://tinh.example/tin/2' }],
    ['language', { language: 'en' }],
    ['publication time', { publishedAt: '2026-12-03T08:00:00.000Z' }],
  ])('counts a new %s as an update without a version', (_what, change) => {
    expect(compareIncoming(row(), item(change))).toBe('updated')
    expect(hasNewText(row(), item(change))).toBe(false)
  })

  it.each(['withheld', 'canceled'] as const)('counts a newly %s item as withdrawn, and the same status again as unchanged', (pubStatus) => {
    expect(compareIncoming(row(), item({ pubStatus }))).toBe('withdrawn')
    expect(compareIncoming(row({ pubStatus }), item({ pubStatus }))).toBe('unchanged')
  })

  it('counts a withheld item made usable again as an update', () => {
    expect(compareIncoming(row({ pubStatus: 'withheld' }), item())).toBe('updated')
    expect(compareIncoming(row({ pubStatus: 'withheld' }), item({ pubStatus: 'canceled' }))).toBe('withdrawn')
  })
})
