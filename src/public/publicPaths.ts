// Which items have a public web page, and at which address: `/{locale}/{collection}/{id}-{slug}`, found by id.
import type { ContentCollection, Locale } from '../content/vocabulary'

import { slugify } from '../content/slugify'
import { CONTENT_COLLECTIONS, LOCALES } from '../content/vocabulary'
import { audienceFieldOf } from '../delivery/wouldReceive'

/** The fields of a stored item (any depth) that decide whether it has a public page. */
export type PublicCandidate = {
  _status?: null | string
  audiences?: null | string[]
  channels?: null | string[]
  displayFrom?: null | string
  displayUntil?: null | string
  distribution?: null | string
  expireAt?: null | string
  publishAt?: null | string
  workflowStatus?: null | string
}

const notAfter = (value: null | string | undefined, at: number) => !value || new Date(value).getTime() <= at
const notBefore = (value: null | string | undefined, at: number) => !value || new Date(value).getTime() > at

/**
 * The web channel's public item: live (published, past its embargo, not expired, a slogan within its display window),
 * meant for the public, and sent to the web channel. Anything else has no page, and feeds give it no link.
 */
export function hasPublicPage({ collection, doc, now = new Date() }: { collection: ContentCollection; doc: PublicCandidate; now?: Date }): boolean {
  const at = now.getTime()
  if (doc._status !== 'published' || doc.workflowStatus !== 'published') return false
  if (!(doc.channels ?? []).includes('web')) return false
  const audiences = audienceFieldOf(collection) === 'distribution' ? [doc.distribution] : (doc.audiences ?? [])
  if (!audiences.includes('public')) return false
  if (!notAfter(doc.publishAt, at) || !notBefore(doc.expireAt, at)) return false
  if (collection === 'slogans' && (!notAfter(doc.displayFrom, at) || !notBefore(doc.displayUntil, at))) return false
  return true
}

/** The slug part of an item's address: the article's own slug, else one made from its title in that language. */
export function pageSlug({ slug, title }: { slug?: null | string; title: string }): string {
  return (typeof slug === 'string' && slug) || slugify(title) || 'muc'
}

export function itemPath({ collection, id, locale, slug, title }: { collection: ContentCollection; id: number | string; locale: Locale; slug?: null | string; title: string }): string {
  return `/${locale}/${collection}/${encodeURIComponent(String(id))}-${pageSlug({ slug, title })}`
}

export const homePath = (locale: Locale): string => `/${locale}`
export const campaignPath = (locale: Locale, slug: string): string => `/${locale}/campaigns/${encodeURIComponent(slug)}`
export const slogansPath = (locale: Locale): string => `/${locale}/slogans`

/** What a public address names; null for anything that is not one (the router answers 404). */
export type PublicRoute =
  | { collection: ContentCollection; id: string; kind: 'item'; locale: Locale; slug: string }
  | { kind: 'campaign'; locale: Locale; slug: string }
  | { kind: 'home'; locale: Locale }
  | { kind: 'slogans'; locale: Locale }

const isLocale = (value: string): value is Locale => (LOCALES as readonly string[]).includes(value)
const isCollection = (value: string): value is ContentCollection => (CONTENT_COLLECTIONS as readonly string[]).includes(value)

/** Parses a decoded path such as `/vi/articles/12-mot-bai` (a trailing slash is allowed). */
export function parsePublicPath(path: string): null | PublicRoute {
  const parts = path.replace(/\/+$/, '').split('/').slice(1)
  const [locale, section, rest, ...extra] = parts
  if (!locale || !isLocale(locale) || extra.length) return null
  if (section === undefined) return { kind: 'home', locale }
  if (section === 'slogans' && rest === undefined) return { kind: 'slogans', locale }
  if (section === 'campaigns' && rest && /^[a-z0-9-]{1,96}$/.test(rest)) return { kind: 'campaign', locale, slug: rest }
  if (!isCollection(section) || !rest) return null
  const match = /^(\d{1,12}|[0-9a-f]{24})(?:-([a-z0-9-]{0,120}))?$/.exec(rest)
  if (!match) return null
  return { collection: section, id: match[1]!, kind: 'item', locale, slug: match[2] ?? '' }
}
