import { describe, expect, it } from 'vitest'

import { deskFilters } from '../../../../src/admin/incoming/loadDesk'
import { bodyText, previewHtml } from '../../../../src/admin/incoming/previewHtml'

describe('the desk preview of an incoming body', () => {
  it.each([
    ['<p>Tin <strong>đậm</strong></p><script>alert(1)</script>', '<p>Tin <strong>đậm</strong></p>'],
    ['<p onclick="x()">Bấm</p><iframe src="https://x.example"></iframe>', '<p>Bấm</p>'],
    ['<a href="javascript:alert(1)">xấu</a>', '<a rel="noopener noreferrer nofollow" target="_blank">xấu</a>'],
    ['<a href="https://tinh.example/a">nguồn</a>', '<a href="https://tinh.example/a" rel="noopener noreferrer nofollow" target="_blank">nguồn</a>'],
    ['<p>Ảnh: <img src="https://tinh.example/a.jpg" alt="Lũ"></p>', '<p>Ảnh: [Lũ]</p>'],
    ['<img src="https://tinh.example/a.jpg">', ''],
    ['<img src="x.jpg" alt="&lt;b onmouseover=x&gt;">', '[&lt;b onmouseover=x&gt;]'],
    ['<svg><script>alert(1)</script></svg><style>p{}</style>', ''],
    ['', ''],
    ['<a href="https://tinh.example/a" title="Bản gốc" onclick="x()">nguồn</a>', '<a href="https://tinh.example/a" title="Bản gốc" rel="noopener noreferrer nofollow" target="_blank">nguồn</a>'],
    // What these elements hold is not text to show: none of it reaches the page.
    ['<p>a</p><textarea>b</textarea><select><option>c</option></select><noscript>d</noscript><iframe>e</iframe><object>f</object><style>g</style>', '<p>a</p>'],
  ])('%j → %j', (body, html) => {
    expect(previewHtml(body)).toBe(html)
  })

  it('reads the words of a body for the diff, blocks apart and entities decoded once', () => {
    expect(bodyText('<p>Một</p><p>Hai &amp;amp; ba</p><ul><li>bốn</li><li>năm</li></ul>')).toBe('Một Hai &amp; ba bốn năm')
    expect(bodyText('a<br>b')).toBe('a b')
    expect(bodyText(null)).toBe('')
    expect(bodyText('<h2>Tiêu đề</h2>Đoạn<h6>Nhỏ</h6>cuối')).toBe('Tiêu đề Đoạn Nhỏ cuối')
    expect(bodyText('a<br />b<BR/>c')).toBe('a b c')
    expect(bodyText('<p>1 &lt; 2 &gt; 0, &quot;x&quot;</p>\n\n<p>  y </p>')).toBe('1 < 2 > 0, "x" y')
  })
})

describe('the Tin đến query string', () => {
  it('keeps known filters and leaves out the rest', () => {
    expect(deskFilters({ language: 'vi', page: '3', pubStatus: 'withheld', source: '12' })).toEqual({ language: 'vi', page: 3, pubStatus: 'withheld', source: '12' })
    expect(deskFilters({ language: '', page: '0', pubStatus: 'deleted', source: "1' OR 1=1" })).toEqual({ language: undefined, page: undefined, pubStatus: undefined, source: undefined })
    expect(deskFilters({ page: ['2', '5'], source: ['4'] })).toMatchObject({ page: 2, source: '4' })
    expect(deskFilters({})).toEqual({ language: undefined, page: undefined, pubStatus: undefined, source: undefined })
  })
})
