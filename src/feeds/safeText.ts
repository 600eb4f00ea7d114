// Makes editors' text safe to carry in every feed format: drops characters XML 1.0 forbids and escapes markup.
import type { FeedItem } from './types'

// XML 1.0 allows tab, newline and carriage return among C0 controls, and nothing at U+FFFE/U+FFFF.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const FORBIDDEN_IN_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g
// A lone surrogate is not a character at all; UTF-8 encoders would turn it into U+FFFD.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/**
 * The text with every character XML 1.0 forbids removed and line ends written as `\n`
 * (XML parsers turn CR and CRLF into LF anyway, so every format now carries the same text).
 * Right-to-left marks and overrides (U+200F, U+202E) are kept: they are legal text.
 */
export function printableText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(FORBIDDEN_IN_XML, '').replace(LONE_SURROGATE, '')
}

function printableDeep<T>(value: T): T {
  if (typeof value === 'string') return printableText(value) as T
  if (Array.isArray(value)) return value.map(printableDeep) as T
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, printableDeep(inner)])) as T
  }
  return value
}

/** The item with `printableText` applied to every string in it, so all renderers start from the same text. */
export function printableItem(item: FeedItem): FeedItem {
  return printableDeep(item)
}

const XML_TEXT_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' }
// Attribute values also lose raw tabs and newlines to whitespace normalization unless written as references.
const XML_ATTRIBUTE_ESCAPES: Record<string, string> = {
  ...XML_TEXT_ESCAPES,
  '"': '&quot;',
  '\t': '&#9;',
  '\n': '&#10;',
  // Stryker disable next-line StringLiteral: printableText has already turned every CR into LF, so no CR reaches this table
  '\r': '&#13;',
}
const HTML_ESCAPES: Record<string, string> = { ...XML_TEXT_ESCAPES, '"': '&quot;', "'": '&#39;' }

/** Text for an XML element's content; `>` is escaped too so `]]>` can never appear. */
export function escapeXmlText(text: string): string {
  return printableText(text).replace(/[&<>]/g, (c) => XML_TEXT_ESCAPES[c])
}

export function escapeXmlAttribute(text: string): string {
  return printableText(text).replace(/[&<>"\t\n\r]/g, (c) => XML_ATTRIBUTE_ESCAPES[c])
}

export function escapeHtml(text: string): string {
  return printableText(text).replace(/[&<>"']/g, (c) => HTML_ESCAPES[c])
}
