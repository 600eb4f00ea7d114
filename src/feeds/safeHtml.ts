// The HTML allow-list shared by what Nguồn sends (item bodies in every feed) and what it takes in (src/ingest).
import type sanitizeHtml from 'sanitize-html'

/** Paragraphs, headings, emphasis, lists, quotes, links and pictures over http(s) only: no script, style, frame, form or SVG. */
export const SAFE_HTML: sanitizeHtml.IOptions = {
  allowedAttributes: { a: ['href', 'title'], img: ['src', 'alt', 'width', 'height'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedTags: ['p', 'br', 'h2', 'h3', 'h4', 'h5', 'h6', 'strong', 'b', 'em', 'i', 'u', 's', 'sub', 'sup', 'blockquote', 'ul', 'ol', 'li', 'a', 'img', 'hr', 'code', 'pre'],
}
