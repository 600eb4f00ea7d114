// Reads what the public pages show, as an anonymous reader of the API would (overrideAccess: false, no user), and renders it.
import type { Payload, Where } from 'payload'

import type { ContentCollection, Locale } from '../content/vocabulary'
import type { CampaignSummary, PageItem, Site } from './pages'
import type { PublicCandidate, PublicRoute } from './publicPaths'

import { CONTENT_COLLECTIONS, LOCALES } from '../content/vocabulary'
import { audienceFieldOf } from '../delivery/wouldReceive'
import { toFeedItem } from '../feeds/toFeedItem'
import { renderCampaignPage, renderHomePage, renderItemPage, renderSitemap, renderSlogansPage } from './pages'
import { campaignPath, hasPublicPage, homePath, itemPath, slogansPath } from './publicPaths'

export type PublicOutcome =
  | { body: string; kind: 'page'; lastModified: Date; validUntil: number }
  | { kind: 'gone' }
  | { kind: 'missing' }
  | { kind: 'redirect'; location: string }

type Doc = Record<string, unknown> & { id: number | string }

/** Even with nothing scheduled to change, a page is rendered again at least this often (a slogan entering its window). */
const MAX_PAGE_AGE_MS = 5 * 60 * 1000
const LIST_LIMIT = 30
const SITEMAP_LIMIT = 5000

const TITLE_FIELD: Record<ContentCollection, string> = { articles: 'title', briefs: 'title', slogans: 'text', 'talking-points': 'headline' }

const isNull = (field: string): Where => ({ [field]: { exists: false } })
const notAfter = (field: string, at: string): Where => ({ or: [isNull(field), { [field]: { less_than_equal: at } }] })
const notBefore = (field: string, at: string): Where => ({ or: [isNull(field), { [field]: { greater_than: at } }] })

/** The same rule as hasPublicPage (src/public/publicPaths.ts), as a query; the anonymous read access adds its own on top. */
export function publicPageWhere(collection: ContentCollection, now: Date): Where {
  const at = now.toISOString()
  return {
    and: [
      { _status: { equals: 'published' } },
      { workflowStatus: { equals: 'published' } },
      { channels: { in: ['web'] } },
      { [audienceFieldOf(collection)]: { in: ['public'] } },
      notAfter('publishAt', at),
      notBefore('expireAt', at),
      ...(collection === 'slogans' ? [notAfter('displayFrom', at), notBefore('displayUntil', at)] : []),
    ],
  }
}

const idOf = (value: unknown) => (value && typeof value === 'object' ? (value as { id: number | string }).id : (value as number | string | undefined))

/**
 * Anonymous readers cannot read units and campaigns themselves (only signed-in users may), but the public pages and the
 * web feed name them: their names are filled in here, as the feeds do.
 */
async function withNames({ docs, locale, payload }: { docs: Doc[]; locale: Locale; payload: Payload }): Promise<Doc[]> {
  const ids = (field: string) => [...new Set(docs.map((doc) => idOf(doc[field])).filter((id) => id !== undefined && id !== null))] as (number | string)[]
  const [units, campaigns] = await Promise.all([
    ids('unit').length
      ? payload.find({ collection: 'units', depth: 0, fallbackLocale: 'vi', limit: 0, locale, overrideAccess: true, pagination: false, select: { code: true, name: true }, where: { id: { in: ids('unit') } } })
      : { docs: [] },
    ids('campaign').length
      ? payload.find({ collection: 'campaigns', depth: 0, fallbackLocale: 'vi', limit: 0, locale, overrideAccess: true, pagination: false, select: { slug: true, title: true }, where: { id: { in: ids('campaign') } } })
      : { docs: [] },
  ])
  const byId = (list: { id: number | string }[]) => new Map(list.map((doc) => [String(doc.id), doc]))
  const unitById = byId(units.docs as never)
  const campaignById = byId(campaigns.docs as never)
  return docs.map((doc) => ({
    ...doc,
    campaign: campaignById.get(String(idOf(doc.campaign))) ?? doc.campaign,
    unit: unitById.get(String(idOf(doc.unit))) ?? doc.unit,
  }))
}

