// An incoming body made safe to show in the admin: a second pass of the feeds' allow-list, with no picture loaded from
// the source's host (an image becomes its alt text) and links opening apart from the admin.
import sanitizeHtml from 'sanitize-html'

import { SAFE_HTML } from '../../feeds/safeHtml'

/** The body as HTML to put in the page: the desk stores it sanitised already; this pass holds even if a row was not. */
export function previewHtml(body: null | string | undefined): string {
  if (!body) return ''
  return sanitizeHtml(body, {
    ...SAFE_HTML,
    allowedAttributes: { a: ['href', 'title', 'rel', 'target'] },
    allowedTags: (SAFE_HTML.allowedTags as string[]).filter((tag) => tag !== 'img'),
    exclusiveFilter: () => false,
    nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'iframe', 'object'],
    transformTags: {
      a: (tagName, attribs) => ({ attribs: { ...attribs, rel: 'noopener noreferrer nofollow', target: '_blank' }, tagName }),
      img: (_tagName, attribs) => ({ attribs: {}, tagName: 'span', text: attribs.alt ? `[${attribs.alt}]` : '' }),
    },
  })
}

/** The body's words, for the diff: no tags, entities decoded once, blocks kept apart by a space. */
export function bodyText(body: null | string | undefined): string {
  if (!body) return ''
  const spaced = body.replace(/<\/(p|h[2-6]|li|blockquote|pre)>|<br\s*\/?>/gi, ' $&')
  const text = sanitizeHtml(spaced, { allowedAttributes: {}, allowedTags: [] })
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim()
}
