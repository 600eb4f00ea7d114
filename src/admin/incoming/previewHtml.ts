// An incoming body made safe to show in the admin: a second pass of the feeds' allow-list, with no picture loaded from
// the source's host (an image becomes its alt text) and links opening apart from the admin.
import sanitizeHtml from 'sanitize-html'

import { SAFE_HTML } from '../../feeds/safeHtml'

/** The body as HTML to put in the page: the desk stores it sanitised already; this pass holds even if a row was not. */
export function previewHtml(body: null | string | undefined): string {
  // Stryker disable next-line ConditionalExpression: sanitize-html answers '' for an empty or missing body too
  if (!body) return ''
  return sanitizeHtml(body, {
    ...SAFE_HTML,
    allowedAttributes: { a: ['href', 'title', 'rel', 'target'] },
    // Stryker disable next-line MethodExpression,ConditionalExpression,StringLiteral: belt and braces; transformTags turns every img into a span, which is not allowed, before the list is read
    allowedTags: (SAFE_HTML.allowedTags as string[]).filter((tag) => tag !== 'img'),
    // Stryker disable next-line ArrowFunction: undefined is as false as false; the feeds' filter is switched off either way
    exclusiveFilter: () => false,
    nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'iframe', 'object'],
    transformTags: {
      a: (tagName, attribs) => ({ attribs: { ...attribs, rel: 'noopener noreferrer nofollow', target: '_blank' }, tagName }),
      // Stryker disable next-line StringLiteral: the span is not an allowed tag, so only its text stays, whatever its name
      img: (_tagName, attribs) => ({ attribs: {}, tagName: 'span', text: attribs.alt ? `[${attribs.alt}]` : '' }),
    },
  })
}

/** The body's words, for the diff: no tags, entities decoded once, blocks kept apart by a space. */
export function bodyText(body: null | string | undefined): string {
  if (!body) return ''
  // A block's opening and closing tags both part words: "Đoạn<h3>Nhỏ" is two words, not "ĐoạnNhỏ".
  const spaced = body.replace(/<\/?(p|h[1-6]|li|blockquote|pre)\b[^>]*>|<br\s*\/?>/gi, ' $&')
  // Stryker disable next-line ArrayDeclaration: a tag no HTML has allows nothing either
  const text = sanitizeHtml(spaced, { allowedAttributes: {}, allowedTags: [] })
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim()
}
