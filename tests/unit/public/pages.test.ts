// The public pages as HTML: what each page says, links to and declares (head, JSON-LD, OpenGraph, languages), for each
// kind of content and both languages; and the sitemap and robots.txt.
import { describe, expect, it } from 'vitest'

import type { FeedImage, FeedItem } from '../../../src/feeds/types'
import type { PageItem, Site } from '../../../src/public/pages'

import {
  itemJsonLd,
  renderCampaignPage,
  renderHomePage,
  renderItemPage,
  renderProblemPage,
  renderRobots,
  renderSitemap,
  renderSlogansPage,
} from '../../../src/public/pages'

const site: Site = { publisher: 'Văn phòng UBND tỉnh', serverURL: 'https://nguon.example.gov.vn' }

function article(overrides: Partial<FeedItem> = {}): FeedItem {
  return {
    bodyHtml: '<p>Nội dung</p>',
    bodyText: 'Nội dung',
    collection: 'articles',
    docId: '1',
    firstCreated: '2023-12-01T00:00:00.000Z',
    id: 'urn:nguon:articles:1',
    images: [],
    language: 'vi',
    publishedAt: '2023-12-01T01:30:00.000Z',
    pubStatus: 'usable',
    summary: 'Tóm tắt bài',
    title: 'Tiêu đề',
    topics: [],
    unit: { code: 'STTTT', name: 'Sở Thông tin và Truyền thông' },
    version: 2,
    versionCreated: '2023-12-02T00:00:00.000Z',
    ...overrides,
  }
}

function entryOf(item: FeedItem, overrides: Partial<PageItem> = {}): PageItem {
  const path = `/vi/${item.collection}/${item.docId}-bai`
  return { isTranslated: true, item, path, paths: { vi: path }, ...overrides }
}

const image = (rendition: string, url = `/api/media/file/${rendition}.png`, extra: Partial<FeedImage> = {}): FeedImage => ({
  height: 600,
  mimeType: 'image/png',
  rendition,
  url,
  width: 1200,
  ...extra,
})

/** The one element of `html` matching `pattern`, or a failure naming what was looked for. */
function only(html: string, pattern: RegExp): string {
  const found = html.match(new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`)) ?? []
  expect(found, String(pattern)).toHaveLength(1)
  return found[0]!
}

const headOf = (html: string) => html.slice(html.indexOf('<head>'), html.indexOf('</head>'))
const mainOf = (html: string) => html.slice(html.indexOf('<main id="main" class="wrap">'), html.indexOf('</main>'))
const metaProperty = (html: string, property: string) => html.match(new RegExp(`<meta property="${property}" content="([^"]*)">`))?.[1]
const metaName = (html: string, name: string) => html.match(new RegExp(`<meta name="${name}" content="([^"]*)">`))?.[1]
/** The names (or properties) of the head's meta elements, in order. */
const metaKeys = (html: string, attribute: 'name' | 'property') => [...headOf(html).matchAll(new RegExp(`<meta ${attribute}="([^"]*)"`, 'g'))].map((match) => match[1])
/** What a reader sees of `html`: its text without tags, spaces collapsed. */
const textOf = (html: string) => html.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim()
const headerOf = (html: string) => html.slice(html.indexOf('<header class="site">'), html.indexOf('</header>'))
const jsonLdOf = (html: string) => JSON.parse(only(html, /<script type="application\/ld\+json">[^<]*<\/script>/).replace(/^<script[^>]*>|<\/script>$/g, '')) as Record<string, unknown>

