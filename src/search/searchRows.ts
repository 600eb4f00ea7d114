// What the search index holds of one item: a row for its live version and one for a newer unpublished version; pure.
import { textFromLexical } from '../content/lexical'
import { indexForms, normalizeText } from './folding'
import { INDEXED_PREFIX_LENGTH } from './query'

/** The collections searched, in a fixed order: the position is part of each row's key, so never reorder it. */
export const SEARCHED_COLLECTIONS = ['articles', 'talking-points', 'briefs', 'slogans', 'bulletins', 'media'] as const
export type SearchedCollection = (typeof SEARCHED_COLLECTIONS)[number]

export type SearchVariant = 'latest' | 'live'

export type SearchRow = {
  body: string
  bodyFolded: string
  campaign: null | number
  collection: SearchedCollection
  docId: number
  exact: string
  expireAt: null | string
  /** On a live row: whether the item also has a newer unpublished version (which its own units read instead). */
  hasLatest: 0 | 1
  /** Readable by anyone: a live item meant for the public; media shown by a live public item. */
  isPublic: 0 | 1
  key: number
  publishAt: null | string
  /** Media only: the widest audience of a live item that shows it (`liveReach`). */
  reach: null | string
  status: null | string
  title: string
  titleFolded: string
  unit: null | number
  updatedAt: string
  uploadedBy: null | number
  variant: SearchVariant
}

type Doc = Record<string, unknown>

/** Longest text kept for snippets, in characters; the whole text is still searchable. */
export const STORED_BODY_LENGTH = 20_000
/** Longest text indexed per item, in characters (a long article is about 30,000). */
const INDEXED_LENGTH = 200_000

const KEY_SPACE = 2 ** 41

/** The row key of an item's variant: unique per collection, id and variant, so rewriting an item touches two keys. */
export function rowKey(collection: SearchedCollection, id: number, variant: SearchVariant): number {
  return (SEARCHED_COLLECTIONS.indexOf(collection) + 1) * KEY_SPACE + id * 2 + (variant === 'latest' ? 1 : 0)
}

/** Where each collection keeps its searchable text; `a.b` reads `b` of every row of array `a`. */
const TEXT_FIELDS: Record<SearchedCollection, { body: string[]; title: string }> = {
  articles: { body: ['summary', 'body'], title: 'title' },
  briefs: { body: ['claim', 'claimSource.outlet', 'response', 'evidence.statement', 'evidence.source', 'legalReferences.reference'], title: 'title' },
  bulletins: { body: ['intro', 'script', 'outro'], title: 'title' },
  media: { body: ['credit', 'filename'], title: 'alt' },
  // Stryker disable next-line ArrayDeclaration,StringLiteral: a slogan's body is its title, which rowOf leaves out of the body
  slogans: { body: ['text'], title: 'text' },
  'talking-points': {
    body: ['keyMessage', 'supportingPoints.point', 'figures.label', 'figures.value', 'figures.unitOfMeasure', 'figures.asOf', 'figures.sourceName'],
    title: 'headline',
  },
}

const LOCALES = ['vi', 'en']
const isLexical = (value: unknown): boolean => Boolean(value && typeof value === 'object' && 'root' in value)
const isLocalized = (value: unknown): value is Record<string, unknown> =>
  Boolean(value && typeof value === 'object' && !Array.isArray(value) && !isLexical(value) && Object.keys(value).some((k) => LOCALES.includes(k)))

/** A date as editors write it (dd/MM/yyyy, Vietnam time), so "10/12/2023" finds it. */
function vietnameseDate(iso: string): string {
  const date = new Date(new Date(iso).getTime() + 7 * 3_600_000)
  if (Number.isNaN(date.getTime())) return iso
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${pad(date.getUTCDate())}/${pad(date.getUTCMonth() + 1)}/${date.getUTCFullYear()}`
}

/** The texts at `path` in every locale, Vietnamese first, each once. */
export function textsAt(doc: unknown, path: string): string[] {
  const [head, ...rest] = path.split('.')
  let value = (doc as Doc | null)?.[head!]
  if (isLocalized(value)) value = LOCALES.map((locale) => value && (value as Doc)[locale])
  const values = Array.isArray(value) ? value : [value]
  const texts = values.flatMap((v): string[] => {
    if (rest.length) return Array.isArray(v) ? v.flatMap((row) => textsAt(row, rest.join('.'))) : textsAt(v, rest.join('.'))
    if (typeof v === 'number') return [String(v)]
    if (typeof v === 'string') return [/^\d{4}-\d{2}-\d{2}T/.test(v) ? vietnameseDate(v) : v]
    if (isLexical(v)) return [textFromLexical(v)]
    if (Array.isArray(v)) return v.flatMap((row) => (typeof row === 'string' ? [row] : []))
    return []
  })
  return [...new Set(texts.map((t) => t.trim()).filter(Boolean))]
}

const idOf = (value: unknown): null | number => {
  const id = value && typeof value === 'object' ? (value as { id?: unknown }).id : value
  return id === null || id === undefined || id === '' || Number.isNaN(Number(id)) ? null : Number(id)
}
const isoOrNull = (value: unknown): null | string => (typeof value === 'string' && value ? new Date(value).toISOString() : null)

/** The item's title in Vietnamese (English when there is none), short. */
function titleOf(collection: SearchedCollection, doc: Doc): string {
  const [title = ''] = textsAt(doc, TEXT_FIELDS[collection].title)
  const oneLine = normalizeText(title).replace(/\s+/g, ' ').trim()
  return oneLine.length > 120 ? `${oneLine.slice(0, 119)}…` : oneLine || `#${String(doc.id)}`
}

