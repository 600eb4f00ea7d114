// Renders one item's text for the medium a channel broadcasts in: newspaper HTML, a TV script, spoken text, a web teaser.
import type { Channel, Locale } from '../content/vocabulary'
import type { FeedFigure, FeedItem } from './types'

import { readAloudSeconds } from './readAloud'
import { escapeHtml, printableItem } from './safeText'

export type ChannelText =
  | { channel: 'newspaper'; format: 'html'; body: string }
  /** A script for the newsroom; readAloudSeconds is for the lead the presenter reads to camera. */
  | { channel: 'television'; format: 'text'; body: string; readAloudSeconds: number }
  /** Only words to be said: no markup, no links. */
  | { channel: 'radio' | 'loudspeaker'; format: 'text'; body: string; readAloudSeconds: number }
  | { channel: 'web'; format: 'text'; body: string }

const SCRIPT_LABELS: Record<Locale, { headline: string; lead: string; keyPoints: string; figures: string; source: string; asOf: string }> = {
  vi: { headline: 'Tít', lead: 'Lời dẫn', keyPoints: 'Ý chính', figures: 'Số liệu', source: 'Nguồn', asOf: 'tính đến' },
  en: { headline: 'Headline', lead: 'Lead to camera', keyPoints: 'Key points', figures: 'Figures', source: 'Source', asOf: 'as of' },
}
const SPOKEN_SOURCE: Record<Locale, string> = { vi: 'theo', en: 'according to' }

/** Paragraphs of a plain text: blank-line separated blocks; a line break inside one (list item, table cell) stays. */
export function paragraphsOf(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((block) => linesOf(block).join('\n'))
    .filter(Boolean)
}

const linesOf = (block: string): string[] =>
  block
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)

/** HTML paragraphs from plain text, every character escaped, line breaks kept as <br>. */
export function htmlFromText(text: string): string {
  return paragraphsOf(text)
    .map((paragraph) => `<p>${paragraph.split('\n').map(escapeHtml).join('<br>')}</p>`)
    .join('\n')
}

// Figures are dated in Vietnam time, where the office works.
const DAY_IN_VIETNAM: Record<Locale, Intl.DateTimeFormat> = {
  vi: new Intl.DateTimeFormat('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', day: '2-digit', month: '2-digit', year: 'numeric' }),
  en: new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Ho_Chi_Minh', day: 'numeric', month: 'short', year: 'numeric' }),
}

/** A date as an editor writes it (30/11/2023, 30 Nov 2023); text that is not a date is shown as given. */
export function displayDate(iso: string, language: Locale): string {
  // Only ISO shapes: V8 reads almost anything as a date ("quý IV/2023" becomes 1 Jan 2023).
  if (!/^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}.*)?$/.test(iso)) return iso
  // A bare date has no time zone; reading it as noon in Vietnam keeps its day.
  // Stryker disable next-line ConditionalExpression: V8 reads a bare ISO date as UTC midnight, 07:00 (never before midnight) in Vietnam, the same day
  const date = new Date(iso.length === 10 ? `${iso}T12:00:00+07:00` : iso)
  return Number.isNaN(date.getTime()) ? iso : DAY_IN_VIETNAM[language].format(date)
}

/** One figure with its source, e.g. "Hộ nghèo: 2,5 % (tính đến 30/11/2023). Nguồn: Sở LĐTBXH". */
export function figureLine(figure: FeedFigure, language: Locale, { withSourceUrl = true } = {}): string {
  const labels = SCRIPT_LABELS[language]
  const value = [figure.value, figure.unitOfMeasure].filter(Boolean).join(' ')
  const asOf = figure.asOf ? ` (${labels.asOf} ${displayDate(figure.asOf, language)})` : ''
  const source = withSourceUrl && figure.sourceUrl ? `${figure.sourceName} (${figure.sourceUrl})` : figure.sourceName
  return `${figure.label}: ${value}${asOf}. ${labels.source}: ${source}`
}

// Trailing punctuation belongs to the sentence, not the link.
const LINK = /(?:https?:\/\/|www\.)\S*[^\s.,;:!?)\]]/giu

/** One spoken paragraph: web links removed (a listener cannot follow them), any whitespace read as one space. */
function spokenParagraph(text: string): string {
  return text.replace(LINK, '').replace(/\s+/g, ' ').replace(/ ([.,;:!?])/g, '$1').trim()
}

function leadOf(item: FeedItem): string {
  return item.summary?.trim() || paragraphsOf(item.bodyText)[0] || ''
}

function newspaperBody(item: FeedItem): string {
  return item.bodyHtml?.trim() ? item.bodyHtml : htmlFromText(item.bodyText)
}

function televisionScript(item: FeedItem): { body: string; lead: string } {
  const labels = SCRIPT_LABELS[item.language]
  const lead = leadOf(item)
  const sections = [`${labels.headline}: ${item.title}\n${labels.lead}: ${lead}`]
  if (item.keyPoints?.length) sections.push(`${labels.keyPoints}:\n${item.keyPoints.map((point) => `- ${point}`).join('\n')}`)
  if (item.figures?.length) {
    sections.push(`${labels.figures}:\n${item.figures.map((figure) => `- ${figureLine(figure, item.language)}`).join('\n')}`)
  }
  return { body: sections.join('\n\n'), lead }
}

function spokenFigure(figure: FeedFigure, language: Locale): string {
  // Stryker disable next-line MethodExpression: spokenLines reads the space an absent unit leaves as none before the comma
  const value = [figure.value, figure.unitOfMeasure].filter(Boolean).join(' ')
  const asOf = figure.asOf ? `, ${SCRIPT_LABELS[language].asOf} ${displayDate(figure.asOf, language)}` : ''
  return `${figure.label}: ${value}${asOf}, ${SPOKEN_SOURCE[language]} ${figure.sourceName}.`
}

// A block boundary is a sentence boundary when read aloud: a line without closing punctuation gets a full stop.
const endsSentence = (line: string): string => (/[.!?…:;]$/u.test(line) ? line : `${line}.`)

/** The lines of a spoken paragraph, each a sentence; a bullet is not read, an item's number is. */
function spokenLines(paragraph: string): string {
  return linesOf(paragraph)
    .map((line) => spokenParagraph(line.replace(/^[-–•*]\s+/u, '')))
    .filter(Boolean)
    .map(endsSentence)
    .join('\n')
}

function spokenText(item: FeedItem): string {
  const figures = (item.figures ?? []).map((figure) => spokenFigure(figure, item.language))
  return [item.title, ...paragraphsOf(item.bodyText), ...figures]
    .map(spokenLines)
    .filter(Boolean)
    .join('\n\n')
}

/** The item's text in the form the channel's medium needs. Text is cleaned of characters XML forbids. */
export function renderForChannel(rawItem: FeedItem, channel: Channel): ChannelText {
  const item = printableItem(rawItem)
  switch (channel) {
    case 'newspaper':
      return { channel, format: 'html', body: newspaperBody(item) }
    case 'television': {
      const { body, lead } = televisionScript(item)
      return { channel, format: 'text', body, readAloudSeconds: readAloudSeconds(lead) }
    }
    case 'radio':
    case 'loudspeaker': {
      const body = spokenText(item)
      return { channel, format: 'text', body, readAloudSeconds: readAloudSeconds(body) }
    }
    case 'web':
      return { channel, format: 'text', body: [leadOf(item), item.url].filter(Boolean).join('\n\n') }
  }
}