describe('the document around every page', () => {
  it('is a complete HTML document in the page’s language, with the skip link, navigation, footer and the site’s style sheet', () => {
    const html = renderHomePage({ campaigns: [], entries: [], locale: 'vi', site })
    expect(html.startsWith('<!doctype html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n')).toBe(true)
    expect(html.endsWith('</footer>\n</body>\n</html>\n')).toBe(true)
    expect(html).toContain('<a class="skip" href="#main">Bỏ qua, đến nội dung chính</a>')
    expect(html).toContain('<a class="brand" href="/vi"><span class="mark">Nguồn</span> <span class="publisher">Văn phòng UBND tỉnh</span></a>')
    expect(html).toContain('<nav aria-label="Điều hướng chính"><ul>\n<li><a href="/vi">Trang chủ</a></li>\n<li><a href="/vi/slogans">Khẩu hiệu</a></li>\n</ul></nav>')
    expect(html).toContain('<p>Văn phòng UBND tỉnh · Thông tin chính thống cho người dân</p>')
    expect(html).toContain('<p><a href="/feeds/web/rss.xml?lang=vi">Nguồn cấp RSS</a> · <a href="/feeds/web/feed.json?lang=vi">JSON Feed</a></p>')
    expect(headOf(html)).toContain('<link rel="stylesheet" href="/assets/site.css">')
  })

  it('speaks English on English pages and offers the other language in its own language', () => {
    const html = renderHomePage({ campaigns: [], entries: [], locale: 'en', site })
    expect(html).toContain('<html lang="en">')
    expect(html).toContain('<a class="skip" href="#main">Skip to main content</a>')
    expect(html).toContain('<nav aria-label="Main navigation"><ul>\n<li><a href="/en">Home</a></li>\n<li><a href="/en/slogans">Slogans</a></li>\n</ul></nav>')
    expect(html).toContain('<a class="lang" href="/vi" hreflang="vi" lang="vi">Tiếng Việt</a>')
    expect(html).toContain('<p>Văn phòng UBND tỉnh · Official information for the public</p>')
    expect(html).toContain('<a href="/feeds/web/rss.xml?lang=en">RSS feed</a> · <a href="/feeds/web/feed.json?lang=en">JSON Feed</a>')
    expect(renderHomePage({ campaigns: [], entries: [], locale: 'vi', site })).toContain('<a class="lang" href="/en" hreflang="en" lang="en">English</a>')
  })

  it('declares the canonical address, each language’s page with x-default on the Vietnamese one, and the feeds', () => {
    const head = headOf(renderHomePage({ campaigns: [], entries: [], locale: 'en', site }))
    expect(head).toContain('<link rel="canonical" href="https://nguon.example.gov.vn/en">')
    expect(head).toContain(
      '<link rel="alternate" hreflang="en" href="https://nguon.example.gov.vn/en">\n<link rel="alternate" hreflang="vi" href="https://nguon.example.gov.vn/vi">\n<link rel="alternate" hreflang="x-default" href="https://nguon.example.gov.vn/vi">',
    )
    expect(head).toContain('<link rel="alternate" type="application/rss+xml" title="RSS feed — Nguồn" href="/feeds/web/rss.xml?lang=en">')
    expect(head).toContain('<link rel="alternate" type="application/feed+json" title="JSON Feed — Nguồn" href="/feeds/web/feed.json?lang=en">')
    expect(head).toContain('<title>Nguồn — Văn phòng UBND tỉnh</title>')
    expect(head).toContain('<meta name="description" content="Văn phòng UBND tỉnh — Official information for the public">')
  })

  it('describes a website to OpenGraph and Twitter when the page has no picture', () => {
    const html = renderHomePage({ campaigns: [], entries: [], locale: 'vi', site })
    expect(metaProperty(html, 'og:type')).toBe('website')
    expect(metaProperty(html, 'og:title')).toBe('Nguồn — Văn phòng UBND tỉnh')
    expect(metaProperty(html, 'og:description')).toBe('Văn phòng UBND tỉnh — Thông tin chính thống cho người dân')
    expect(metaProperty(html, 'og:url')).toBe('https://nguon.example.gov.vn/vi')
    expect(metaProperty(html, 'og:site_name')).toBe('Nguồn — Văn phòng UBND tỉnh')
    expect(metaProperty(html, 'og:locale')).toBe('vi_VN')
    expect(metaProperty(html, 'og:image')).toBeUndefined()
    expect(metaProperty(html, 'article:published_time')).toBeUndefined()
    expect(metaName(html, 'twitter:card')).toBe('summary')
    expect(metaName(html, 'twitter:title')).toBe('Nguồn — Văn phòng UBND tỉnh')
    expect(metaName(html, 'twitter:description')).toBe('Văn phòng UBND tỉnh — Thông tin chính thống cho người dân')
    expect(metaName(html, 'twitter:image')).toBeUndefined()
    expect(metaProperty(renderHomePage({ campaigns: [], entries: [], locale: 'en', site }), 'og:locale')).toBe('en_GB')
  })

  it('declares nothing else in its head, and ends it with the style sheet, when the page has no picture, date or extra', () => {
    const html = renderHomePage({ campaigns: [], entries: [], locale: 'vi', site })
    expect(metaKeys(html, 'property')).toEqual(['og:type', 'og:title', 'og:description', 'og:url', 'og:site_name', 'og:locale'])
    expect(metaKeys(html, 'name')).toEqual(['viewport', 'description', 'twitter:card', 'twitter:title', 'twitter:description'])
    expect(headOf(html).trimEnd().endsWith('\n<link rel="stylesheet" href="/assets/site.css">')).toBe(true)
  })

  it('shows in its header only the brand and the navigation when there is no other language to switch to', () => {
    const html = renderItemPage({ entry: entryOf(article()), locale: 'vi', site })
    expect(textOf(headerOf(html))).toBe('Nguồn Văn phòng UBND tỉnh Trang chủ Khẩu hiệu')
    expect(textOf(headerOf(renderHomePage({ campaigns: [], entries: [], locale: 'vi', site })))).toBe('Nguồn Văn phòng UBND tỉnh Trang chủ Khẩu hiệu English')
  })
})

