// Reads what an upstream source returned (RSS 2.0, Atom 1.0, JSON Feed 1.1 or a ninjs 3 item list) into plain,
// sanitised items for the incoming desk, or a Vietnamese message an editor can act on; never throws.
import type { parseAtomFeed } from 'feedsmith'

import { XMLValidator } from 'fast-xml-parser'
import { DetectError, parseFeed, parseJsonFeed } from 'feedsmith'
import sanitizeHtml from 'sanitize-html'
import { z } from 'zod'

import { htmlFromText } from '../feeds/channelText'
import { SAFE_HTML } from '../feeds/safeHtml'
import { printableText } from '../feeds/safeText'

export type UpstreamFormat = 'atom' | 'jsonfeed' | 'ninjs' | 'rss'
export type UpstreamMedia = { title?: string; type: string; url: string }

/** One item as the source gave it, cleaned: text is NFC plain text, bodyHtml passed the same allow-list as our own feeds. */
export type UpstreamItem = {
  /** RSS guid (else its link), Atom id, JSON Feed id, ninjs uri: what later fetches of the same item share. */
  upstreamId: string
  title: string
  /** Plain text, '' when the source gives none. */
  summary: string
  /** Sanitised HTML, '' when the source gives no body. */
  bodyHtml: string
  /** Absolute http(s) URL of the item's page, or null. */
  link: null | string
  language: null | string
  /** ISO 8601 (UTC); null when absent or not a real date. */
  publishedAt: null | string
  updatedAt: null | string
  /** Only ninjs says withheld or canceled; an item leaving an RSS window is not a withdrawal. */
  pubStatus: 'canceled' | 'usable' | 'withheld'
  media: UpstreamMedia[]
}

export type ParsedUpstream =
  | { format: UpstreamFormat; items: UpstreamItem[]; kind: 'ok'; skipped: { reason: string }[] }
  | { kind: 'error'; message: string }

type Draft = Omit<UpstreamItem, 'upstreamId' | 'title'> & { title: string | undefined; upstreamId: string | undefined }

const error = (message: string): ParsedUpstream => ({ kind: 'error', message })

// --- Text, HTML, links and dates ---

/** One line of plain text: characters XML forbids dropped, any whitespace run one space, NFC. */
function lineOf(text: string | undefined): string {
  return printableText(text ?? '').replace(/\s+/g, ' ').trim().normalize('NFC')
}

