// The public web pages over real HTTP on a real database: item, campaign, slogans and home pages, 301/404/410, sitemap and
// robots, caching with 304, and the links every feed gives (each one opens the item's page, or there is none).
import { XMLParser } from 'fast-xml-parser'
import { parseJsonFeed, parseRssFeed } from 'feedsmith'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { DEFAULT_PUBLISHER } from '../../src/settings'
import { api } from '../helpers/api'
import { type Doc, startWorkflowWorld, type WorkflowWorld } from '../helpers/workflow'

type Made = { collection: string; id: Doc['id']; title: string }

describe('public pages', () => {
  let w: WorkflowWorld
  const url = () => w.server.url
  const items: Record<string, Made> = {}
  let paperToken = ''

  const get = (path: string, headers: Record<string, string> = {}) => fetch(`${url()}${path}`, { headers, redirect: 'manual' })
  const pageOf = async (path: string) => {
    const res = await get(path)
    return { html: await res.text(), res }
  }
  const pathOf = async (made: Made, locale = 'vi') => {
    const res = await get(`/${locale}/${made.collection}/${made.id}`)
    expect(res.status, `${made.title} (${locale})`).toBe(301)
    return res.headers.get('location')!
  }

  /** Creates an item as the STTTT editor (with an English text if given), then drives it through review to `state`. */
  async function make(
    name: string,
    {
      collection = 'articles',
      data,
      en,
      publishAt,
      state = 'published',
    }: { collection?: string; data: Record<string, unknown>; en?: Record<string, unknown>; publishAt?: string; state?: 'draft' | 'published' | 'scheduled' | 'withdrawn' },
  ) {
    const created = await api<{ doc: Doc }>(url(), `/api/${collection}`, { body: w.complete(collection, data), token: w.tokens.editor })
    if (created.status !== 201) throw new Error(JSON.stringify(created.body))
    const id = created.body.doc.id
    if (en) {
      const patched = await api(url(), `/api/${collection}/${id}?locale=en`, { body: en, method: 'PATCH', token: w.tokens.editor })
      if (patched.status !== 200) throw new Error(JSON.stringify(patched.body))
    }
    const titleField = collection === 'talking-points' ? 'headline' : collection === 'slogans' ? 'text' : 'title'
    items[name] = { collection, id, title: String(w.complete(collection, data)[titleField]) }
    if (state === 'draft') return
    await w.act('editor', id, { action: 'submit' }, collection)
    const approved = await w.act('reviewer', id, { action: 'approve', ...(publishAt ? { publishAt } : {}) }, collection)
    if (approved.status !== 200) throw new Error(JSON.stringify(approved.body))
    if (state === 'withdrawn') await w.act('reviewer', id, { action: 'withdraw', note: 'Gỡ' }, collection)
  }

  beforeAll(async () => {
    w = await startWorkflowWorld('public-pages')
    await make('article', {
      data: { channels: ['web', 'newspaper'], summary: 'Tỉnh tổ chức tuyên truyền rộng rãi.', title: 'Kỷ niệm 75 năm Tuyên ngôn Quốc tế Nhân quyền' },
      en: { summary: 'The province informs widely.', title: '75 years of the Universal Declaration of Human Rights' },
    })
    await make('points', { collection: 'talking-points', data: { figures: [{ label: 'Hộ nghèo', sourceName: 'Sở LĐTBXH', value: '2,1', unitOfMeasure: '%' }], headline: 'Đề cương về giảm nghèo' } })
    await make('brief', { collection: 'briefs', data: { title: 'Phản bác luận điệu về tự do tôn giáo' } })
    await make('slogan', { collection: 'slogans', data: { number: 3, text: 'Nhiệt liệt chào mừng Ngày Quyền con người' } })
    await make('pressOnly', { data: { audiences: ['press'], channels: ['web', 'newspaper'], title: 'Thông tin chỉ dành cho báo chí' } })
    await make('paperOnly', { data: { channels: ['newspaper'], title: 'Bài chỉ đăng báo in' } })
    await make('embargoed', { data: { channels: ['web', 'newspaper'], title: 'Bài cấm đăng trước giờ' }, publishAt: new Date(Date.now() + 86_400_000).toISOString(), state: 'scheduled' })
    await make('withdrawn', { data: { title: 'Bài đã gỡ xuống' }, state: 'withdrawn' })
    await make('draft', { data: { title: 'Bài nháp chưa duyệt' }, state: 'draft' })
    const outlet = await w.t.payload.create({ collection: 'outlets', data: { accessLevel: 'press', channels: ['newspaper', 'web'], kind: 'newspaper', name: 'Báo tỉnh' } as never, overrideAccess: true })
    paperToken = (await api<{ token: string }>(url(), `/api/outlets/${outlet.id}/token`, { body: {}, token: w.tokens.admin })).body.token
  }, 300_000)

  afterAll(async () => {
    await w?.stop()
  })

  describe('an item page', () => {
    it('is at /{locale}/{collection}/{id}-{slug}, with lang, canonical, hreflang, OpenGraph, Twitter, JSON-LD and feed links', async () => {
      const path = await pathOf(items.article!)
      expect(path).toMatch(new RegExp(`^/vi/articles/${items.article!.id}-ky-niem-75-nam-tuyen-ngon-quoc-te-nhan-quyen$`))
      const { html, res } = await pageOf(path)
      expect(res.status).toBe(200)
      expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8')
      expect(res.headers.get('content-security-policy')).toContain("default-src 'none'")
      expect(res.headers.get('x-content-type-options')).toBe('nosniff')
      expect(html).toMatch(/^<!doctype html>\n<html lang="vi">/)
      expect(html).toContain('<h1>Kỷ niệm 75 năm Tuyên ngôn Quốc tế Nhân quyền</h1>')
      const serverURL = w.t.payload.config.serverURL
      expect(html).toContain(`<link rel="canonical" href="${serverURL}${path}">`)
      const enPath = await pathOf(items.article!, 'en')
      // An article keeps the one slug its editors gave it (made from the Vietnamese title) in both languages.
      expect(enPath).toBe(path.replace(/^\/vi\//, '/en/'))
      expect(html).toContain(`<link rel="alternate" hreflang="en" href="${serverURL}${enPath}">`)
      expect(html).toContain(`<link rel="alternate" hreflang="x-default" href="${serverURL}${path}">`)
      expect(html).toContain('<meta property="og:type" content="article">')
      expect(html).toContain('<meta property="og:title" content="Kỷ niệm 75 năm Tuyên ngôn Quốc tế Nhân quyền — Nguồn">')
      expect(html).toContain('<meta name="twitter:card" content="summary">')
      expect(html).toContain('<link rel="alternate" type="application/rss+xml"')
      expect(html).toContain('<link rel="alternate" type="application/feed+json"')
      const ld = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/.exec(html)![1]!)
      expect(ld).toMatchObject({ '@type': 'NewsArticle', headline: 'Kỷ niệm 75 năm Tuyên ngôn Quốc tế Nhân quyền', inLanguage: 'vi', publisher: { name: DEFAULT_PUBLISHER } })
      expect(html).toContain(`href="${enPath}" hreflang="en" lang="en">English</a>`)
    })

    it('is in English where the item has English, and links back to Vietnamese', async () => {
      const { html, res } = await pageOf(await pathOf(items.article!, 'en'))
      expect(res.status).toBe(200)
      expect(html).toContain('<html lang="en">')
      expect(html).toContain('<h1>75 years of the Universal Declaration of Human Rights</h1>')
      expect(html).toContain(`hreflang="vi" lang="vi">Tiếng Việt</a>`)
    })

    it('shows a Vietnamese-only item on its English address in Vietnamese, marked so, canonical to the Vietnamese page', async () => {
      const viPath = await pathOf(items.points!)
      const { html, res } = await pageOf(await pathOf(items.points!, 'en'))
      expect(res.status).toBe(200)
      expect(html).toContain('<h1 lang="vi">Đề cương về giảm nghèo</h1>')
      expect(html).toContain('no English version')
      expect(html).toContain(`<link rel="canonical" href="${w.t.payload.config.serverURL}${viPath}">`)
      expect(html).not.toContain('hreflang="en"')
      const ld = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/.exec(html)![1]!)
      expect(ld['@type']).toBe('Article')
      expect(html).toContain('<th scope="row">Hộ nghèo</th>')
    })

    it('redirects 301 to its current address when the slug part is old or missing, and stays found by id', async () => {
      const path = await pathOf(items.brief!)
      const stale = await get(`/vi/briefs/${items.brief!.id}-ten-cu-da-doi`)
      expect(stale.status).toBe(301)
      expect(stale.headers.get('location')).toBe(path)
      expect((await get(path)).status).toBe(200)
    })

    it('answers a repeat with 304 for its ETag, HEAD without a body, and gzip or brotli on request', async () => {
      const path = await pathOf(items.article!)
      const first = await get(path)
      const etag = first.headers.get('etag')!
      expect(etag).toMatch(/^"/)
      expect(first.headers.get('last-modified')).toBeTruthy()
      const notModified = await get(path, { 'if-none-match': etag })
      expect(notModified.status).toBe(304)
      // A 304 refreshes the headers the browser keeps: the page's own CSP, never a feed's.
      expect(notModified.headers.get('content-security-policy')).toBe(first.headers.get('content-security-policy'))
      expect(first.headers.get('content-security-policy')).toContain("style-src 'self'")
      const head = await fetch(`${url()}${path}`, { method: 'HEAD' })
      expect(head.status).toBe(200)
      expect(await head.text()).toBe('')
      const br = await fetch(`${url()}${path}`, { headers: { 'accept-encoding': 'br' } })
      expect(br.headers.get('content-encoding')).toBe('br')
      expect(await br.text()).toContain('<html lang="vi">')
    })

    it.each([
      ['pressOnly', 'press only'],
      ['paperOnly', 'not on the web channel'],
      ['embargoed', 'embargoed'],
      ['draft', 'never approved'],
    ])('does not exist for an item that is %s (%s): 404 page', async (name) => {
      const made = items[name]!
      const res = await get(`/vi/${made.collection}/${made.id}`)
      expect(res.status).toBe(404)
      expect(res.headers.get('content-type')).toMatch(/^text\/html/)
      const html = await res.text()
      expect(html).not.toContain(made.title)
      expect(html).toContain('<meta name="robots" content="noindex">')
    })

    it('answers 410 Gone for an item withdrawn from the web', async () => {
      const made = items.withdrawn!
      const res = await get(`/vi/${made.collection}/${made.id}-bai-da-go-xuong`)
      expect(res.status).toBe(410)
      expect(await res.text()).not.toContain(made.title)
    })

    it.each(['/vi/articles/abc', '/vi/nothing', '/en/articles/1-x/more', '/vi/campaigns/no-such-campaign'])('answers 404 for %s', async (path) => {
      expect((await get(path)).status).toBe(404)
    })
  })

  describe('lists', () => {
    const shown = ['article', 'points', 'brief', 'slogan']
    const hidden = ['pressOnly', 'paperOnly', 'embargoed', 'withdrawn', 'draft']

    it('home, campaign and slogans pages list the public items and nothing else', async () => {
      const home = await pageOf('/vi')
      expect(home.res.status).toBe(200)
      const campaignLink = /<ul class="campaigns"><li><a href="(\/vi\/campaigns\/[a-z0-9-]+)">/.exec(home.html)?.[1]
      expect(campaignLink).toBeTruthy()
      const campaign = await pageOf(campaignLink!)
      expect(campaign.res.status).toBe(200)
      for (const { html } of [home, campaign]) {
        for (const name of shown) expect(html, name).toContain(items[name]!.title)
        for (const name of hidden) expect(html, name).not.toContain(items[name]!.title)
      }
      expect(campaign.html).toContain(`href="/feeds/web/rss.xml?lang=vi&amp;campaign=`)
      const slogans = await pageOf('/vi/slogans')
      expect(slogans.html).toContain(items.slogan!.title)
      expect(slogans.html).toContain(`<img src="/api/slogans/${items.slogan!.id}/proof?format=banner&amp;locale=vi" alt="${items.slogan!.title}"`)
      expect((await get('/')).headers.get('location')).toBe('/vi')
      expect((await pageOf('/en')).html).toContain('<html lang="en">')
    })

    it('sitemap.xml lists every public page with its other language, robots.txt points to it', async () => {
      const res = await get('/sitemap.xml')
      expect(res.headers.get('content-type')).toBe('application/xml; charset=utf-8')
      const parsed = new XMLParser({ ignoreAttributes: false }).parse(await res.text())
      const locs: string[] = [parsed.urlset.url].flat().map((u: { loc: string }) => u.loc)
      const serverURL = w.t.payload.config.serverURL
      expect(locs).toContain(`${serverURL}${await pathOf(items.article!)}`)
      expect(locs).toContain(`${serverURL}${await pathOf(items.article!, 'en')}`)
      expect(locs).toContain(`${serverURL}/vi/slogans`)
      for (const name of hidden) expect(locs.some((loc) => loc.includes(`/${items[name]!.id}-`) && loc.includes(`/${items[name]!.collection}/`)), name).toBe(false)
      const robots = await (await get('/robots.txt')).text()
      expect(robots).toContain(`Sitemap: ${serverURL}/sitemap.xml`)
      expect(robots).toContain('Disallow: /admin')
    })
  })

  describe('feed links', () => {
    type Linked = { link?: string; title: string }
    /** Every item of a feed by id (guid / JSON Feed id / ninjs uri), with its link (undefined where there is none) and title, read by feedsmith. */
    async function linksOf(path: string, token?: string): Promise<Map<string, Linked>> {
      const res = await fetch(`${url()}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} })
      expect(res.status, path).toBe(200)
      const text = await res.text()
      if (path.includes('rss.xml')) return new Map(parseRssFeed(text).items!.map((item) => [item.guid!.value!, { link: item.link, title: item.title! }]))
      if (path.includes('feed.json')) return new Map(parseJsonFeed(text).items!.map((item) => [item.id!, { link: item.url, title: item.title! }]))
      const ninjs = JSON.parse(text) as { items: { headlines: { value: string }[]; renditions?: { contentType: string; href: string; name: string }[]; uri: string }[] }
      return new Map(ninjs.items.map((item) => [item.uri, { link: item.renditions?.find((r) => r.name === 'web')?.href, title: item.headlines[0]!.value }]))
    }
    const unescape = (html: string) => html.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&')
    /** Opens every link: each answers 200 text/html whose h1 is the item's title in the feed. */
    async function expectPagesBehind(links: Map<string, Linked>) {
      for (const [id, { link, title }] of links) {
        if (!link) continue
        const res = await fetch(link.replace(w.t.payload.config.serverURL, url()))
        expect(res.status, `${id} ${link}`).toBe(200)
        expect(res.headers.get('content-type')).toMatch(/^text\/html/)
        const h1 = /<h1[^>]*>(.*?)<\/h1>/.exec(await res.text())?.[1]
        expect(unescape(h1 ?? ''), link).toBe(title)
      }
    }
    const urn = (made: Made) => `urn:nguon:${made.collection}:${made.id}`

    it.each(['rss.xml', 'feed.json', 'ninjs.json'].flatMap((file) => ['vi', 'en'].map((lang) => [file, lang])))(
      'every link of the web %s (%s) opens the item page with its title; items without a page have no link',
      async (file, lang) => {
        const links = await linksOf(`/feeds/web/${file}?lang=${lang}`)
        for (const name of ['article', 'points', 'brief', 'slogan']) expect(links.get(urn(items[name]!))?.link, name).toMatch(new RegExp(`/${lang}/${items[name]!.collection}/${items[name]!.id}-`))
        if (file === 'ninjs.json') {
          expect(links.has(urn(items.withdrawn!))).toBe(true) // canceled, kept a week with its uri
          expect(links.get(urn(items.withdrawn!))?.link).toBeUndefined()
        }
        await expectPagesBehind(links)
      },
    )

    it.each(['rss.xml', 'feed.json', 'ninjs.json'])('a press outlet’s newspaper %s links only items that have a public page', async (file) => {
      const links = await linksOf(`/feeds/newspaper/${file}`, paperToken)
      expect(links.get(urn(items.article!))?.link).toMatch(/\/vi\/articles\//)
      expect(links.has(urn(items.pressOnly!))).toBe(true)
      expect(links.get(urn(items.pressOnly!))?.link).toBeUndefined()
      expect(links.has(urn(items.paperOnly!))).toBe(true)
      expect(links.get(urn(items.paperOnly!))?.link).toBeUndefined()
      expect(links.has(urn(items.embargoed!))).toBe(true) // early, marked embargoedUntil, and no link yet
      expect(links.get(urn(items.embargoed!))?.link).toBeUndefined()
      await expectPagesBehind(links)
    })
  })

  it('drops a page as soon as its item is withdrawn: the next request answers 410 and the feeds no longer link it', async () => {
    const path = await pathOf(items.brief!)
    expect((await get(path)).status).toBe(200)
    expect((await get(path)).status).toBe(200) // answered from memory now
    await w.act('reviewer', items.brief!.id, { action: 'withdraw', note: 'Gỡ để rà soát' }, 'briefs')
    expect((await get(path)).status).toBe(410)
    const feed = parseJsonFeed(await (await get('/feeds/web/feed.json')).text())
    expect(feed.items!.find((item) => item.id === urn(items.brief!))).toBeUndefined()
    const home = await pageOf('/vi')
    expect(home.html).not.toContain(items.brief!.title)
  })

  const urn = (made: Made) => `urn:nguon:${made.collection}:${made.id}`
})