describe('an article’s page', () => {
  it('shows the kind, title, unit, date in Vietnam time, summary and body, in that order', () => {
    const html = renderItemPage({ entry: entryOf(article()), locale: 'vi', site })
    expect(mainOf(html)).toContain(
      [
        '<article>',
        '<p class="kind">Bài viết</p>',
        '<h1>Tiêu đề</h1>',
        '<p class="byline">Đơn vị: Sở Thông tin và Truyền thông · Đăng lúc <time datetime="2023-12-01T01:30:00.000Z">01/12/2023 08:30</time></p>',
        '<p class="lead">Tóm tắt bài</p>',
        '<div class="body"><p>Nội dung</p></div>',
        '</article>',
      ].join('\n'),
    )
  })

  it('names the source of an item adapted from another publisher after the byline, linking to the original', () => {
    const derivedFrom = { link: 'https://tinh.example.vn/tin/5?a=1&b=2', sourceName: 'Cổng <tỉnh>', sourceUrl: 'https://tinh.example.vn/rss', upstreamId: 'urn:tinh:5' }
    const html = mainOf(renderItemPage({ entry: entryOf(article({ derivedFrom })), locale: 'vi', site }))
    expect(html).toContain('</time></p>\n<p class="origin">Nguồn: <a href="https://tinh.example.vn/tin/5?a=1&amp;b=2" rel="nofollow">Cổng &lt;tỉnh&gt;</a></p>\n<p class="lead">')
    const english = mainOf(renderItemPage({ entry: entryOf(article({ derivedFrom: { ...derivedFrom, link: 'javascript:alert("https://x")' } })), locale: 'en', site }))
    expect(english).toContain('<p class="origin">Source: Cổng &lt;tỉnh&gt;</p>')
    const noLink = mainOf(renderItemPage({ entry: entryOf(article({ derivedFrom: { ...derivedFrom, link: undefined } })), locale: 'vi', site }))
    expect(noLink).toContain('<p class="origin">Nguồn: Cổng &lt;tỉnh&gt;</p>')
    const plainHttp = mainOf(renderItemPage({ entry: entryOf(article({ derivedFrom: { ...derivedFrom, link: 'http://tinh.example.vn/5' } })), locale: 'vi', site }))
    expect(plainHttp).toContain('<p class="origin">Nguồn: <a href="http://tinh.example.vn/5" rel="nofollow">Cổng &lt;tỉnh&gt;</a></p>')
    expect(mainOf(renderItemPage({ entry: entryOf(article()), locale: 'vi', site }))).not.toContain('class="origin"')
  })

  it('links its campaign, and names it to the feeds and JSON-LD', () => {
    const html = renderItemPage({ entry: entryOf(article({ campaign: { slug: 'ke-hoach 232', title: 'Kế hoạch 232' } })), locale: 'vi', site })
    expect(html).toContain('<p class="kind">Bài viết · <a href="/vi/campaigns/ke-hoach%20232">Kế hoạch 232</a></p>')
    expect(headOf(html)).toContain('href="/feeds/web/rss.xml?lang=vi&amp;campaign=ke-hoach%20232"')
    expect(jsonLdOf(html).isPartOf).toEqual({ '@type': 'CreativeWorkSeries', name: 'Kế hoạch 232', url: 'https://nguon.example.gov.vn/vi/campaigns/ke-hoach%20232' })
  })

  it('renders a body given only as text, paragraph by paragraph', () => {
    const html = renderItemPage({ entry: entryOf(article({ bodyHtml: undefined, bodyText: 'Một <b>\n\nHai' })), locale: 'vi', site })
    expect(html).toContain('<div class="body"><p>Một &lt;b&gt;</p>\n<p>Hai</p></div>')
  })

  it('leaves out a missing summary, and describes the page from the body then', () => {
    const html = renderItemPage({ entry: entryOf(article({ bodyText: `  Dòng một\n\n  dòng   hai ${'x'.repeat(300)}`, summary: undefined })), locale: 'vi', site })
    expect(html).not.toContain('class="lead"')
    const description = metaName(html, 'description')!
    expect(description.startsWith('Dòng một dòng hai x')).toBe(true)
    expect(description).toHaveLength(200)
    expect(metaProperty(html, 'og:description')).toBe(description)
  })

  it('describes itself to OpenGraph and Twitter as an article with its picture, published time and title', () => {
    const hero = image('hero', '/api/media/file/hero.jpg', { alt: 'Cờ "đỏ"' })
    const html = renderItemPage({ entry: entryOf(article({ images: [image('thumbnail'), hero] })), locale: 'vi', site })
    expect(metaProperty(html, 'og:type')).toBe('article')
    expect(metaProperty(html, 'og:title')).toBe('Tiêu đề — Nguồn')
    expect(metaProperty(html, 'og:url')).toBe('https://nguon.example.gov.vn/vi/articles/1-bai')
    expect(metaProperty(html, 'og:image')).toBe('https://nguon.example.gov.vn/api/media/file/hero.jpg')
    expect(metaProperty(html, 'og:image:alt')).toBe('Cờ &quot;đỏ&quot;')
    expect(metaProperty(html, 'article:published_time')).toBe('2023-12-01T01:30:00.000Z')
    expect(metaName(html, 'twitter:card')).toBe('summary_large_image')
    expect(metaName(html, 'twitter:image')).toBe('https://nguon.example.gov.vn/api/media/file/hero.jpg')
    expect(jsonLdOf(html).image).toEqual(['https://nguon.example.gov.vn/api/media/file/hero.jpg'])
    expect(only(headOf(html), /<title>[^<]*<\/title>/)).toBe('<title>Tiêu đề — Nguồn</title>')
  })

  it('declares its picture and date but no alt to OpenGraph when the picture has none', () => {
    const html = renderItemPage({ entry: entryOf(article({ images: [image('hero')] })), locale: 'vi', site })
    expect(metaKeys(html, 'property')).toEqual(['og:type', 'og:title', 'og:description', 'og:url', 'og:site_name', 'og:locale', 'og:image', 'article:published_time'])
    expect(metaKeys(html, 'name')).toEqual(['viewport', 'description', 'twitter:card', 'twitter:title', 'twitter:description', 'twitter:image'])
  })

  it('takes the first picture for OpenGraph when there is no hero or banner, keeps outside addresses whole, and leaves out a missing alt', () => {
    const outside = image('original', 'https://cdn.example.org/a.png')
    const html = renderItemPage({ entry: entryOf(article({ images: [outside] })), locale: 'vi', site })
    expect(metaProperty(html, 'og:image')).toBe('https://cdn.example.org/a.png')
    expect(html).not.toContain('og:image:alt')
    expect(jsonLdOf(html).image).toEqual(['https://cdn.example.org/a.png'])
  })

  it('shows its first picture after the summary and the others after the body, by path, lazily, with size and credit', () => {
    const first = image('original', `${site.serverURL}/api/media/file/a.png`, { alt: 'Ảnh A', credit: 'TTXVN' })
    const second = image('original', '/api/media/file/b.png', { height: undefined })
    const html = renderItemPage({ entry: entryOf(article({ images: [first, second] })), locale: 'vi', site })
    const main = mainOf(html)
    expect(main).toContain(
      '<p class="lead">Tóm tắt bài</p>\n<figure><img src="/api/media/file/a.png" alt="Ảnh A" width="1200" height="600" loading="lazy" decoding="async"><figcaption>TTXVN</figcaption></figure>\n<div class="body">',
    )
    expect(main).toContain('</div>\n<figure><img src="/api/media/file/b.png" alt="" loading="lazy" decoding="async"></figure>\n</article>')
  })

  it('lists key points, and figures with their units, dates and sources (a link only to a web address)', () => {
    const html = renderItemPage({
      entry: entryOf(
        article({
          figures: [
            { asOf: '2023-11-30', label: 'Hộ nghèo', sourceName: 'Cục Thống kê', sourceUrl: 'https://thongke.example.gov.vn/a?b=1&c=2', unitOfMeasure: '%', value: '2,1' },
            { label: 'Trường học', sourceName: 'Sở GD', sourceUrl: 'javascript:alert(1)', value: '120' },
          ],
          keyPoints: ['Một', 'Hai <i>'],
        }),
      ),
      locale: 'vi',
      site,
    })
    expect(html).toContain('<section><h2>Ý chính</h2><ul><li>Một</li><li>Hai &lt;i&gt;</li></ul></section>')
    expect(html).toContain(
      '<section><h2>Số liệu và nguồn</h2><table><thead><tr><th scope="col">Số liệu và nguồn</th><th scope="col">Giá trị</th><th scope="col">Nguồn</th></tr></thead><tbody>' +
        '<tr><th scope="row">Hộ nghèo</th><td>2,1 % (30/11/2023)</td><td><a href="https://thongke.example.gov.vn/a?b=1&amp;c=2" rel="nofollow">Cục Thống kê</a></td></tr>' +
        '<tr><th scope="row">Trường học</th><td>120</td><td>Sở GD</td></tr></tbody></table></section>',
    )
    expect(html).not.toContain('javascript:')
  })

  it('does not link a figure’s source that only mentions a web address somewhere inside it', () => {
    const html = renderItemPage({ entry: entryOf(article({ figures: [{ label: 'A', sourceName: 'B', sourceUrl: "javascript:open('https://b.example')", value: '1' }] })), locale: 'vi', site })
    expect(html).toContain('<td>B</td></tr>')
    expect(html).not.toContain('javascript:')
  })

  it('links a figure’s source given over plain http too', () => {
    const html = renderItemPage({ entry: entryOf(article({ figures: [{ label: 'A', sourceName: 'B', sourceUrl: 'http://b.example', value: '1' }] })), locale: 'en', site })
    expect(html).toContain('<td><a href="http://b.example" rel="nofollow">B</a></td>')
    expect(html).toContain('<h2>Figures and their sources</h2><table><thead><tr><th scope="col">Figures and their sources</th><th scope="col">Value</th><th scope="col">Source</th>')
  })

  it('in English: labels in English, the language switch to the Vietnamese page, and hreflang for both', () => {
    const entry = entryOf(article({ language: 'en', title: 'Title' }), { path: '/en/articles/1-title', paths: { en: '/en/articles/1-title', vi: '/vi/articles/1-tieu-de' } })
    const html = renderItemPage({ entry, locale: 'en', site })
    expect(html).toContain('<p class="kind">Article</p>')
    expect(html).toContain('<p class="byline">By: Sở Thông tin và Truyền thông · Published <time')
    expect(html).toContain('<a class="lang" href="/vi/articles/1-tieu-de" hreflang="vi" lang="vi">Tiếng Việt</a>')
    expect(headOf(html)).toContain('<link rel="canonical" href="https://nguon.example.gov.vn/en/articles/1-title">')
    expect(headOf(html)).toContain(
      '<link rel="alternate" hreflang="en" href="https://nguon.example.gov.vn/en/articles/1-title">\n<link rel="alternate" hreflang="vi" href="https://nguon.example.gov.vn/vi/articles/1-tieu-de">\n<link rel="alternate" hreflang="x-default" href="https://nguon.example.gov.vn/vi/articles/1-tieu-de">',
    )
    expect(html).not.toContain('class="note"')
    expect(html).not.toContain(' lang="vi">Title')
  })

  it('in English for an item written only in Vietnamese: says so, marks the Vietnamese text, and points canonical and the switch at the Vietnamese page', () => {
    const entry = entryOf(article({ campaign: undefined }), { isTranslated: false, path: '/en/articles/1-bai', paths: { vi: '/vi/articles/1-bai' } })
    const html = renderItemPage({ entry, locale: 'en', site })
    expect(html).toContain('<p class="note">This item has no English version; it is shown in Vietnamese.</p>')
    expect(html).toContain('<h1 lang="vi">Tiêu đề</h1>')
    expect(html).toContain('<p class="lead" lang="vi">Tóm tắt bài</p>')
    expect(html).toContain('<div class="body" lang="vi"><p>Nội dung</p></div>')
    expect(headOf(html)).toContain('<link rel="canonical" href="https://nguon.example.gov.vn/vi/articles/1-bai">')
    expect(html).toContain('<a class="lang" href="/vi/articles/1-bai" hreflang="vi" lang="vi">Tiếng Việt</a>')
    expect(jsonLdOf(html).inLanguage).toBe('vi')
  })

  it('in Vietnamese: offers the English page when there is one, and no switch to itself when there is none', () => {
    const paths = { en: '/en/articles/1-title', vi: '/vi/articles/1-bai' }
    const both = renderItemPage({ entry: entryOf(article(), { path: paths.vi, paths }), locale: 'vi', site })
    expect(only(both, /<a class="lang"[^>]*>[^<]*<\/a>/)).toBe('<a class="lang" href="/en/articles/1-title" hreflang="en" lang="en">English</a>')
    const vietnameseOnly = renderItemPage({ entry: entryOf(article(), { path: paths.vi, paths: { vi: paths.vi } }), locale: 'vi', site })
    expect(vietnameseOnly).not.toContain('class="lang"')
  })

  it('has no language switch on a Vietnamese page without an English one, and keeps its own path as canonical when it has no language paths', () => {
    const html = renderItemPage({ entry: entryOf(article(), { paths: {} }), locale: 'vi', site })
    expect(html).not.toContain('class="lang"')
    expect(headOf(html)).toContain('<link rel="canonical" href="https://nguon.example.gov.vn/vi/articles/1-bai">')
    expect(headOf(html)).not.toContain('hreflang')
  })
})

