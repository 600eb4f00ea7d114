// The HTML allow-list, applied by sanitize-html as the feeds and ingest apply it: what passes, and what never does.
import sanitizeHtml from 'sanitize-html'
import { describe, expect, it } from 'vitest'

import { SAFE_HTML } from '../../../src/feeds/safeHtml'

const clean = (html: string) => sanitizeHtml(html, SAFE_HTML)

describe('the shared HTML allow-list', () => {
  it.each(['p', 'h2', 'h3', 'h4', 'h5', 'h6', 'strong', 'b', 'em', 'i', 'u', 's', 'sub', 'sup', 'blockquote', 'ul', 'ol', 'li', 'code', 'pre'])(
    'keeps <%s>',
    (tag) => {
      expect(clean(`<${tag}>Nội dung</${tag}>`)).toBe(`<${tag}>Nội dung</${tag}>`)
    },
  )

  it('keeps line breaks, rules, links with their title and pictures with their size and text', () => {
    expect(clean('a<br />b<hr />')).toBe('a<br />b<hr />')
    expect(clean('<a href="https://x.vn/a" title="Nguồn" class="c">x</a>')).toBe('<a href="https://x.vn/a" title="Nguồn">x</a>')
    expect(clean('<a href="mailto:toa-soan@x.vn">thư</a> <a href="http://x.vn">web</a>')).toBe('<a href="mailto:toa-soan@x.vn">thư</a> <a href="http://x.vn">web</a>')
    expect(clean('<img src="https://x.vn/a.jpg" alt="Lũ" width="640" height="480" onerror="x()" />')).toBe('<img src="https://x.vn/a.jpg" alt="Lũ" width="640" height="480" />')
  })

  it.each([
    ['<script>alert(1)</script>Tin', 'Tin'],
    ['<style>p{}</style>Tin', 'Tin'],
    ['<iframe src="https://x.vn"></iframe>Tin', 'Tin'],
    ['<h1>Tiêu đề</h1>', 'Tiêu đề'],
    ['<form><input name="q" /></form>Tin', 'Tin'],
    ['<a href="javascript:alert(1)">x</a>', '<a>x</a>'],
    ['<a href="ftp://x.vn/a">x</a>', '<a>x</a>'],
    ['<img src="data:image/png;base64,AAAA" />', '<img />'],
    ['<p style="color:red" onclick="x()">Tin</p>', '<p>Tin</p>'],
  ])('takes %j down to %j', (html, safe) => {
    expect(clean(html)).toBe(safe)
  })
})
