// Escaping for each place text goes: XML element content, XML attributes, HTML; and the cleaning every renderer starts from.
import { describe, expect, it } from 'vitest'

import { escapeHtml, escapeXmlAttribute, escapeXmlText, printableItem, printableText } from '../../../src/feeds/safeText'
import { sampleItem } from './items'

describe('escaping', () => {
  it('escapes &, < and > in element text, quotes and whitespace left as they are', () => {
    expect(escapeXmlText('a & b < c > d "e" \'f\'\tg\nh ]]>')).toBe('a &amp; b &lt; c &gt; d "e" \'f\'\tg\nh ]]&gt;')
  })

  it('escapes double quotes, tabs and line ends in attributes, so they survive attribute normalization', () => {
    expect(escapeXmlAttribute('a & b < c > d "e" \'f\'\tg\nh')).toBe('a &amp; b &lt; c &gt; d &quot;e&quot; \'f\'&#9;g&#10;h')
    // CR is already LF after cleaning, and is written as a reference too.
    expect(escapeXmlAttribute('x\r\ny\rz')).toBe('x&#10;y&#10;z')
  })

  it('escapes both quotes in HTML', () => {
    expect(escapeHtml('<a href="x">l\'a & b</a>\t\n')).toBe('&lt;a href=&quot;x&quot;&gt;l&#39;a &amp; b&lt;/a&gt;\t\n')
  })

  it('cleans before escaping, in every escape', () => {
    for (const escape of [escapeXmlText, escapeXmlAttribute, escapeHtml]) expect(escape('a\u0000b\uFFFFc')).toBe('abc')
  })

  it.each([
    ['U+0008 and U+000B, U+000C', 'a\u0008\u000B\u000Cb', 'ab'],
    ['U+000E to U+001F', 'a\u000E\u001Fb', 'ab'],
    ['tab, LF and the U+FFFD replacement character, which XML allows', 'a\t\n\uFFFDb', 'a\t\n\uFFFDb'],
    ['a high surrogate at the end', 'ab\uD83D', 'ab'],
    ['a low surrogate at the start', '\uDE00ab', 'ab'],
  ])('printableText drops or keeps %s', (_case, input, expected) => {
    expect(printableText(input)).toBe(expected)
  })
})

describe('printableItem', () => {
  it('cleans every string in the item, in nested objects and arrays, and leaves other values alone', () => {
    const item = sampleItem({
      title: 'T\u0000',
      topics: ['a\u0001', 'b'],
      unit: { code: 'CA\u0002', name: 'N' },
      images: [{ url: 'https://nguon.example.vn/a.jpg', mimeType: 'image/jpeg', width: 10, alt: 'x\r\ny' }],
      summary: undefined,
    })
    const printable = printableItem(item)
    expect(printable).toEqual({ ...item, title: 'T', topics: ['a', 'b'], unit: { code: 'CA', name: 'N' }, images: [{ ...item.images[0], alt: 'x\ny' }] })
    expect(printable.version).toBe(2)
    expect(printable).toHaveProperty('summary', undefined)
    expect(item.title).toBe('T\u0000')
  })
})