describe('other kinds of item page', () => {
  it('a brief: the claim, our response and the evidence, without pictures in the text', () => {
    const item = article({ collection: 'briefs', keyPoints: ['Chứng cứ 1'], summary: 'Luận điệu sai', bodyHtml: '<p>Phản bác</p>' })
    const html = renderItemPage({ entry: entryOf(item), locale: 'vi', site })
    expect(mainOf(html)).toContain(
      '<p class="kind">Lập luận</p>\n<h1>Tiêu đề</h1>\n<p class="byline">Đơn vị: Sở Thông tin và Truyền thông · Đăng lúc <time datetime="2023-12-01T01:30:00.000Z">01/12/2023 08:30</time></p>\n' +
        '<section><h2>Luận điệu</h2><p class="lead">Luận điệu sai</p></section>\n<section><h2>Phản bác</h2><p>Phản bác</p></section>\n<section><h2>Chứng cứ</h2><ul><li>Chứng cứ 1</li></ul></section>\n</article>',
    )
    expect(jsonLdOf(html)['@type']).toBe('Article')
  })

  it('a brief without a response or claim keeps the claim’s heading and leaves the response out', () => {
    const html = renderItemPage({ entry: entryOf(article({ bodyHtml: undefined, collection: 'briefs', summary: undefined })), locale: 'en', site })
    expect(html).toContain('<section><h2>The claim</h2><p class="lead"></p></section>')
    expect(html).not.toContain('Our response')
  })

  it('talking points: summary, first picture and key points, but no body', () => {
    const item = article({ collection: 'talking-points', images: [image('original')], keyPoints: ['Ý 1'] })
    const html = renderItemPage({ entry: entryOf(item), locale: 'vi', site })
    expect(mainOf(html)).toContain('<p class="kind">Đề cương tuyên truyền</p>')
    expect(mainOf(html)).toContain('<p class="lead">Tóm tắt bài</p>\n<figure><img src="/api/media/file/original.png"')
    expect(html).not.toContain('class="body"')
    expect(html).toContain('<section><h2>Ý chính</h2><ul><li>Ý 1</li></ul></section>')
  })

  it('a slogan: no summary or body, its banner shown and every proof linked with its size', () => {
    const item = article({
      collection: 'slogans',
      images: [image('banner', `${site.serverURL}/api/media/file/banner.png`, { height: 300, width: 2400 }), image('poster', '/api/media/file/poster.png'), image('original', '/api/media/file/photo.png')],
    })
    const html = renderItemPage({ entry: entryOf(item), locale: 'vi', site })
    const main = mainOf(html)
    expect(main).toContain('<p class="kind">Khẩu hiệu</p>')
    expect(main).not.toContain('Tóm tắt bài')
    expect(main).not.toContain('class="body"')
    expect(main).toContain(
      '<section><h2>Ma-két</h2><figure><img src="/api/media/file/banner.png" alt="" width="2400" height="300" loading="lazy" decoding="async"></figure>' +
        '<ul><li><a href="/api/media/file/banner.png">banner (2400×300 PNG)</a></li><li><a href="/api/media/file/poster.png">poster (1200×600 PNG)</a></li></ul></section>',
    )
    expect(main).not.toContain('photo.png')
    expect(metaProperty(html, 'og:image')).toBe('https://nguon.example.gov.vn/api/media/file/banner.png')
  })

  it('a slogan without a banner lists its proofs alone; proofs are never shown as an article’s pictures', () => {
    const slogan = renderItemPage({ entry: entryOf(article({ collection: 'slogans', images: [image('pano')] })), locale: 'en', site })
    expect(slogan).toContain('<section><h2>Proofs</h2><ul><li><a href="/api/media/file/pano.png">pano (1200×600 PNG)</a></li></ul></section>')
    const withProofs = renderItemPage({ entry: entryOf(article({ images: [image('banner'), image('poster'), image('pano')] })), locale: 'vi', site })
    expect(mainOf(withProofs)).not.toContain('<figure>')
  })

  it('a slogan whose banner is not its first picture still gives the banner to OpenGraph and JSON-LD', () => {
    const html = renderItemPage({ entry: entryOf(article({ collection: 'slogans', images: [image('poster'), image('banner')] })), locale: 'vi', site })
    expect(metaProperty(html, 'og:image')).toBe('https://nguon.example.gov.vn/api/media/file/banner.png')
    expect(jsonLdOf(html).image).toEqual(['https://nguon.example.gov.vn/api/media/file/banner.png'])
  })
})

