import { describe, expect, it } from 'vitest'

import { expandablePrefix, fts5Match, markedWords, MAX_PREFIX_EXPANSION, MAX_TERMS, parseSearchQuery, prefixExpansion, tsQuery } from '../../../src/search/query'
import { escapeHtml, snippetOf } from '../../../src/search/snippet'

const folded = (q: string) => parseSearchQuery(q).terms.map((t) => `${t.words.map((w) => w.folded).join(' ')}${t.prefix ? '*' : ''}`)

describe('parseSearchQuery', () => {
  it.each([
    ['nhân quyền', ['nhan', 'quyen*']],
    ['nhân quyền ', ['nhan', 'quyen']],
    ['NHÂN QUYỀN', ['nhan', 'quyen*']],
    ['"quyền con người"', ['quyen con nguoi']],
    ['"quyền con ngư', ['quyen con ngu*']],
    ['tự do "tôn giáo" ', ['tu', 'do', 'ton giao']],
    ['10/12/2023', ['10 12 2023*']],
    ['75 năm', ['75', 'nam*']],
    ['a OR b NEAR(c) -d e:f *', ['a', 'or', 'b', 'near c', 'd', 'e f']],
    ["%_' ; DROP TABLE x; --", ['drop', 'table', 'x']],
    ['"" ** () ', []],
    ['\u0000\u0007\u001b', []],
  ])('reads %j as %j', (q, terms) => expect(folded(q)).toEqual(terms))

  it('reads NFD queries like NFC ones', () => {
    expect(parseSearchQuery('nhân quyền'.normalize('NFD'))).toEqual(parseSearchQuery('nhân quyền'))
  })

  it('keeps at most MAX_TERMS terms', () => {
    expect(parseSearchQuery(Array.from({ length: 40 }, (_, i) => `w${i}`).join(' ')).terms).toHaveLength(MAX_TERMS)
  })
})

describe('engine expressions', () => {
  it('quote every word for FTS5 and put the prefix star outside', () => {
    expect(fts5Match(parseSearchQuery('tôn giáo "nhân quyền" 10/12/2023'))).toBe('"ton" AND "giao" AND "nhan quyen" AND "10 12 2023" *')
  })

  it.each([
    ['quyen con nguoi', 'nguoi'],
    ['ha tinh', 'tinh'],
    ['"kỷ niệm 75 năm"', null],
    ['nhân quy', null],
    ['nhan quyen ', null],
    ['10/12/2023', '2023'],
    ['10/12/202', null],
    ['москва', null],
  ])('takes the prefix of %j as its words when longer than the prefix indexes: %j', (q, prefix) => {
    expect(expandablePrefix(parseSearchQuery(q))).toBe(prefix)
  })

  it('writes a prefix as the words it starts, or keeps it', () => {
    expect(prefixExpansion('nguoi', ['nguoi', 'nguoix'])).toEqual(['nguoi', 'nguoix'])
    // Words the list returns past the prefix's range are not taken for it.
    expect(prefixExpansion('tinh', ['tinh', 'tinhx', 'tio'])).toEqual(['tinh', 'tinhx'])
    expect(prefixExpansion('tinh', [])).toBeNull()
    expect(prefixExpansion('tinh', ['tinhж'])).toBeNull()
    expect(prefixExpansion('tinh', ['tinh', 'tinhé'])).toBeNull()
    const many = Array.from({ length: MAX_PREFIX_EXPANSION + 1 }, (_, i) => `tinh${i}`)
    expect(prefixExpansion('tinh', many.slice(0, MAX_PREFIX_EXPANSION))).toHaveLength(MAX_PREFIX_EXPANSION)
    expect(prefixExpansion('tinh', many)).toBeNull()
  })

  it('writes the expanded prefix as an OR of the phrases it ends, and only the last term', () => {
    expect(fts5Match(parseSearchQuery('ha tinh'), ['tinh'])).toBe('"ha" AND "tinh"')
    expect(fts5Match(parseSearchQuery('ha tinh'), ['tinh', 'tinhx'])).toBe('"ha" AND ("tinh" OR "tinhx")')
    expect(fts5Match(parseSearchQuery('tôn "nhân quyề'), ['quyen', 'quyenx'])).toBe('"ton" AND ("nhan quyen" OR "nhan quyenx")')
    expect(fts5Match(parseSearchQuery('ha tinh'), null)).toBe('"ha" AND "tinh" *')
    expect(fts5Match(parseSearchQuery('ha tinh'), [])).toBe('"ha" AND "tinh" *')
    expect(fts5Match(parseSearchQuery('ha tinh '), ['tinhx'])).toBe('"ha" AND "tinh"')
  })

  it('write phrases and prefixes for to_tsquery', () => {
    expect(tsQuery(parseSearchQuery('tôn giáo "nhân quyền" 10/12/20'))).toBe(`'ton' & 'giao' & ('nhan' <-> 'quyen') & ('10' <-> '12' <-> '20':*)`)
  })

  it('rank by the words typed with marks only', () => {
    expect(markedWords(parseSearchQuery('má ma Đà'))).toEqual([
      { exact: 'má', prefix: false },
      { exact: 'đà', prefix: true },
    ])
  })
})

