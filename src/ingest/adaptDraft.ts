// What a draft adapted from an incoming desk row starts with, per collection, and the origin it records. Pure, no Payload import.
import type { DerivableCollection } from '../content/vocabulary'

import { lexicalFromText } from '../content/lexical'
import { textOfHtml } from './parseUpstream'

/** The desk row fields adapting reads (collections/Incoming.ts). */
export type DeskRow = {
  body?: null | string
  id: number | string
  link?: null | string
  pubStatus?: null | string
  publishedAt?: null | string
  summary?: null | string
  title: string
  upstreamId: string
  upstreamUpdatedAt?: null | string
}

export type DeskSource = { id: number | string; name?: null | string; url?: null | string }

/** The `derivedFrom` group as the adapt endpoint writes it (src/fields/derivedFrom.ts). */
export type DerivedFromRecord = {
  adaptedAt: string
  incoming: string
  link: null | string
  source: number | string
  sourceName: null | string
  sourceUrl: null | string
  upstreamId: string
  upstreamUpdatedAt: null | string
}

/** A row the source withheld or canceled is not copy anyone may use: adapting it is refused (409). */
export const isWithdrawnRow = (row: Pick<DeskRow, 'pubStatus'>): boolean => row.pubStatus === 'withheld' || row.pubStatus === 'canceled'

export function derivedFromRecord({ now, row, source }: { now: Date; row: DeskRow; source: DeskSource }): DerivedFromRecord {
  return {
    adaptedAt: now.toISOString(),
    incoming: String(row.id),
    link: row.link || null,
    source: source.id,
    sourceName: source.name || null,
    sourceUrl: source.url || null,
    upstreamId: row.upstreamId,
    upstreamUpdatedAt: row.upstreamUpdatedAt || null,
  }
}

/**
 * The paragraphs of the row's body (sanitised HTML read as text: block ends and line breaks start a paragraph), or of
 * its summary when it has no body. Rich text is built from these paragraphs: the project has no DOM for Payload's
 * HTML-to-Lexical converter, and the editor rewrites the copy anyway.
 */
export function paragraphsOf(row: Pick<DeskRow, 'body' | 'summary'>): string[] {
  // textOfHtml trims each line already; a summary is plain text as the source sent it.
  const fromBody = textOfHtml(row.body ?? '').split('\n').filter(Boolean)
  return fromBody.length ? fromBody : (row.summary ?? '').split('\n').map((line) => line.trim()).filter(Boolean)
}

const richText = (paragraphs: string[]) => lexicalFromText(paragraphs.join('\n\n'))

/**
 * The fields a new draft starts with. What has no counterpart upstream (campaign, channels, audiences, a talking
 * point's figures, a brief's claim, a bulletin's date, slot and items) is left for the editor; the completeness
 * checklist names it before the draft can be sent for review.
 */
export function draftFromIncoming({ collection, row, source }: { collection: DerivableCollection; row: DeskRow; source?: DeskSource }): Record<string, unknown> {
  const title = row.title.trim()
  const summary = (row.summary ?? '').trim()
  const paragraphs = paragraphsOf(row)
  switch (collection) {
    case 'articles':
      return { body: richText(paragraphs), summary: summary || null, title }
    case 'talking-points': {
      // The summary is the key message; the body's paragraphs are the supporting points (the first too, without a summary).
      const [first, ...rest] = paragraphs
      const keyMessage = summary || first || title
      const points = summary ? paragraphs : rest
      return { headline: title, keyMessage, supportingPoints: points.map((point) => ({ point })) }
    }
    case 'briefs':
      // The upstream text is what the office answers with, its summary a first piece of evidence credited to the source;
      // the claim it answers is the editor's to name.
      return {
        evidence: summary ? [{ source: source?.name || row.link || '', statement: summary, url: row.link || null }] : [],
        response: richText(paragraphs),
        title,
      }
    case 'bulletins':
      // Read aloud: the title, then the text; the bulletin's own title comes from its date and slot.
      return { intro: [title, ...paragraphs].join('\n\n') }
  }
}