describe('JSON-LD of an item', () => {
  it('names the item, its unit, dates, address and publisher', () => {
    const entry = entryOf(article({ images: [image('thumbnail', '/t.png'), image('banner', '/b.png')], title: 'T'.repeat(150) }))
    expect(itemJsonLd(site, entry, 'vi')).toEqual({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      author: { '@type': 'Organization', name: 'Sở Thông tin và Truyền thông' },
      dateModified: '2023-12-02T00:00:00.000Z',
      datePublished: '2023-12-01T01:30:00.000Z',
      description: 'Tóm tắt bài',
      headline: 'T'.repeat(110),
      image: ['https://nguon.example.gov.vn/b.png'],
      inLanguage: 'vi',
      mainEntityOfPage: { '@id': 'https://nguon.example.gov.vn/vi/articles/1-bai', '@type': 'WebPage' },
      publisher: { '@type': 'GovernmentOrganization', name: 'Văn phòng UBND tỉnh' },
      url: 'https://nguon.example.gov.vn/vi/articles/1-bai',
    })
  })

  it('falls back to the publisher as author and an empty description, and leaves out what the item lacks', () => {
    const ld = itemJsonLd(site, entryOf(article({ summary: undefined, unit: { code: '', name: '' } })), 'en')
    expect(ld.author).toEqual({ '@type': 'Organization', name: 'Văn phòng UBND tỉnh' })
    expect(ld.description).toBe('')
    expect(ld.inLanguage).toBe('en')
    expect(ld).not.toHaveProperty('image')
    expect(ld).not.toHaveProperty('isPartOf')
  })

  it('is one script whose text cannot close it', () => {
    const html = renderItemPage({ entry: entryOf(article({ title: '</script><script>alert(1)</script>' })), locale: 'vi', site })
    expect(html.match(/<\/script>/g)).toHaveLength(1)
    expect(jsonLdOf(html).headline).toBe('</script><script>alert(1)</script>')
  })
})