/** Each item's own title in each language (no fallback), for its addresses and for knowing whether it has English. */
async function titlesOf({ collection, ids, payload }: { collection: ContentCollection; ids: (number | string)[]; payload: Payload }) {
  if (!ids.length) return new Map<string, Partial<Record<Locale, string>>>()
  const field = TITLE_FIELD[collection]
  const { docs } = await payload.find({
    collection,
    depth: 0,
    limit: 0,
    locale: 'all',
    overrideAccess: false,
    pagination: false,
    select: { [field]: true },
    where: { id: { in: ids } },
  })
  return new Map(
    docs.map((doc) => {
      const value = (doc as unknown as Record<string, unknown>)[field]
      const byLocale = (value && typeof value === 'object' ? value : { vi: value }) as Record<string, unknown>
      const titles: Partial<Record<Locale, string>> = {}
      for (const locale of LOCALES) if (typeof byLocale[locale] === 'string' && (byLocale[locale] as string).trim()) titles[locale] = byLocale[locale] as string
      return [String(doc.id), titles]
    }),
  )
}

async function publicEntries({
  collection,
  limit,
  locale,
  now,
  payload,
  serverURL,
  sort = '-updatedAt',
  where,
}: {
  collection: ContentCollection
  limit: number
  locale: Locale
  now: Date
  payload: Payload
  serverURL: string
  sort?: string
  where?: Where
}): Promise<{ docs: Doc[]; entries: PageItem[] }> {
  const found = await payload.find({
    collection,
    depth: 1,
    fallbackLocale: 'vi',
    limit,
    locale,
    overrideAccess: false,
    // Public pages show no totals: no count(*) over the archive.
    pagination: false,
    sort,
    where: { and: [publicPageWhere(collection, now), ...(where ? [where] : [])] },
  })
  const docs = await withNames({ docs: found.docs as unknown as Doc[], locale, payload })
  const titles = await titlesOf({ collection, ids: docs.map((doc) => doc.id), payload })
  const entries = docs
    .filter((doc) => hasPublicPage({ collection, doc: doc as PublicCandidate, now }))
    .map((doc): PageItem => {
      const item = toFeedItem({ collection, doc, language: locale, serverURL })
      const own = titles.get(String(doc.id)) ?? {}
      const slug = typeof doc.slug === 'string' ? doc.slug : undefined
      const paths: Partial<Record<Locale, string>> = {}
      for (const language of LOCALES) {
        const title = own[language]
        if (title) paths[language] = itemPath({ collection, id: doc.id, locale: language, slug, title })
      }
      // The address the feeds link to: the title in this language, or the Vietnamese one it falls back to.
      const path = itemPath({ collection, id: doc.id, locale, slug, title: item.title })
      return { isTranslated: locale === 'vi' || Boolean(own[locale]), item, path, paths }
    })
  return { docs, entries }
}

/** The rendering is good until the first shown item leaves (expiry, end of a slogan's display), or for MAX_PAGE_AGE_MS. */
function validUntilOf(docs: Doc[], now: Date): number {
  const future = docs
    .flatMap((doc) => [doc.expireAt, doc.displayUntil])
    .filter((value): value is string => typeof value === 'string')
    .map((value) => new Date(value).getTime())
    .filter((time) => time > now.getTime())
  return Math.min(now.getTime() + MAX_PAGE_AGE_MS, ...future)
}

/** Last-Modified: the newest version shown, or (nothing shown) when it was read. */
function newest(entries: PageItem[], fallback: Date): Date {
  const times = entries.map((entry) => Date.parse(entry.item.versionCreated)).filter((time) => !Number.isNaN(time))
  return times.length ? new Date(Math.max(...times)) : fallback
}

const byPublished = (a: PageItem, b: PageItem) => b.item.publishedAt.localeCompare(a.item.publishedAt)

async function everyCollection(args: Omit<Parameters<typeof publicEntries>[0], 'collection'>) {
  const results = await Promise.all(CONTENT_COLLECTIONS.map((collection) => publicEntries({ ...args, collection })))
  return { docs: results.flatMap((r) => r.docs), entries: results.flatMap((r) => r.entries).sort(byPublished) }
}

async function itemOutcome({ now, payload, route, site }: { now: Date; payload: Payload; route: Extract<PublicRoute, { kind: 'item' }>; site: Site }): Promise<PublicOutcome> {
  const { collection, id, locale } = route
  const { docs, entries } = await publicEntries({ collection, limit: 1, locale, now, payload, serverURL: site.serverURL, where: { id: { equals: id } } })
  const entry = entries[0]
  if (!entry) {
    // Withdrawn after being public on the web: 410, so readers and search engines know it is gone for good.
    const { docs: stored } = await payload.find({ collection, depth: 0, limit: 1, overrideAccess: true, pagination: false, where: { id: { equals: id } } })
    const doc = stored[0] as unknown as (Doc & { audiences?: string[]; channels?: string[]; distribution?: string; workflowStatus?: string }) | undefined
    const wasPublic = doc && (doc.channels ?? []).includes('web') && (collection === 'briefs' ? doc.distribution === 'public' : (doc.audiences ?? []).includes('public'))
    return doc?.workflowStatus === 'withdrawn' && wasPublic ? { kind: 'gone' } : { kind: 'missing' }
  }
  const expected = entry.path.split('/').pop()!
  if (`${id}-${route.slug}` !== expected) return { kind: 'redirect', location: entry.path }
  return { body: renderItemPage({ entry, locale, site }), kind: 'page', lastModified: new Date(entry.item.versionCreated), validUntil: validUntilOf(docs, now) }
}