describe('snippetOf', () => {
  it('marks matched words however they were typed and escapes the rest', () => {
    const html = snippetOf('<b>Bảo đảm</b> QUYỀN con người & "tự do" tôn giáo', parseSearchQuery('quyen con nguoi tu'))
    expect(html).toBe('&lt;b&gt;Bảo đảm&lt;/b&gt; <mark>QUYỀN</mark> <mark>con</mark> <mark>người</mark> &amp; &quot;<mark>tự</mark> do&quot; tôn giáo')
  })

  it('shows the passage around the first match in a long text, cut at words', () => {
    const text = `${'mở đầu '.repeat(60)}luận điệu về tự do tôn giáo ${'kết thúc '.repeat(60)}`
    const html = snippetOf(text, parseSearchQuery('ton giao'))
    expect(html.startsWith('…')).toBe(true)
    expect(html.endsWith('…')).toBe(true)
    expect(html).toContain('<mark>tôn</mark> <mark>giáo</mark>')
    expect(html.length).toBeLessThan(320)
  })

  // The snippet as plain text: marks and the ellipses taken off (the texts below need no escaping).
  const plainOf = (html: string) => html.replace(/<\/?mark>/g, '').replace(/^…|…$/g, '')

  it('starts about 60 characters before the first match and runs about 220 characters, at word boundaries', () => {
    const text = `${'mở đầu '.repeat(60)}luận điệu về tự do tôn giáo ${'kết thúc '.repeat(60)}`.trim()
    const plain = plainOf(snippetOf(text, parseSearchQuery('ton giao')))
    const at = text.indexOf(plain)
    expect(at).toBeGreaterThan(0)
    // Whole words at both ends.
    expect([text[at - 1], text[at + plain.length]]).toEqual([' ', ' '])
    expect(plain.length).toBeLessThanOrEqual(220)
    expect(plain.length).toBeGreaterThan(210)
    const lead = plain.indexOf('tôn giáo')
    expect(lead).toBeGreaterThan(54)
    expect(lead).toBeLessThanOrEqual(60)
  })

  it('runs to the end of the text without an ellipsis when the match is near it, and marks only what it shows', () => {
    const text = `${'mở đầu '.repeat(60)}tôn giáo kết thúc`
    const html = snippetOf(text, parseSearchQuery('ton giao'))
    expect(html.startsWith('…')).toBe(true)
    expect(html.endsWith('<mark>tôn</mark> <mark>giáo</mark> kết thúc')).toBe(true)
    const later = snippetOf(`tôn giáo ${'ở giữa '.repeat(60)}tôn giáo`, parseSearchQuery('ton giao'))
    expect(later.startsWith('<mark>tôn</mark> <mark>giáo</mark> ở giữa')).toBe(true)
    expect(later.endsWith('…')).toBe(true)
    expect(later.match(/<mark>/g)).toHaveLength(2)
    const short = snippetOf('Bảo đảm nhân quyền', parseSearchQuery('bao dam'))
    expect(short).toBe('<mark>Bảo</mark> <mark>đảm</mark> nhân quyền')
  })

  it('reads the text with its spaces collapsed and trimmed', () => {
    expect(snippetOf('  nhân \n\n quyền\t ', parseSearchQuery('nhan'))).toBe('<mark>nhân</mark> quyền')
  })

  it('matches only the last word of a term as a prefix', () => {
    // `"tu do` while typing: "do" is a prefix (dọn), "tu" is a whole word (tuần is not marked).
    expect(snippetOf('tuần dọn tự do', parseSearchQuery('"tu do'))).toBe('tuần <mark>dọn</mark> <mark>tự</mark> <mark>do</mark>')
    expect(snippetOf('tuần dọn tự do', parseSearchQuery('"tu do" '))).toBe('tuần dọn <mark>tự</mark> <mark>do</mark>')
    expect(snippetOf('tuần dọn tự do', parseSearchQuery('do tu'))).toBe('<mark>tuần</mark> dọn <mark>tự</mark> <mark>do</mark>')
  })

  it('escapes every character HTML gives meaning to', () => {
    expect(escapeHtml(`"&'<>`)).toBe('&quot;&amp;&#39;&lt;&gt;')
  })

  it('never lets text through unescaped', () => {
    const html = snippetOf(`<script>alert('x')</script> nhân quyền`, parseSearchQuery('nhan'))
    expect(html.replace(/<\/?mark>/g, '')).toBe(escapeHtml(`<script>alert('x')</script> nhân quyền`))
  })
})
