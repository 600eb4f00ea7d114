// The XML writing both RSS feeds share: escaped attributes and text, one element a line, and the channel head.
import { escapeXmlAttribute, escapeXmlText } from './safeText'

export type Attributes = Record<string, number | string | undefined>

function xmlAttributes(attrs: Attributes): string {
  return Object.entries(attrs)
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => ` ${name}="${escapeXmlAttribute(String(value))}"`)
    .join('')
}

export function textElement(name: string, text: string, attrs: Attributes = {}): string {
  return `<${name}${xmlAttributes(attrs)}>${escapeXmlText(text)}</${name}>`
}

/** An element with child elements; empty strings among them are left out, and no children make it self-closing. */
export function element(name: string, attrs: Attributes, children: string[] = []): string {
  const present = children.filter(Boolean)
  if (present.length === 0) return `<${name}${xmlAttributes(attrs)}/>`
  // One element a line and no indentation: indenting would change the text of multi-line elements.
  return `<${name}${xmlAttributes(attrs)}>\n${present.join('\n')}\n</${name}>`
}

/** RFC 822 date-time, as RSS 2.0 requires (`Sun, 10 Dec 2023 00:00:00 GMT`). */
export function rfc822(iso: string): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) throw new RangeError(`Not a date: ${iso}`)
  return date.toUTCString()
}

/** The elements every Nguồn RSS channel starts with. */
export function rssChannelHead(
  meta: { description: string; generatedAt?: string; homeUrl: string; language: string; selfUrl: string; title: string },
  selfType: string,
): string[] {
  return [
    textElement('title', meta.title),
    textElement('link', meta.homeUrl),
    textElement('description', meta.description),
    textElement('language', meta.language),
    meta.generatedAt ? textElement('lastBuildDate', rfc822(meta.generatedAt)) : '',
    textElement('generator', 'Nguồn'),
    element('atom:link', { href: meta.selfUrl, rel: 'self', type: selfType }),
  ]
}

/** The XML declaration and the `rss` root around one channel. */
export const rssDocument = (namespaces: Record<string, string>, channel: string[]): string =>
  `<?xml version="1.0" encoding="UTF-8"?>\n${element('rss', { version: '2.0', ...namespaces }, [element('channel', {}, channel)])}\n`
