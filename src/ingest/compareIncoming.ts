// Decides what one upstream item does to the desk row that holds it: nothing, an update (the row's previous text kept
// as a version), or a withdrawal. No Payload import.
import type { UpstreamItem } from './parseUpstream'

export type DeskRow = {
  body?: null | string
  language?: null | string
  link?: null | string
  pubStatus?: null | string
  publishedAt?: null | string
  summary?: null | string
  title: string
  upstreamUpdatedAt?: null | string
}

export type IncomingChange = 'unchanged' | 'updated' | 'withdrawn'

const sameText = (a: null | string | undefined, b: null | string | undefined) => (a ?? '') === (b ?? '')
const sameTime = (a: null | string | undefined, b: null | string | undefined) => (a ? Date.parse(a) : null) === (b ? Date.parse(b) : null)

/** Whether the item's text (title, summary, body, upstream update time) differs from the row's: worth a version. */
export function hasNewText(row: DeskRow, item: UpstreamItem): boolean {
  return !sameText(row.title, item.title) || !sameText(row.summary, item.summary) || !sameText(row.body, item.bodyHtml) || !sameTime(row.upstreamUpdatedAt, item.updatedAt)
}

/**
 * What the item does to its row: withdrawn when the source newly says withheld or canceled, updated when its text or
 * details (link, language, publication time, or a status back to usable) changed, else unchanged.
 */
export function compareIncoming(row: DeskRow, item: UpstreamItem): IncomingChange {
  const status = row.pubStatus ?? 'usable'
  if (item.pubStatus !== status && item.pubStatus !== 'usable') return 'withdrawn'
  const detailsChanged = item.pubStatus !== status || !sameText(row.link, item.link) || !sameText(row.language, item.language) || !sameTime(row.publishedAt, item.publishedAt)
  return hasNewText(row, item) || detailsChanged ? 'updated' : 'unchanged'
}