function rowOf({ collection, doc, hasLatest, isPublic, variant }: { collection: SearchedCollection; doc: Doc; hasLatest: boolean; isPublic: boolean; variant: SearchVariant }): SearchRow {
  const fields = TEXT_FIELDS[collection]
  const titles = textsAt(doc, fields.title)
  const bodies = fields.body.flatMap((path) => textsAt(doc, path)).filter((text) => !titles.includes(text))
  const titleText = normalizeText(titles.join('\n')).slice(0, INDEXED_LENGTH)
  const bodyText = normalizeText(bodies.join('\n')).slice(0, INDEXED_LENGTH)
  const titleForms = indexForms(titleText)
  const bodyForms = indexForms(bodyText)
  const docId = Number(doc.id)
  return {
    body: bodyText.slice(0, STORED_BODY_LENGTH),
    bodyFolded: bodyForms.folded,
    campaign: idOf(doc.campaign),
    collection,
    docId,
    exact: `${titleForms.exact} ${bodyForms.exact}`.trim(),
    expireAt: isoOrNull(doc.expireAt),
    hasLatest: hasLatest ? 1 : 0,
    isPublic: isPublic ? 1 : 0,
    key: rowKey(collection, docId, variant),
    publishAt: isoOrNull(doc.publishAt),
    reach: collection === 'media' ? ((doc.liveReach as null | string) ?? null) : null,
    status: collection === 'media' ? null : variant === 'live' ? 'published' : ((doc.workflowStatus as null | string) ?? 'draft'),
    title: titleOf(collection, doc),
    titleFolded: titleForms.folded,
    unit: idOf(doc.unit),
    updatedAt: isoOrNull(doc.updatedAt) ?? new Date(0).toISOString(),
    uploadedBy: idOf(doc.uploadedBy),
    variant,
  }
}

/** Whether a live item is meant for the public: its audiences hold `public` (briefs: distribution `public`). */
function isForPublic(collection: SearchedCollection, doc: Doc): boolean {
  if (collection === 'briefs') return doc.distribution === 'public'
  return Array.isArray(doc.audiences) && doc.audiences.includes('public')
}

/**
 * The rows of a reviewed item: `live` is the main document (only while published), `latest` the newest version
 * (only while it is not the published one: a draft, an item in review, a correction). Readers of the item's unit see
 * `latest` where it exists, everyone else only `live`: the same split as Payload's drafts.
 */
export function itemRows({ collection, latest, live }: { collection: Exclude<SearchedCollection, 'media'>; latest: Doc | null; live: Doc | null }): SearchRow[] {
  const isLive = live?._status === 'published'
  const hasLatest = Boolean(latest && latest._status !== 'published')
  const rows: SearchRow[] = []
  if (isLive && live) rows.push(rowOf({ collection, doc: live, hasLatest, isPublic: isForPublic(collection, live), variant: 'live' }))
  if (hasLatest && latest) rows.push(rowOf({ collection, doc: latest, hasLatest: false, isPublic: false, variant: 'latest' }))
  return rows
}

/** The one row of a media document; public while a live public item shows it. */
export function mediaRows(doc: Doc): SearchRow[] {
  return [rowOf({ collection: 'media', doc, hasLatest: false, isPublic: doc.liveReach === 'public', variant: 'live' })]
}

/** The distinct folded words of `rows` longer than SQLite's prefix indexes: what its word list needs (query.ts, prefixExpansion). */
export function indexedTerms(rows: readonly Pick<SearchRow, 'bodyFolded' | 'titleFolded'>[]): string[] {
  const terms = new Set<string>()
  for (const row of rows) {
    for (const text of [row.titleFolded, row.bodyFolded]) {
      for (const word of text.split(' ')) if (word.length > INDEXED_PREFIX_LENGTH) terms.add(word)
    }
  }
  return [...terms]
}