/** Plain text that keeps its line breaks (a summary), NFC. */
function plainOf(text: string | undefined): string {
  return printableText(text ?? '')
    .split('\n')
    .map((line) => line.replace(/[^\S\n]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
    .normalize('NFC')
}

// sanitize-html writes text with &, < and > escaped (quotes too in attributes); undoing exactly that, in one pass, decodes once.
// Stryker disable next-line StringLiteral: sanitize-html escapes quotes only inside attributes and keeps none here, so '&quot;' never reaches this map (the other entries are tested)
const SANITIZED_ESCAPES: Record<string, string> = { '&amp;': '&', '&gt;': '>', '&lt;': '<', '&quot;': '"' }
const BLOCK_END = /<\/(?:p|div|h[1-6]|li|blockquote|pre|tr|section|article)\s*>|<br\s*\/?>/gi

/** The text of an HTML fragment (block ends and <br> become line breaks; scripts and styles say nothing). */
export function textOfHtml(html: string | undefined): string {
  // Stryker disable next-line Regex: plainOf makes any run of spaces one, so one space per whitespace character reads the same
  const spaced = (html ?? '').replace(/\s+/g, ' ').replace(BLOCK_END, '$&\n')
  // Stryker disable next-line ArrayDeclaration: a tag named 'Stryker was here' cannot occur, so no tag is kept either way
  const text = sanitizeHtml(spaced, { allowedAttributes: {}, allowedTags: [] })
  return plainOf(text.replace(/&(?:amp|lt|gt|quot);/g, (entity) => SANITIZED_ESCAPES[entity]!))
}

/** An absolute http(s) URL, relative ones resolved against base; anything else (javascript:, data:, mailto:) is null. */
export function absoluteHttpUrl(value: string | undefined, base: string): null | string {
  const text = value?.trim()
  if (!text) return null
  try {
    const url = new URL(text, base)
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null
  } catch {
    return null
  }
}

/** Item HTML through our own allow-list, with relative links and pictures made absolute against base. */
export function safeBodyHtml(html: string | undefined, base: string): string {
  // Stryker disable next-line MethodExpression: whitespace alone sanitises to '' once trimmed below
  if (!html?.trim()) return ''
  const absolute = (attribute: 'href' | 'src', mayMail: boolean): sanitizeHtml.Transformer => (tagName, attribs) => {
    const value = attribs[attribute]?.trim()
    const { [attribute]: _dropped, ...rest } = attribs
    // Stryker disable next-line ConditionalExpression: without a value, mailto: does not match and absoluteHttpUrl gives null, so the attribute is dropped either way
    if (!value) return { attribs: rest, tagName }
    const url = mayMail && /^mailto:/i.test(value) ? value : absoluteHttpUrl(value, base)
    return { attribs: url ? { ...rest, [attribute]: url } : rest, tagName }
  }
  const clean = sanitizeHtml(printableText(html), { ...SAFE_HTML, transformTags: { a: absolute('href', true), img: absolute('src', false) } })
  return clean.trim().normalize('NFC')
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']
const ZONES: Record<string, number> = { cdt: -300, cst: -360, edt: -240, est: -300, gmt: 0, mdt: -360, mst: -420, pdt: -420, pst: -480, ut: 0, utc: 0, z: 0 }
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/i
const RFC_822_DATE = /^(?:[a-z]{3},\s*)?(\d{1,2})\s+([a-z]{3})\s+(\d{2}|\d{4})\s+(\d{2}):(\d{2})(?::(\d{2}))?\s*([+-]\d{4}|[a-z]{1,3})?$/i

function offsetMinutes(zone: string | undefined): null | number {
  if (!zone) return 0
  const lower = zone.toLowerCase()
  if (lower in ZONES) return ZONES[lower]!
  // Stryker disable next-line Regex: zone comes from ISO_DATE or RFC_822_DATE, which already match it whole
  const match = /^([+-])(\d{2}):?(\d{2})$/.exec(zone)
  if (!match || Number(match[3]) > 59) return null
  return (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3]))
}

/** A real instant from its parts, or null: 2023-02-30, 25:00 and 13th months are not dates (V8 would roll them over). */
function instant(parts: { day: number; hour: number; minute: number; month: number; offset: null | number; second: number; year: number }): null | string {
  const { day, hour, minute, month, offset, second, year } = parts
  if (offset === null || month < 1 || month > 12 || hour > 23 || minute > 59 || second > 60) return null
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate()
  if (day < 1 || day > daysInMonth) return null
  const time = Date.UTC(year, month - 1, day, hour, minute, Math.min(second, 59)) - offset * 60_000
  return Number.isFinite(time) ? new Date(time).toISOString() : null
}

/** ISO 8601 or RFC 822 text as an ISO instant; anything else, and impossible dates, null (never "Invalid Date"). */
export function upstreamDate(value: unknown): null | string {
  if (typeof value !== 'string') return null
  const text = value.trim()
  const iso = ISO_DATE.exec(text)
  if (iso) {
    // Stryker disable next-line StringLiteral: +'' is 0 as +'0' is
    const [, year, month, day, hour = '0', minute = '0', second = '0', , zone] = iso
    return instant({ day: +day!, hour: +hour, minute: +minute, month: +month!, offset: offsetMinutes(zone), second: +second, year: +year! })
  }
  const rfc = RFC_822_DATE.exec(text)
  if (rfc) {
    // Stryker disable next-line StringLiteral: +'' is 0 as +'0' is
    const [, day, monthName, year, hour, minute, second = '0', zone] = rfc
    const fullYear = year!.length === 2 ? 2000 + Number(year) - (Number(year) > 50 ? 100 : 0) : Number(year)
    return instant({ day: +day!, hour: +hour!, minute: +minute!, month: MONTHS.indexOf(monthName!.toLowerCase()) + 1, offset: offsetMinutes(zone), second: +second, year: fullYear })
  }
  return null
}

function mediaList(candidates: { title?: string; type?: string; url?: string }[], base: string): UpstreamMedia[] {
  const seen = new Set<string>()
  const media: UpstreamMedia[] = []
  for (const candidate of candidates) {
    const url = absoluteHttpUrl(candidate.url, base)
    if (!url || seen.has(url)) continue
    seen.add(url)
    const title = lineOf(candidate.title)
    media.push({ type: candidate.type?.trim().toLowerCase() || 'application/octet-stream', url, ...(title ? { title } : {}) })
  }
  return media
}

/** A Media RSS medium (image, video, audio) as a type when no MIME type is given. */
const mediumType = (medium: string | undefined) => (medium?.trim() ? `${medium.trim().toLowerCase()}/*` : undefined)

// --- Formats ---

type RssFeed = Extract<ReturnType<typeof parseFeed>, { format: 'rss' }>
type AtomFeed = ReturnType<typeof parseAtomFeed>
type JsonFeed = ReturnType<typeof parseJsonFeed>

function rssDrafts(feed: RssFeed['feed'], base: string): Draft[] {
  return (feed.items ?? []).map((item) => {
    const rawLink = item.link ?? (item.guid?.isPermaLink !== false ? item.guid?.value : undefined)
    const media = item.media
    // Stryker disable next-line ArrayDeclaration: a string in place of a missing list has no url, so mediaList drops it
    const mediaContents = [...(media?.contents ?? []), ...(media?.groups ?? []).flatMap((group) => group.contents ?? [])]
    return {
      bodyHtml: safeBodyHtml(item.content?.encoded ?? item.description, base),
      language: lineOf(item.dc?.languages?.[0] ?? feed.language) || null,
      link: absoluteHttpUrl(rawLink, base),
      media: mediaList(
        [
          ...mediaContents.map((content) => ({ title: content.title?.value ?? content.description?.value, type: content.type ?? mediumType(content.medium), url: content.url })),
          // Stryker disable next-line ArrayDeclaration: a string in place of a missing list has no url, so mediaList drops it
          ...(item.enclosures ?? []).map((enclosure) => ({ type: enclosure.type, url: enclosure.url })),
        ],
        base,
      ),
      pubStatus: 'usable',
      publishedAt: upstreamDate(item.pubDate ?? item.dc?.dates?.[0]),
      summary: textOfHtml(item.description),
      title: item.title ?? item.dc?.titles?.[0],
      updatedAt: upstreamDate(item.dcterms?.modified?.[0] ?? item.atom?.updated),
      // Without a guid the link is the id, made absolute so that /tin/1 on two sources are two items.
      // Stryker disable next-line MethodExpression: feedsmith trims guid and link text itself
      upstreamId: item.guid?.value?.trim() || absoluteHttpUrl(item.link, base) || item.link?.trim(),
    }
  })
}

/** Atom text constructs: `html` and `xhtml` are markup, anything else text. */
const atomText = (text: { type?: string; value?: string } | undefined) => (text?.type === 'html' || text?.type === 'xhtml' ? textOfHtml(text.value) : plainOf(text?.value))

function atomBody(entry: NonNullable<AtomFeed['entries']>[number], base: string): string {
  const content = entry.content ?? (entry.summary ? { type: entry.summary.type, value: entry.summary.value } : undefined)
  if (!content?.value) return ''
  return content.type === 'html' || content.type === 'xhtml' ? safeBodyHtml(content.value, base) : safeBodyHtml(htmlFromText(plainOf(content.value)), base)
}

function atomDrafts(feed: AtomFeed, base: string): Draft[] {
  return (feed.entries ?? []).map((entry) => {
    // Stryker disable next-line ArrayDeclaration: a string in place of missing links has no href nor rel, so it is neither page nor enclosure
    const links = entry.links ?? []
    const page = links.find((link) => (link.rel ?? 'alternate') === 'alternate' && (!link.type || /html/i.test(link.type))) ?? links.find((link) => (link.rel ?? 'alternate') === 'alternate')
    return {
      bodyHtml: atomBody(entry, base),
      language: lineOf(entry.xml?.lang ?? feed.xml?.lang) || null,
      link: absoluteHttpUrl(page?.href, base),
      media: mediaList(
        links.filter((link) => link.rel === 'enclosure').map((link) => ({ title: link.title, type: link.type, url: link.href })),
        base,
      ),
      pubStatus: 'usable',
      publishedAt: upstreamDate(entry.published ?? entry.updated),
      summary: atomText(entry.summary),
      title: entry.title ? atomText(entry.title) : undefined,
      updatedAt: upstreamDate(entry.updated),
      // Stryker disable next-line MethodExpression: feedsmith trims the Atom id itself
      upstreamId: entry.id?.trim(),
    }
  })
}

function jsonFeedDrafts(feed: JsonFeed, base: string): Draft[] {
  return (feed.items ?? []).map((item) => ({
    bodyHtml: safeBodyHtml(item.content_html ?? (item.content_text ? htmlFromText(item.content_text) : undefined), base),
    language: lineOf(item.language ?? feed.language) || null,
    link: absoluteHttpUrl(item.url ?? item.external_url, base),
    media: mediaList(
      [
        // Stryker disable next-line ArrayDeclaration: a string in place of a missing list has no url, so mediaList drops it
        ...(item.attachments ?? []).map((attachment) => ({ title: attachment.title, type: attachment.mime_type, url: attachment.url })),
        // Stryker disable next-line ArrayDeclaration: a string in place of a missing list has no url, so mediaList drops it
        ...(item.image ? [{ type: 'image/*', url: item.image }] : []),
      ],
      base,
    ),
    pubStatus: 'usable',
    publishedAt: upstreamDate(item.date_published),
    summary: plainOf(item.summary),
    title: item.title,
    updatedAt: upstreamDate(item.date_modified),
    // Stryker disable next-line MethodExpression: feedsmith trims JSON Feed ids itself
    upstreamId: item.id === undefined ? undefined : String(item.id).trim(),
  }))
}

// ninjs 3 as src/feeds/ninjs.ts writes it; only what the desk reads is checked, other keys pass.
const NinjsText = z.looseObject({ contentType: z.string().optional(), role: z.string().optional(), value: z.string() })
const NinjsRendition = z.looseObject({ contentType: z.string().optional(), href: z.string().optional(), name: z.string().optional(), title: z.string().optional() })
const NinjsItemShape = z.looseObject({
  associations: z.array(z.looseObject({ descriptions: z.array(NinjsText).optional(), renditions: z.array(NinjsRendition).optional() })).optional(),
  bodies: z.array(NinjsText).optional(),
  descriptions: z.array(NinjsText).optional(),
  firstCreated: z.string().optional(),
  headlines: z.array(NinjsText).optional(),
  language: z.string().optional(),
  pubStatus: z.enum(['usable', 'withheld', 'canceled']).optional(),
  renditions: z.array(NinjsRendition).optional(),
  uri: z.string().optional(),
  versionCreated: z.string().optional(),
})
const NinjsListShape = z.looseObject({ items: z.array(z.unknown()) })
const JsonFeedShape = z.looseObject({ items: z.array(z.unknown()), version: z.string().regex(/^https?:\/\/jsonfeed\.org\/version\/1(?:\.1)?\/?$/) })

type NinjsText = z.infer<typeof NinjsText>
const byRole = (texts: NinjsText[] | undefined, role: string) => texts?.find((text) => text.role === role) ?? texts?.find((text) => !text.role)
// Stryker disable next-line StringLiteral: the fallback only has to not say html, and 'Stryker was here!' does not
const isHtml = (text: NinjsText | undefined) => /html/i.test(text?.contentType ?? '')

function ninjsDraft(item: z.infer<typeof NinjsItemShape>, base: string): Draft {
  const headline = byRole(item.headlines, 'main') ?? item.headlines?.[0]
  const summary = byRole(item.descriptions, 'summary')
  const mainBodies = (item.bodies ?? []).filter((body) => (body.role ?? 'main') === 'main')
  const html = mainBodies.find(isHtml)
  const text = mainBodies.find((body) => !isHtml(body))
  // Stryker disable next-line ArrayDeclaration,StringLiteral: a string in place of missing renditions has no href; the contentType fallback only has to not say html
  const page = (item.renditions ?? []).find((rendition) => /html/i.test(rendition.contentType ?? '') || rendition.name === 'web')
  return {
    bodyHtml: html ? safeBodyHtml(html.value, base) : text ? safeBodyHtml(htmlFromText(text.value), base) : '',
    language: lineOf(item.language) || null,
    link: absoluteHttpUrl(page?.href, base),
    media: mediaList(
      // Stryker disable next-line ArrayDeclaration: a string in place of missing associations has no renditions
      (item.associations ?? []).flatMap((association) => {
        const alt = byRole(association.descriptions, 'alt')?.value
        // Stryker disable next-line ArrayDeclaration: a string in place of missing renditions has no url, so mediaList drops it
        return (association.renditions ?? []).map((rendition) => ({ title: rendition.title ?? alt, type: rendition.contentType, url: rendition.href }))
      }),
      base,
    ),
    pubStatus: item.pubStatus ?? 'usable',
    publishedAt: upstreamDate(item.firstCreated ?? item.versionCreated),
    // Stryker disable next-line OptionalChaining: isHtml(summary) is true only when summary is defined
    summary: isHtml(summary) ? textOfHtml(summary?.value) : plainOf(summary?.value),
    // Stryker disable next-line OptionalChaining: isHtml(headline) is true only when headline is defined
    title: isHtml(headline) ? textOfHtml(headline?.value) : headline?.value,
    updatedAt: upstreamDate(item.versionCreated),
    upstreamId: item.uri?.trim(),
  }
}

/** Items with an id and a title, each id once; the others are named in `skipped`. */
function finish(format: UpstreamFormat, drafts: (Draft | { invalid: string })[]): ParsedUpstream {
  const items: UpstreamItem[] = []
  const skipped: { reason: string }[] = []
  const seen = new Set<string>()
  for (const [index, draft] of drafts.entries()) {
    const position = `Mục thứ ${index + 1}`
    if ('invalid' in draft) {
      skipped.push({ reason: `${position} không đúng cấu trúc ninjs: ${draft.invalid}` })
      continue
    }
    const upstreamId = draft.upstreamId?.normalize('NFC')
    const title = lineOf(draft.title)
    if (!upstreamId) skipped.push({ reason: `${position} không có mã định danh (guid, id hoặc uri), bị bỏ qua.` })
    else if (!title) skipped.push({ reason: `${position} (${upstreamId}) không có tiêu đề, bị bỏ qua.` })
    else if (seen.has(upstreamId)) skipped.push({ reason: `${position} trùng mã ${upstreamId} với một mục trước, bị bỏ qua.` })
    else {
      seen.add(upstreamId)
      items.push({ ...draft, title, upstreamId })
    }
  }
  return { format, items, kind: 'ok', skipped }
}

/**
 * One ninjs item (a pushed webhook's `data`) read exactly as an item of a polled ninjs list, so push and poll make the
 * same desk row; an item without a uri or a title, or not ninjs, is an error.
 */
export function readNinjsItem({ baseUrl, value }: { baseUrl: string; value: unknown }): { item: UpstreamItem; kind: 'ok' } | { kind: 'error'; message: string } {
  const shape = NinjsItemShape.safeParse(value)
  const result = finish('ninjs', [shape.success ? ninjsDraft(shape.data, baseUrl) : { invalid: z.prettifyError(shape.error).replace(/\s+/g, ' ') }])
  if (result.kind === 'ok' && result.items[0]) return { item: result.items[0], kind: 'ok' }
  return { kind: 'error', message: result.kind === 'ok' ? result.skipped[0]!.reason : result.message }
}

// --- Detection ---

const FORBIDDEN_DECLARATION = /<!\s*(?:DOCTYPE|ENTITY)/i

/** Where the root element starts, after the XML declaration, processing instructions, comments and whitespace; -1 if none. */
function rootStart(xml: string): number {
  let at = 0
  for (;;) {
    // Stryker disable next-line ConditionalExpression,EqualityOperator: past the end xml[at] is undefined, which /\s/ does not match, so the loop stops there anyway
    while (at < xml.length && /\s/.test(xml[at]!)) at++
    if (xml.startsWith('<?', at)) at = xml.indexOf('?>', at) === -1 ? xml.length : xml.indexOf('?>', at) + 2
    else if (xml.startsWith('<!--', at)) at = xml.indexOf('-->', at) === -1 ? xml.length : xml.indexOf('-->', at) + 3
    else return xml[at] === '<' ? at : -1
  }
}

/** A DOCTYPE or ENTITY declaration anywhere before the root, or outside CDATA sections after it (the parser reads one anywhere). */
function hasDeclarations(xml: string): boolean {
  const root = rootStart(xml)
  const prolog = root === -1 ? xml : xml.slice(0, root)
  // One pass from the left, so a CDATA opener inside a comment is read as comment text (the comment stays), not as a section hiding what follows.
  // Stryker disable next-line StringLiteral: a CDATA section replaced by any text without a declaration reads the same
  const outsideCdata = xml.replace(/(<!--[\s\S]*?-->)|<!\[CDATA\[[\s\S]*?\]\]>/g, (_section, comment: string | undefined) => comment ?? '')
  return FORBIDDEN_DECLARATION.test(prolog) || FORBIDDEN_DECLARATION.test(outsideCdata)
}

function parseXml(xml: string, base: string, contentType: string | undefined): ParsedUpstream {
  if (hasDeclarations(xml)) {
    return error('Nguồn trả về XML có khai báo DOCTYPE hoặc ENTITY; vì an toàn (thực thể mở rộng, đọc tệp của máy chủ) Nguồn không đọc loại XML này.')
  }
  const valid = XMLValidator.validate(xml)
  if (valid !== true) return error(`Nguồn trả về XML không hợp lệ: dòng ${valid.err.line}, cột ${valid.err.col}: ${valid.err.msg}`)
  let parsed: ReturnType<typeof parseFeed>
  try {
    parsed = parseFeed(xml)
  } catch (cause) {
    if (cause instanceof DetectError) {
      // Stryker disable next-line StringLiteral: the fallback only has to not say html, and 'Stryker was here!' does not
      const isHtml = /html/i.test(contentType ?? '') || /^<html[\s>]/i.test(xml.slice(rootStart(xml)))
      return error(isHtml ? 'Nguồn trả về một trang HTML, không phải nguồn tin RSS hay Atom.' : 'Nguồn trả về XML nhưng không phải RSS 2.0 hay Atom 1.0.')
    }
    return error(`Nguồn trả về XML không đọc được: ${(cause as Error).message}`)
  }
  switch (parsed.format) {
    case 'rss':
      return finish('rss', rssDrafts(parsed.feed, base))
    case 'atom':
      return finish('atom', atomDrafts(parsed.feed, base))
    default:
      return error('Nguồn trả về RSS 1.0 (RDF), định dạng Nguồn chưa đọc; hãy dùng RSS 2.0, Atom, JSON Feed hoặc ninjs.')
  }
}

function parseJson(text: string, base: string): ParsedUpstream {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (cause) {
    return error(`Nguồn trả về JSON không hợp lệ: ${(cause as Error).message}`)
  }
  // Stryker disable next-line ConditionalExpression,LogicalOperator: the text starts with { or [, so JSON.parse gives an object or an array, never a falsy value or a primitive
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    return error('Nguồn trả về JSON nhưng không phải một nguồn tin (cần một đối tượng JSON Feed hoặc danh sách ninjs).')
  }
  const record = value as Record<string, unknown>
  if (typeof record.version === 'string' && record.version.includes('jsonfeed.org')) {
    const shape = JsonFeedShape.safeParse(record)
    if (!shape.success) return error(`Nguồn trả về JSON Feed không đúng cấu trúc: ${z.prettifyError(shape.error).replace(/\s+/g, ' ')}`)
    // feedsmith drops items that are not objects; they are counted here as skipped instead of vanishing.
    const feed = parseJsonFeed(record)
    const nonObjects = shape.data.items.filter((item) => !item || typeof item !== 'object' || Array.isArray(item)).length
    const result = finish('jsonfeed', jsonFeedDrafts(feed, base))
    // Stryker disable next-line ConditionalExpression: finish always answers kind 'ok'
    if (result.kind === 'ok') for (let i = 0; i < nonObjects; i++) result.skipped.push({ reason: 'Một mục không phải đối tượng JSON, bị bỏ qua.' })
    return result
  }
  // A Nguồn ninjs feed ({ uri, …, items }) or one ninjs item (a pushed webhook's `data`).
  const list = NinjsListShape.safeParse(record)
  const entries = list.success ? list.data.items : typeof record.uri === 'string' ? [record] : null
  if (!entries) return error('Nguồn trả về JSON không nhận ra: không phải JSON Feed 1.1 (thiếu "version") hay ninjs (thiếu "items" hoặc "uri").')
  return finish(
    'ninjs',
    entries.map((entry) => {
      const item = NinjsItemShape.safeParse(entry)
      return item.success ? ninjsDraft(item.data, base) : { invalid: z.prettifyError(item.error).replace(/\s+/g, ' ') }
    }),
  )
}

/**
 * The items of an upstream document. The format is read from the content (the content type only words the message
 * when it is not a feed); XML with a DOCTYPE or ENTITY declaration is refused before any parsing.
 */
export function parseUpstream({ baseUrl, body, contentType }: { baseUrl: string; body: string; contentType?: string }): ParsedUpstream {
  const text = body.replace(/^\uFEFF/, '').trim()
  if (!text) return error('Nguồn trả về nội dung rỗng.')
  if (text.startsWith('{') || text.startsWith('[')) return parseJson(text, baseUrl)
  if (text.startsWith('<')) return parseXml(text, baseUrl, contentType)
  return error(`Nguồn trả về nội dung không phải XML hay JSON${contentType ? ` (${contentType.split(';')[0]!.trim()})` : ''}.`)
}