/** A translated article in a campaign, a brief shown untranslated on an English page, and a slogan. */
function listed() {
  return {
    slogan: entryOf(article({ collection: 'slogans', docId: '3', title: 'Khẩu hiệu 1' })),
    translated: entryOf(article({ campaign: { slug: 'ke-hoach-232', title: 'Kế hoạch 232' } })),
    untranslated: entryOf(article({ collection: 'briefs', docId: '2', summary: 'Luận điệu' }), { isTranslated: false, path: `${site.serverURL}/en/briefs/2-x` }),
  }
}

describe('lists of items', () => {
  it('the home page: publisher, tagline, campaigns, then the latest items as cards', () => {
    const { slogan, translated, untranslated } = listed()
    const html = renderHomePage({ campaigns: [{ path: '/en/campaigns/a&b', slug: 'a&b', title: 'Plan <232>' }], entries: [translated, untranslated, slogan], locale: 'en', site })
    const main = mainOf(html)
    expect(main).toContain('<h1>Văn phòng UBND tỉnh</h1>\n<p class="lead">Official information for the public</p>\n<h2>Campaigns</h2><ul class="campaigns"><li><a href="/en/campaigns/a&amp;b">Plan &lt;232&gt;</a></li></ul>\n<h2>Latest</h2>\n<ul class="cards">\n')
    expect(main).toContain(
      '<li class="card">\n<p class="kind">Article · <time datetime="2023-12-01T01:30:00.000Z">01/12/2023 08:30</time></p>\n<h3><a href="/vi/articles/1-bai">Tiêu đề</a></h3>\n<p>Tóm tắt bài</p>\n</li>',
    )
    expect(main).toContain('<li class="card">\n<p class="kind">Brief · <time datetime="2023-12-01T01:30:00.000Z">01/12/2023 08:30</time></p>\n<h3 lang="vi"><a href="/en/briefs/2-x">Tiêu đề</a></h3>\n<p lang="vi">Luận điệu</p>\n</li>')
    expect(main).toContain('<h3><a href="/vi/slogans/3-bai">Khẩu hiệu 1</a></h3>\n\n</li>\n</ul>')
    expect(main.match(/<\/li>\n<li class="card">/g)).toHaveLength(2)
  })

  it('the home page lists every campaign, one after the other', () => {
    const campaigns = [
      { path: '/vi/campaigns/a', slug: 'a', title: 'A' },
      { path: '/vi/campaigns/b', slug: 'b', title: 'B' },
    ]
    expect(mainOf(renderHomePage({ campaigns, entries: [], locale: 'vi', site }))).toContain(
      '<ul class="campaigns"><li><a href="/vi/campaigns/a">A</a></li><li><a href="/vi/campaigns/b">B</a></li></ul>',
    )
  })

  it('the home page without campaigns or items says nothing is published', () => {
    const main = mainOf(renderHomePage({ campaigns: [], entries: [], locale: 'vi', site }))
    expect(main).not.toContain('campaigns')
    expect(main).toContain('<h2>Tin mới</h2>\n<p>Chưa có nội dung nào được đăng.</p>')
    expect(textOf(main)).toBe('Văn phòng UBND tỉnh Thông tin chính thống cho người dân Tin mới Chưa có nội dung nào được đăng.')
  })

  it('a campaign page: its title, summary and items, its feeds, languages and description', () => {
    const campaign = { path: '/vi/campaigns/ke-hoach-232', slug: 'ke-hoach-232', summary: `Tóm tắt ${'y'.repeat(250)}`, title: 'Kế hoạch 232' }
    const html = renderCampaignPage({ campaign, entries: [listed().translated], locale: 'vi', site })
    expect(mainOf(html)).toContain(`<p class="kind">Chiến dịch</p>\n<h1>Kế hoạch 232</h1>\n<p class="lead">${campaign.summary}</p>\n<h2>Tin mới</h2>\n<ul class="cards">`)
    expect(headOf(html)).toContain('<title>Kế hoạch 232 — Nguồn</title>')
    expect(metaName(html, 'description')).toBe(campaign.summary.slice(0, 200))
    expect(headOf(html)).toContain('<link rel="canonical" href="https://nguon.example.gov.vn/vi/campaigns/ke-hoach-232">')
    expect(headOf(html)).toContain(
      '<link rel="alternate" hreflang="en" href="https://nguon.example.gov.vn/en/campaigns/ke-hoach-232">\n<link rel="alternate" hreflang="vi" href="https://nguon.example.gov.vn/vi/campaigns/ke-hoach-232">\n<link rel="alternate" hreflang="x-default" href="https://nguon.example.gov.vn/vi/campaigns/ke-hoach-232">',
    )
    expect(headOf(html)).toContain('href="/feeds/web/feed.json?lang=vi&amp;campaign=ke-hoach-232"')
    expect(html).toContain('<a class="lang" href="/en/campaigns/ke-hoach-232" hreflang="en" lang="en">English</a>')
  })

  it('a campaign page without a summary or items: described by its title, nothing published yet', () => {
    const html = renderCampaignPage({ campaign: { path: '/en/campaigns/x', slug: 'x', title: 'Plan\u0007 X' }, entries: [], locale: 'en', site })
    expect(html).not.toContain('class="lead"')
    expect(metaName(html, 'description')).toBe('Plan X')
    expect(mainOf(html)).toContain('<h1>Plan X</h1>')
    expect(mainOf(html)).toContain('<h2>Latest</h2>\n<p>Nothing is published here yet.</p>')
    expect(textOf(mainOf(html))).toBe('Campaign Plan X Latest Nothing is published here yet.')
  })

  it('the slogans page: each slogan with its banner, linked to its page', () => {
    const withBanner = entryOf(article({ collection: 'slogans', images: [image('poster'), image('banner')], title: 'Khẩu hiệu <1>' }))
    const html = renderSlogansPage({ entries: [withBanner, listed().untranslated], locale: 'vi', site })
    expect(mainOf(html)).toContain(
      '<h1>Khẩu hiệu</h1>\n<ul class="slogans">\n<li class="slogan">\n<h2><a href="/vi/slogans/1-bai">Khẩu hiệu &lt;1&gt;</a></h2>\n<figure><img src="/api/media/file/banner.png" alt="" width="1200" height="600" loading="lazy" decoding="async"></figure>\n</li>\n' +
        '<li class="slogan">\n<h2 lang="vi"><a href="/en/briefs/2-x">Tiêu đề</a></h2>\n\n</li>\n</ul>',
    )
    expect(headOf(html)).toContain('<title>Khẩu hiệu — Nguồn</title>')
    expect(metaName(html, 'description')).toBe('Khẩu hiệu — Văn phòng UBND tỉnh')
    expect(headOf(html)).toContain('<link rel="canonical" href="https://nguon.example.gov.vn/vi/slogans">')
    expect(headOf(html)).toContain(
      '<link rel="alternate" hreflang="en" href="https://nguon.example.gov.vn/en/slogans">\n<link rel="alternate" hreflang="vi" href="https://nguon.example.gov.vn/vi/slogans">\n<link rel="alternate" hreflang="x-default" href="https://nguon.example.gov.vn/vi/slogans">',
    )
    expect(html).toContain('<a class="lang" href="/en/slogans" hreflang="en" lang="en">English</a>')
  })

  it('the slogans page with none published says so', () => {
    expect(mainOf(renderSlogansPage({ entries: [], locale: 'en', site }))).toContain('<h1>Slogans</h1>\n<p>Nothing is published here yet.</p>')
  })
})

