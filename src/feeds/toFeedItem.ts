// Maps a stored content document (depth 1, one locale) to the FeedItem every renderer reads.
import { convertLexicalToHTML } from '@payloadcms/richtext-lexical/html'
import sanitizeHtml from 'sanitize-html'

import type { ContentCollection, Locale } from '../content/vocabulary'
import type { FeedFigure, FeedImage, FeedItem, FeedOrigin } from './types'

import { textFromLexical } from '../content/lexical'
import { hasPublicPage, itemPath } from '../public/publicPaths'
import { SAFE_HTML } from './safeHtml'
import { feedItemId } from './types'

type Doc = Record<string, unknown>
type Media = { alt?: string; credit?: string; height?: number; mimeType?: string; url?: string; width?: number }

/** How a reader links to media (signed for press and internal outlets, see src/media/signedMediaUrl.ts); plain URLs by default. */
export type MediaLink = (media: Media & Record<string, unknown>) => string | undefined

/** Lexical → HTML, then through an allow-list: what reaches a newsroom's page has no script or style. */
export function lexicalToSafeHtml(data: unknown): string {
  if (!data || typeof data !== 'object') return ''
  try {
    return sanitizeHtml(convertLexicalToHTML({ data: data as never, disableContainer: true }), SAFE_HTML)
  } catch {
    return ''
  }
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '')
const iso = (value: unknown): string | undefined => (typeof value === 'string' && value ? new Date(value).toISOString() : undefined)
const rel = <T>(value: unknown): T | undefined => (value && typeof value === 'object' ? (value as T) : undefined)

function image({ media, mediaLink, rendition, serverURL }: { media: Media | undefined; mediaLink?: MediaLink; rendition: string; serverURL: string }): FeedImage[] {
  if (!media?.url || !media.mimeType) return []
  const url = mediaLink ? mediaLink(media as Media & Record<string, unknown>) : /^https?:\/\//.test(media.url) ? media.url : `${serverURL}${media.url}`
  if (!url) return []
  return [{ alt: media.alt, credit: media.credit, height: media.height, mimeType: media.mimeType, rendition, url, width: media.width }]
}

// --- Slogan proofs (campaign progress & proofs issue): print proofs as Media RSS / ninjs renditions. ---
const SLOGAN_PROOF_SIZES = { banner: [3000, 400], poster: [2480, 3508], pano: [3000, 1500] } as const

/** The slogan's banner, poster and pano proofs, rendered on request by GET /api/slogans/{id}/proof. */
function sloganProofImages({ doc, language, serverURL }: { doc: Doc; language: Locale; serverURL: string }): FeedImage[] {
  return (Object.keys(SLOGAN_PROOF_SIZES) as (keyof typeof SLOGAN_PROOF_SIZES)[]).map((format) => ({
    alt: text(doc.text),
    height: SLOGAN_PROOF_SIZES[format][1],
    mimeType: 'image/png',
    rendition: format,
    url: `${serverURL}/api/slogans/${encodeURIComponent(String(doc.id))}/proof?format=${format}&locale=${language}`,
    width: SLOGAN_PROOF_SIZES[format][0],
  }))
}
// --- end slogan proofs ---

function partsOf(collection: ContentCollection, doc: Doc) {
  switch (collection) {
    case 'articles':
      return {
        bodyHtml: lexicalToSafeHtml(doc.body),
        bodyText: textFromLexical(doc.body),
        summary: text(doc.summary),
        title: text(doc.title),
      }
    case 'talking-points': {
      const points = ((doc.supportingPoints as { point?: string }[]) ?? []).map((p) => text(p.point)).filter(Boolean)
      const figures: FeedFigure[] = ((doc.figures as Doc[]) ?? []).map((f) => ({
        asOf: typeof f.asOf === 'string' ? f.asOf.slice(0, 10) : undefined,
        label: text(f.label),
        sourceName: text(f.sourceName),
        sourceUrl: text(f.sourceUrl) || undefined,
        unitOfMeasure: text(f.unitOfMeasure) || undefined,
        value: String(f.value ?? ''),
      }))
      return {
        bodyText: [text(doc.keyMessage), ...points].filter(Boolean).join('\n\n'),
        figures,
        keyPoints: points,
        summary: text(doc.keyMessage),
        title: text(doc.headline),
      }
    }
    case 'briefs': {
      const evidence = ((doc.evidence as Doc[]) ?? []).map((e) => `${text(e.statement)} (${text(e.source)})`)
      return {
        bodyHtml: lexicalToSafeHtml(doc.response),
        bodyText: [text(doc.claim), textFromLexical(doc.response), ...evidence].filter(Boolean).join('\n\n'),
        keyPoints: evidence,
        summary: text(doc.claim),
        title: text(doc.title),
      }
    }
    case 'slogans':
      return { bodyText: text(doc.text), summary: text(doc.text), title: text(doc.text) }
  }
}

