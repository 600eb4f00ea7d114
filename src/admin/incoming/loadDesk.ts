// What the "Tin đến" view shows: the desk's rows filtered by source, upstream status and language, each with its preview
// and what changed since the upstream's previous version. Read with the user's own access: staff only.
import type { Payload, Where } from 'payload'

import { canAuthor, hasRole, ROLES, type RoleHolder } from '../../access/roles'
import type { Incoming } from '../../payload-types'
import { bodyText, previewHtml } from './previewHtml'
import { type DiffPart, hasChanges, wordDiff } from './wordDiff'

type Id = number | string
export type PubStatus = 'canceled' | 'usable' | 'withheld'
export const PUB_STATUSES: PubStatus[] = ['usable', 'withheld', 'canceled']

export type DeskFilters = { language?: string; page?: number; pubStatus?: PubStatus; source?: string }

export type DeskChange = { body: DiffPart[]; summary: DiffPart[]; title: DiffPart[]; upstreamUpdatedAt: null | string; replacedAt: null | string }

export type DeskRow = {
  change: DeskChange | null
  id: Id
  language: null | string
  link: null | string
  previewHtml: string
  pubStatus: PubStatus
  publishedAt: null | string
  sourceId: Id | null
  sourceName: string
  summary: null | string
  title: string
  upstreamChangedAt: null | string
  upstreamUpdatedAt: null | string
  versionCount: number
}

export type Desk =
  | { allowed: false }
  | {
      allowed: true
      canAdapt: boolean
      filters: DeskFilters
      languages: string[]
      page: number
      rows: DeskRow[]
      sources: { id: Id; name: string }[]
      totalDocs: number
      totalPages: number
    }

export const DESK_PAGE_SIZE = 20

/** Reads the view's query string; anything unknown is left out rather than refused. */
export function deskFilters(query: Record<string, string | string[] | undefined>): DeskFilters {
  const one = (key: string) => {
    const value = query[key]
    return (Array.isArray(value) ? value[0] : value)?.trim() || undefined
  }
  const pubStatus = one('pubStatus')
  const page = Number(one('page'))
  return {
    language: one('language')?.slice(0, 20),
    page: Number.isInteger(page) && page > 1 ? page : undefined,
    pubStatus: PUB_STATUSES.includes(pubStatus as PubStatus) ? (pubStatus as PubStatus) : undefined,
    source: /^[\w-]{1,40}$/.test(one('source') ?? '') ? one('source') : undefined,
  }
}

const changeOf = (row: Incoming): DeskChange | null => {
  const last = row.versions?.[row.versions.length - 1]
  if (!last) return null
  const change = {
    body: wordDiff(bodyText(last.body), bodyText(row.body)),
    replacedAt: last.replacedAt ?? null,
    summary: wordDiff(last.summary ?? '', row.summary ?? ''),
    title: wordDiff(last.title ?? '', row.title),
    upstreamUpdatedAt: last.upstreamUpdatedAt ?? null,
  }
  return [change.title, change.summary, change.body].some(hasChanges) ? change : null
}

export async function loadDesk({ filters, payload, user }: { filters: DeskFilters; payload: Payload; user: (RoleHolder & { id: Id }) | null }): Promise<Desk> {
  if (!ROLES.some((role) => hasRole(user, role))) return { allowed: false }
  const where: Where[] = []
  if (filters.source) where.push({ source: { equals: filters.source } })
  if (filters.pubStatus) where.push({ pubStatus: { equals: filters.pubStatus } })
  if (filters.language) where.push({ language: { equals: filters.language } })
  const page = filters.page ?? 1
  const [found, recent] = await Promise.all([
    payload.find({ collection: 'incoming', depth: 0, limit: DESK_PAGE_SIZE, overrideAccess: false, page, sort: '-publishedAt', user, where: where.length ? { and: where } : undefined }),
    // The language filter offers what the desk recently held.
    payload.find({ collection: 'incoming', depth: 0, limit: 500, overrideAccess: false, pagination: false, select: { language: true }, sort: '-publishedAt', user }),
  ])
  // Only admins read sources; everyone on the desk may see which source a row came from, so names (and nothing else) are read here.
  const { docs: sources } = await payload.find({ collection: 'sources', depth: 0, limit: 200, overrideAccess: true, pagination: false, select: { name: true }, sort: 'name' })
  const names = new Map(sources.map((source) => [String(source.id), source.name]))
  const rows = found.docs.map((row): DeskRow => {
    const sourceId = row.source === null || row.source === undefined ? null : typeof row.source === 'object' ? row.source.id : row.source
    return {
      change: changeOf(row),
      id: row.id,
      language: row.language ?? null,
      link: row.link ?? null,
      previewHtml: previewHtml(row.body),
      pubStatus: row.pubStatus as PubStatus,
      publishedAt: row.publishedAt ?? null,
      sourceId,
      sourceName: names.get(String(sourceId)) ?? `#${String(sourceId)}`,
      summary: row.summary ?? null,
      title: row.title,
      upstreamChangedAt: row.upstreamChangedAt ?? null,
      upstreamUpdatedAt: row.upstreamUpdatedAt ?? null,
      versionCount: row.versions?.length ?? 0,
    }
  })
  const languages = [...new Set(recent.docs.map((doc) => doc.language).filter((language): language is string => Boolean(language)))].sort()
  return {
    allowed: true,
    canAdapt: canAuthor(user),
    filters,
    languages,
    page: found.page ?? page,
    rows,
    sources: sources.map((source) => ({ id: source.id, name: source.name })),
    totalDocs: found.totalDocs,
    totalPages: found.totalPages,
  }
}