describe('pages for what is not there', () => {
  it('404: not found, kept out of search engines, with the way home', () => {
    const html = renderProblemPage({ locale: 'vi', path: '/vi/articles/9-x', site, status: 404 })
    expect(mainOf(html)).toContain('<h1>Không tìm thấy trang</h1>\n<p>Không có trang công khai nào ở địa chỉ này.</p>\n<p><a href="/vi">Trang chủ</a></p>')
    expect(headOf(html)).toContain('<title>Không tìm thấy trang — Nguồn</title>')
    expect(headOf(html)).toContain('<meta name="robots" content="noindex">')
    expect(headOf(html)).toContain('<link rel="canonical" href="https://nguon.example.gov.vn/vi/articles/9-x">')
    expect(headOf(html)).not.toContain('hreflang')
    expect(html).toContain('<a class="lang" href="/en" hreflang="en" lang="en">English</a>')
  })

  it('410: withdrawn, in English too', () => {
    const html = renderProblemPage({ locale: 'en', path: '/en/articles/9-x', site, status: 410 })
    expect(mainOf(html)).toContain('<h1>This item has been withdrawn</h1>\n<p>It is no longer published.</p>\n<p><a href="/en">Home</a></p>')
    expect(metaName(html, 'description')).toBe('It is no longer published.')
    expect(renderProblemPage({ locale: 'vi', path: '/', site, status: 410 })).toContain('<h1>Tin này đã được gỡ</h1>\n<p>Nội dung không còn được đăng.</p>')
  })
})