/** The item's origin when it was adapted from the incoming desk (src/fields/derivedFrom.ts), else undefined. */
export function feedOriginOf(doc: Doc): FeedOrigin | undefined {
  const origin = rel<Doc>(doc.derivedFrom)
  const upstreamId = text(origin?.upstreamId)
  if (!origin || !upstreamId) return undefined
  const source = rel<Doc>(origin.source)
  const sourceName = text(origin.sourceName) || text(source?.name)
  const sourceUrl = text(origin.sourceUrl) || text(source?.url)
  const isHttp = (value: string) => /^https?:\/\//i.test(value)
  return {
    link: isHttp(text(origin.link)) ? text(origin.link) : undefined,
    sourceName: sourceName || sourceUrl,
    sourceUrl: isHttp(sourceUrl) ? sourceUrl : undefined,
    upstreamId,
  }
}

export function toFeedItem({
  collection,
  doc,
  language,
  mediaLink,
  serverURL,
}: {
  collection: ContentCollection
  doc: Doc
  language: Locale
  mediaLink?: MediaLink
  serverURL: string
}): FeedItem {
  const unit = rel<{ code?: string; name?: string }>(doc.unit)
  const campaign = rel<{ slug?: string; title?: string }>(doc.campaign)
  const isCanceled = doc.workflowStatus === 'withdrawn'
  const isEmbargoed = doc.workflowStatus === 'scheduled'
  const approvedAt = iso(doc.approvedAt) ?? iso(doc.updatedAt)!
  const images = [
    ...image({ media: rel<Media>(doc.heroImage), mediaLink, rendition: 'hero', serverURL }),
    ...((doc.assets as unknown[]) ?? []).flatMap((asset, i) => image({ media: rel<Media>(asset), mediaLink, rendition: `asset-${i + 1}`, serverURL })),
    ...(collection === 'slogans' ? sloganProofImages({ doc, language, serverURL }) : []),
  ]
  const parts = partsOf(collection, doc)
  // Only the web channel's public items have a page (src/public); the others keep their id but get no link.
  const page = hasPublicPage({ collection, doc }) ? itemPath({ collection, id: String(doc.id), locale: language, slug: text(doc.slug), title: parts.title }) : undefined
  return {
    ...parts,
    authorName: unit?.name,
    campaign: campaign?.slug ? { slug: campaign.slug, title: text(campaign.title) } : undefined,
    collection,
    derivedFrom: feedOriginOf(doc),
    docId: String(doc.id),
    embargoedUntil: isEmbargoed ? iso(doc.publishAt) : undefined,
    firstCreated: iso(doc.createdAt)!,
    id: feedItemId({ collection, docId: String(doc.id) }),
    images,
    language,
    publishedAt: iso(doc.publishAt) ?? approvedAt,
    pubStatus: isCanceled ? 'canceled' : 'usable',
    topics: ((doc.topics as string[]) ?? []).filter(Boolean),
    unit: { code: text(unit?.code), name: text(unit?.name) },
    url: page ? `${serverURL}${page}` : undefined,
    // A withdrawal is a new version of the record for a newsroom: it must replace what they hold.
    version: Number(doc.version ?? 0) + (isCanceled ? 1 : 0),
    versionCreated: isCanceled ? (iso(doc.withdrawnAt) ?? approvedAt) : approvedAt,
  }
}