async function campaignOf({ locale, payload, slug }: { locale: Locale; payload: Payload; slug: string }) {
  const { docs } = await payload.find({
    collection: 'campaigns',
    depth: 0,
    fallbackLocale: 'vi',
    limit: 1,
    locale,
    overrideAccess: true,
    pagination: false,
    select: { slug: true, summary: true, title: true },
    where: { slug: { equals: slug } },
  })
  return docs[0] as unknown as ({ id: number | string; summary?: string; title: string } & { slug: string }) | undefined
}

/** The page a public route names, read now; 'missing' for a campaign that has no public item. */
export async function loadPublicPage({ now = new Date(), payload, route, site }: { now?: Date; payload: Payload; route: PublicRoute; site: Site }): Promise<PublicOutcome> {
  const base = { limit: LIST_LIMIT, locale: route.locale, now, payload, serverURL: site.serverURL }
  switch (route.kind) {
    case 'item':
      return itemOutcome({ now, payload, route, site })
    case 'slogans': {
      const { docs, entries } = await publicEntries({ ...base, collection: 'slogans', limit: 100, sort: 'number' })
      return { body: renderSlogansPage({ entries, locale: route.locale, site }), kind: 'page', lastModified: newest(entries, now), validUntil: validUntilOf(docs, now) }
    }
    case 'campaign': {
      const campaign = await campaignOf({ locale: route.locale, payload, slug: route.slug })
      if (!campaign) return { kind: 'missing' }
      const { docs, entries } = await everyCollection({ ...base, where: { campaign: { equals: campaign.id } } })
      if (!entries.length) return { kind: 'missing' }
      const summary: CampaignSummary = { path: campaignPath(route.locale, campaign.slug), slug: campaign.slug, summary: campaign.summary, title: campaign.title }
      return { body: renderCampaignPage({ campaign: summary, entries, locale: route.locale, site }), kind: 'page', lastModified: newest(entries, now), validUntil: validUntilOf(docs, now) }
    }
    case 'home': {
      const { docs, entries } = await everyCollection(base)
      const campaigns = new Map<string, CampaignSummary>()
      for (const { item } of entries) {
        if (item.campaign && !campaigns.has(item.campaign.slug)) {
          campaigns.set(item.campaign.slug, { path: campaignPath(route.locale, item.campaign.slug), slug: item.campaign.slug, title: item.campaign.title })
        }
      }
      return {
        body: renderHomePage({ campaigns: [...campaigns.values()], entries: entries.slice(0, LIST_LIMIT), locale: route.locale, site }),
        kind: 'page',
        lastModified: newest(entries, now),
        validUntil: validUntilOf(docs, now),
      }
    }
  }
}

/** sitemap.xml: the home, slogans and campaign pages and every public item, each with its other language. */
export async function loadSitemap({ now = new Date(), payload, site }: { now?: Date; payload: Payload; site: Site }): Promise<Extract<PublicOutcome, { kind: 'page' }>> {
  const { docs, entries } = await everyCollection({ limit: SITEMAP_LIMIT, locale: 'vi', now, payload, serverURL: site.serverURL })
  const campaigns = [...new Set(entries.map(({ item }) => item.campaign?.slug).filter((slug): slug is string => Boolean(slug)))]
  const pages = [
    { paths: { en: homePath('en'), vi: homePath('vi') } },
    { paths: { en: slogansPath('en'), vi: slogansPath('vi') } },
    ...campaigns.map((slug) => ({ paths: { en: campaignPath('en', slug), vi: campaignPath('vi', slug) } })),
    ...entries.map((entry) => ({ lastModified: entry.item.versionCreated, paths: entry.paths })),
  ]
  return { body: renderSitemap({ pages, site }), kind: 'page', lastModified: newest(entries, now), validUntil: validUntilOf(docs, now) }
}