describe('sitemap and robots.txt', () => {
  it('lists every language’s page of each item with its alternates and last change', () => {
    const xml = renderSitemap({
      pages: [
        { lastModified: '2023-12-02T00:00:00.000Z', paths: { en: '/en/articles/1-a', vi: '/vi/articles/1-a&b' } },
        { paths: { vi: '/vi' } },
      ],
      site,
    })
    expect(xml).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n' +
        '<url><loc>https://nguon.example.gov.vn/en/articles/1-a</loc><lastmod>2023-12-02T00:00:00.000Z</lastmod><xhtml:link rel="alternate" hreflang="en" href="https://nguon.example.gov.vn/en/articles/1-a"/><xhtml:link rel="alternate" hreflang="vi" href="https://nguon.example.gov.vn/vi/articles/1-a&amp;b"/></url>\n' +
        '<url><loc>https://nguon.example.gov.vn/vi/articles/1-a&amp;b</loc><lastmod>2023-12-02T00:00:00.000Z</lastmod><xhtml:link rel="alternate" hreflang="en" href="https://nguon.example.gov.vn/en/articles/1-a"/><xhtml:link rel="alternate" hreflang="vi" href="https://nguon.example.gov.vn/vi/articles/1-a&amp;b"/></url>\n' +
        '<url><loc>https://nguon.example.gov.vn/vi</loc><xhtml:link rel="alternate" hreflang="vi" href="https://nguon.example.gov.vn/vi"/></url>\n</urlset>\n',
    )
  })

  it('robots.txt keeps crawlers out of the admin and the API but lets them read media and slogans, and names the sitemap', () => {
    expect(renderRobots(site)).toBe(
      'User-agent: *\nAllow: /\nDisallow: /admin\nDisallow: /api/\nAllow: /api/media/file/\nAllow: /api/slogans/\nSitemap: https://nguon.example.gov.vn/sitemap.xml\n',
    )
  })
})
