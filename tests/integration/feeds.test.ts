// Newsroom feeds over real HTTP, read by real consumers: rss-parser, feedsmith, fast-xml-parser, ajv with the IPTC ninjs
// schema; the files they point to fetched by GET and HEAD; conditional requests by RFC 9110's rules.
import { execFile } from 'node:child_process'
import path from 'node:path'
import { promisify } from 'node:util'

import { XMLValidator } from 'fast-xml-parser'
import { parseJsonFeed, parseRssFeed } from 'feedsmith'
import Parser from 'rss-parser'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { lexicalFromText } from '../../src/content/lexical'
import { countCacheStats } from '../../src/db'
import { feedRenderCount, GENERATION_CHECK_INTERVAL_MS, MAX_REMEMBERED_LOOKUPS, rememberedLookupCount } from '../../src/feeds/feedCache'
import { ninjsValidator } from '../unit/feeds/ninjsValidator'
import { api } from '../helpers/api'
import { type Doc, startWorkflowWorld, type WorkflowWorld } from '../helpers/workflow'

type Outlet = { id: number | string; token: string }
type JsonFeed = { items: { _nguon?: Record<string, unknown>; content_html?: string; content_text?: string; id: string; title: string }[]; version: string }
type NinjsFeed = { items: { pubStatus: string; embargoedUntil?: string; uri: string; version: string }[] }

const rssParser = new Parser()
const root = path.resolve(import.meta.dirname, '../..')

describe('newsroom feeds', () => {
  let w: WorkflowWorld
  const outlets: Record<string, Outlet> = {}
  const url = () => w.server.url
  const validateNinjs = ninjsValidator()

  const feed = (p: string, { headers = {}, token }: { headers?: Record<string, string>; token?: string } = {}) =>
    fetch(`${url()}${p}`, { headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers } })

  /** Writes an item as editor@ through REST and takes it through review to `state`. */
  const item = async ({
    collection = 'articles',
    data,
    publishAt,
    state = 'published',
  }: {
    collection?: string
    data: Record<string, unknown>
    publishAt?: string
    state?: 'draft' | 'published' | 'scheduled' | 'withdrawn'
  }) => {
    const created = await api<{ doc: Doc }>(url(), `/api/${collection}`, { body: w.complete(collection, data), token: w.tokens.editor })
    if (created.status !== 201) throw new Error(JSON.stringify(created.body))
    const id = created.body.doc.id
    if (state === 'draft') return created.body.doc
    await w.act('editor', id, { action: 'submit' }, collection)
    const approved = await w.act('reviewer', id, { action: 'approve', ...(publishAt ? { publishAt } : {}) }, collection)
    if (approved.status !== 200) throw new Error(JSON.stringify(approved.body))
    if (state === 'withdrawn') await w.act('reviewer', id, { action: 'withdraw', note: 'Gỡ' }, collection)
    return approved.body.doc
  }

  beforeAll(async () => {
    w = await startWorkflowWorld('feeds')
    const make = async (name: string, data: Record<string, unknown>) => {
      const doc = await w.t.payload.create({ collection: 'outlets', data: { name, ...data } as never, overrideAccess: true })
      const res = await api<{ token: string }>(url(), `/api/outlets/${doc.id}/token`, { body: {}, token: w.tokens.admin })
      outlets[name] = { id: doc.id, token: res.body.token }
    }
    await make('paper', { accessLevel: 'public', channels: ['newspaper', 'web'], kind: 'newspaper' })
    await make('tv-press', { accessLevel: 'press', channels: ['television', 'newspaper'], kind: 'television' })
    await make('radio-en', { accessLevel: 'internal', channels: ['radio'], kind: 'radio', languages: ['en'] })
    await make('closed', { accessLevel: 'public', active: false, channels: ['newspaper'], kind: 'newspaper' })
  })
  afterAll(async () => w?.stop())

  describe('feed tokens', () => {
    it('are issued only to admins, once, and never shown again', async () => {
      const id = outlets.paper!.id
      expect((await api(url(), `/api/outlets/${id}/token`, { body: {} })).status).toBe(401)
      expect((await api(url(), `/api/outlets/${id}/token`, { body: {}, token: w.tokens.editor })).status).toBe(403)
      expect((await api(url(), `/api/outlets/${id}/token`, { body: {}, token: w.tokens.reviewer })).status).toBe(403)
      const read = await api(url(), `/api/outlets/${id}?depth=0`, { token: w.tokens.admin })
      expect(read.status).toBe(200)
      expect(JSON.stringify(read.body)).not.toContain(outlets.paper!.token)
      expect(read.body).not.toHaveProperty('tokenHash')
      const list = await api(url(), '/api/outlets', { token: w.tokens.admin })
      expect(JSON.stringify(list.body)).not.toMatch(/tokenHash|nguon_ft_/)
    })

    it('stop working when replaced', async () => {
      const old = outlets.paper!.token
      const res = await api<{ token: string }>(url(), `/api/outlets/${outlets.paper!.id}/token`, { body: {}, token: w.tokens.admin })
      outlets.paper!.token = res.body.token
      expect((await feed('/feeds/newspaper/rss.xml', { token: old })).status).toBe(401)
      expect((await feed('/feeds/newspaper/rss.xml', { token: res.body.token })).status).toBe(200)
      expect((await feed(`/feeds/newspaper/rss.xml?token=${encodeURIComponent(res.body.token)}`)).status).toBe(200)
    })

    it('keep the server’s memory bounded under a flood of distinct unknown tokens, and valid ones keep working', async () => {
      const flood = Array.from({ length: MAX_REMEMBERED_LOOKUPS + 300 }, (_, i) => `nguon_ft_flood${i}`)
      for (let start = 0; start < flood.length; start += 25) {
        const statuses = await Promise.all(flood.slice(start, start + 25).map(async (token) => (await feed('/feeds/newspaper/rss.xml', { token })).status))
        expect(new Set(statuses)).toEqual(new Set([401]))
      }
      expect(rememberedLookupCount()).toBeLessThanOrEqual(MAX_REMEMBERED_LOOKUPS)
      expect((await feed('/feeds/newspaper/rss.xml', { token: outlets.paper!.token })).status).toBe(200)
      expect((await feed('/feeds/newspaper/feed.json', { token: outlets.paper!.token })).status).toBe(200)
    })
  })

  describe('who gets in', () => {
    it.each([
      ['no token on a closed channel', '/feeds/newspaper/rss.xml', undefined, 401],
      ['an unknown token', '/feeds/newspaper/rss.xml', 'nguon_ft_nope', 401],
      ['an inactive outlet', '/feeds/newspaper/rss.xml', 'closed', 403],
      ['an outlet not subscribed to the channel', '/feeds/radio/rss.xml', 'paper', 403],
      ['a language the outlet does not take', '/feeds/radio/rss.xml?lang=vi', 'radio-en', 403],
      ['an unknown channel', '/feeds/fax/rss.xml', 'paper', 404],
      ['an unknown format', '/feeds/newspaper/atom.xml', 'paper', 404],
      ['no token on the public web channel', '/feeds/web/rss.xml', undefined, 200],
    ])('%s → %i', async (_label, p, who, status) => {
      const token = who === undefined ? undefined : (outlets[who]?.token ?? who)
      const res = await feed(p, { token })
      expect(res.status).toBe(status)
      if (status >= 400) expect((await res.json()).error).toEqual(expect.any(String))
    })

    it.each([
      ['lang=fr', 'lang'],
      ['type=videos', 'type'],
      ['limit=0', 'limit'],
      ['limit=101', 'limit'],
      ['limit=ten', 'limit'],
      ['since=yesterday', 'since'],
      ['unit=c a', 'unit'],
      ['campaign=Plan 232', 'campaign'],
      ['lang=vi&lang=en', 'lang'],
      ['colour=red', 'colour'],
    ])('refuses ?%s with 400 naming %s', async (q, name) => {
      const res = await feed(`/feeds/newspaper/feed.json?${q}`, { token: outlets.paper!.token })
      expect(res.status).toBe(400)
      const body = await res.json()
      expect(body.issues.join(' ')).toContain(name)
      expect(body.accepted).toContain('limit=1..100')
    })
  })

  describe('content and formats', () => {
    let article: Doc
    let draft: Doc
    beforeAll(async () => {
      article = await item({
        data: {
          audiences: ['public'],
          body: lexicalFromText('Đoạn một của bài.\n\nĐoạn hai <b>không phải thẻ</b>.') as never,
          channels: ['newspaper', 'web'],
          summary: 'Tóm tắt bài báo',
          title: 'Hà Tĩnh kỷ niệm 75 năm Ngày Nhân quyền thế giới',
          topics: ['nhân quyền'],
        },
      })
      draft = await item({ data: { audiences: ['public'], channels: ['newspaper'], title: 'Bản nháp không được lên báo' }, state: 'draft' })
      await item({ data: { audiences: ['public'], channels: ['radio'], title: 'Chỉ cho phát thanh' } })
    })

    it('serves RSS 2.0 that strict parsers accept, with stable guids and only live items of the channel', async () => {
      const res = await feed('/feeds/newspaper/rss.xml', { token: outlets.paper!.token })
      expect(res.headers.get('content-type')).toBe('application/rss+xml; charset=utf-8')
      const xml = await res.text()
      expect(XMLValidator.validate(xml)).toBe(true)
      const parsed = await rssParser.parseString(xml)
      const titles = parsed.items.map((i) => i.title)
      expect(titles).toContain('Hà Tĩnh kỷ niệm 75 năm Ngày Nhân quyền thế giới')
      expect(titles).not.toContain('Bản nháp không được lên báo')
      expect(titles).not.toContain('Chỉ cho phát thanh')
      const mine = parsed.items.find((i) => i.title?.startsWith('Hà Tĩnh'))!
      expect(mine.guid).toBe(`urn:nguon:articles:${article.id}`)
      expect(xml).toContain(`<guid isPermaLink="false">urn:nguon:articles:${article.id}</guid>`)
      expect(xml).toContain('<atom:link')
      expect(mine['content:encoded']).toContain('<p>Đoạn một của bài.</p>')
      expect(mine['content:encoded']).not.toContain('<b>')
      expect(xml).not.toContain(outlets.paper!.token)
      expect(draft.id).toBeDefined()
    })

    it('serves JSON Feed 1.1 with its media type and required fields', async () => {
      const res = await feed('/feeds/newspaper/feed.json', { token: outlets.paper!.token })
      expect(res.headers.get('content-type')).toBe('application/feed+json; charset=utf-8')
      const body = (await res.json()) as JsonFeed & { title: string }
      expect(body.version).toBe('https://jsonfeed.org/version/1.1')
      expect(typeof body.title).toBe('string')
      const mine = body.items.find((i) => i.id === `urn:nguon:articles:${article.id}`)!
      expect(mine._nguon).toMatchObject({ version: 1 })
    })

    it('serves ninjs 3.1 that validates against the IPTC schema', async () => {
      const body = (await (await feed('/feeds/newspaper/ninjs.json', { token: outlets.paper!.token })).json()) as NinjsFeed
      expect(body.items.length).toBeGreaterThan(0)
      for (const ninjs of body.items) expect(validateNinjs(ninjs), JSON.stringify(validateNinjs.errors)).toBe(true)
    })

    it('speaks English when asked, falling back to Vietnamese for untranslated fields', async () => {
      await w.t.payload.update({ collection: 'articles', context: { nguonWorkflowWrite: true }, data: { title: 'Ha Tinh marks 75 years of Human Rights Day' }, draft: false, id: article.id, locale: 'en', overrideAccess: true })
      const body = (await (await feed('/feeds/newspaper/feed.json?lang=en', { token: outlets.paper!.token })).json()) as JsonFeed
      expect(body.items.map((i) => i.title)).toContain('Ha Tinh marks 75 years of Human Rights Day')
    })

    it('renders radio as plain spoken text with its read-aloud time', async () => {
      const body = (await (await feed('/feeds/radio/feed.json?lang=en', { token: outlets['radio-en']!.token })).json()) as JsonFeed
      const radio = body.items.find((i) => i.title === 'Chỉ cho phát thanh')!
      expect(radio.content_html).toBeUndefined()
      expect(radio.content_text).toContain('Chỉ cho phát thanh')
      expect(Number(radio._nguon?.readAloudSeconds)).toBeGreaterThan(0)
    })

    it('serves the public web channel without a token, with public items only', async () => {
      await item({ data: { audiences: ['cadres'], channels: ['web'], title: 'Chỉ dành cho cán bộ' } })
      const parsed = await rssParser.parseString(await (await feed('/feeds/web/rss.xml')).text())
      const titles = parsed.items.map((i) => i.title)
      expect(titles).toContain('Hà Tĩnh kỷ niệm 75 năm Ngày Nhân quyền thế giới')
      expect(titles).not.toContain('Chỉ dành cho cán bộ')
    })
  })

  describe('access levels, embargo, withdrawal and expiry', () => {
    it('sends briefs only to outlets whose access level their distribution allows', async () => {
      for (const distribution of ['public', 'press', 'internal']) {
        await item({
          collection: 'briefs',
          data: { channels: ['newspaper'], claim: 'Luận điệu', distribution, response: lexicalFromText('Phản bác') as never, title: `Lập luận ${distribution}` },
        })
      }
      const titlesFor = async (token: string) =>
        ((await (await feed('/feeds/newspaper/feed.json?type=briefs', { token })).json()) as JsonFeed).items.map((i) => i.title)
      expect(await titlesFor(outlets.paper!.token)).toEqual(['Lập luận public'])
      expect((await titlesFor(outlets['tv-press']!.token)).sort()).toEqual(['Lập luận press', 'Lập luận public'])
    })

    it('gives press outlets embargoed items early, marked, and nobody else', async () => {
      const publishAt = new Date(Date.now() + 3_600_000).toISOString()
      const embargoed = await item({ data: { audiences: ['public'], channels: ['newspaper', 'television'], title: 'Tin cấm đăng trước 1 giờ' }, publishAt })
      expect(embargoed.workflowStatus).toBe('scheduled')
      const press = (await (await feed('/feeds/newspaper/ninjs.json', { token: outlets['tv-press']!.token })).json()) as NinjsFeed
      const marked = press.items.find((i) => i.uri === `urn:nguon:articles:${embargoed.id}`)
      expect(marked?.embargoedUntil).toBe(publishAt)
      for (const ninjs of press.items) expect(validateNinjs(ninjs)).toBe(true)
      const publicFeed = await (await feed('/feeds/newspaper/ninjs.json', { token: outlets.paper!.token })).text()
      expect(publicFeed).not.toContain(`urn:nguon:articles:${embargoed.id}`)
      expect(await (await feed('/feeds/web/feed.json')).text()).not.toContain(`urn:nguon:articles:${embargoed.id}`)
    })

    it('drops a withdrawn item from RSS and JSON Feed, and keeps it in ninjs as canceled with a higher version', async () => {
      const killed = await item({ data: { audiences: ['public'], channels: ['newspaper'], title: 'Tin bị gỡ' } })
      const before = (await (await feed('/feeds/newspaper/ninjs.json', { token: outlets.paper!.token })).json()) as NinjsFeed
      const usable = before.items.find((i) => i.uri === `urn:nguon:articles:${killed.id}`)!
      expect(usable.pubStatus).toBe('usable')
      expect((await w.act('reviewer', killed.id, { action: 'withdraw', note: 'Sai thông tin' })).status).toBe(200)
      expect(await (await feed('/feeds/newspaper/rss.xml', { token: outlets.paper!.token })).text()).not.toContain('Tin bị gỡ')
      const after = (await (await feed('/feeds/newspaper/ninjs.json', { token: outlets.paper!.token })).json()) as NinjsFeed
      const canceled = after.items.find((i) => i.uri === `urn:nguon:articles:${killed.id}`)!
      expect(canceled.pubStatus).toBe('canceled')
      expect(Number(canceled.version)).toBeGreaterThan(Number(usable.version))
      expect(validateNinjs(canceled)).toBe(true)
    })

    it('drops an item from every feed when it expires, with no write in between', async () => {
      // The item must be seen live before it expires; on a slow machine the window grows until that can be observed.
      for (const windowMs of [1500, 5000, 20_000]) {
        const title = `Tin hết hạn sớm ${windowMs}`
        const expireAt = Date.now() + windowMs
        await item({ data: { audiences: ['public'], channels: ['newspaper'], expireAt: new Date(expireAt).toISOString(), title } })
        const before = await (await feed('/feeds/newspaper/rss.xml', { token: outlets.paper!.token })).text()
        if (Date.now() >= expireAt) continue
        expect(before).toContain(title)
        await new Promise((resolve) => setTimeout(resolve, expireAt - Date.now() + 200))
        expect(await (await feed('/feeds/newspaper/rss.xml', { token: outlets.paper!.token })).text()).not.toContain(title)
        return
      }
      throw new Error('could not observe the item live before it expired')
    })

    it('shows slogans only inside their display window', async () => {
      const now = Date.now()
      await item({ collection: 'slogans', data: { channels: ['newspaper'], displayFrom: new Date(now - 86_400_000).toISOString(), displayUntil: new Date(now + 86_400_000).toISOString(), number: 9, text: 'Khẩu hiệu đang treo' } })
      await item({ collection: 'slogans', data: { channels: ['newspaper'], displayFrom: new Date(now + 86_400_000).toISOString(), number: 10, text: 'Khẩu hiệu chưa đến ngày' } })
      const text = await (await feed('/feeds/newspaper/feed.json?type=slogans', { token: outlets.paper!.token })).text()
      expect(text).toContain('Khẩu hiệu đang treo')
      expect(text).not.toContain('Khẩu hiệu chưa đến ngày')
      // The eight Plan 232 slogans hung from 30 Nov to 30 Dec 2023, so they are out of their window now.
      expect(text).not.toContain('Chào mừng Kỷ niệm 75 năm')
    })
  })

  describe('read by feedsmith, with every picture they point to', () => {
    it('parses RSS and JSON Feed of every channel, and each picture answers GET and HEAD with its length and type', async () => {
      const now = Date.now()
      await item({ collection: 'slogans', data: { channels: ['newspaper', 'web'], displayFrom: new Date(now - 86_400_000).toISOString(), displayUntil: new Date(now + 86_400_000).toISOString(), number: 11, text: 'Khẩu hiệu cho máy đọc tin' } })
      const pictures = new Map<string, string>()
      for (const [channel, token] of [['newspaper', outlets.paper!.token], ['web', undefined], ['television', outlets['tv-press']!.token], ['radio', outlets['radio-en']!.token]] as const) {
        const rss = parseRssFeed(await (await feed(`/feeds/${channel}/rss.xml`, { token })).text())
        expect(rss.title).toContain('Nguồn')
        for (const entry of rss.items ?? []) {
          expect(entry.guid?.value).toMatch(/^urn:nguon:/)
          for (const content of entry.media?.contents ?? []) pictures.set(content.url!, content.type!)
        }
        const json = parseJsonFeed(await (await feed(`/feeds/${channel}/feed.json`, { token })).json())
        for (const entry of json.items ?? []) {
          expect(typeof entry.content_html === 'string' || typeof entry.content_text === 'string').toBe(true)
          for (const attachment of entry.attachments ?? []) pictures.set(attachment.url!, attachment.mime_type!)
        }
      }
      expect([...pictures.keys()].some((address) => address.includes('/proof?format=banner'))).toBe(true)
      for (const [address, type] of pictures) {
        const onServer = `${url()}${new URL(address).pathname}${new URL(address).search}`
        const get = await fetch(onServer)
        const bytes = Buffer.from(await get.arrayBuffer())
        const head = await fetch(onServer, { method: 'HEAD' })
        expect([address, get.status, head.status]).toEqual([address, 200, 200])
        expect(get.headers.get('content-type')).toBe(type)
        expect(Number(get.headers.get('content-length'))).toBe(bytes.length)
        expect(head.headers.get('content-length')).toBe(get.headers.get('content-length'))
        expect(head.headers.get('etag')).toBe(get.headers.get('etag'))
      }
    })

    it('gives an item with a summary and no body its summary as JSON Feed content', async () => {
      const summaryOnly = await item({ data: { audiences: ['public'], channels: ['newspaper'], summary: 'Chỉ có tóm tắt, chưa có thân bài.', title: 'Tin chỉ có tóm tắt' } })
      await w.t.payload.update({ collection: 'articles', context: { nguonWorkflowWrite: true }, data: { body: null } as never, draft: false, id: summaryOnly.id, locale: 'vi', overrideAccess: true })
      const body = (await (await feed('/feeds/newspaper/feed.json', { token: outlets.paper!.token })).json()) as JsonFeed
      const mine = body.items.find((i) => i.id === `urn:nguon:articles:${summaryOnly.id}`)!
      expect(mine.content_html).toBe('<p>Chỉ có tóm tắt, chưa có thân bài.</p>')
      expect(mine.content_text).toBe('Chỉ có tóm tắt, chưa có thân bài.')
    })
  })

  describe('fast and fresh', () => {
    it('answers 304 to a matching If-None-Match or If-Modified-Since, and compresses with brotli and gzip', async () => {
      const token = outlets.paper!.token
      const first = await feed('/feeds/newspaper/rss.xml', { token })
      const etag = first.headers.get('etag')!
      const lastModified = first.headers.get('last-modified')!
      expect(etag).toMatch(/^"[\w-]+"$/)
      expect(first.headers.get('cache-control')).toContain('no-cache')
      expect((await feed('/feeds/newspaper/rss.xml', { headers: { 'if-none-match': etag }, token })).status).toBe(304)
      expect((await feed('/feeds/newspaper/rss.xml', { headers: { 'if-modified-since': lastModified }, token })).status).toBe(304)
      expect((await feed('/feeds/newspaper/rss.xml', { headers: { 'if-none-match': '"other"' }, token })).status).toBe(200)
      for (const encoding of ['br', 'gzip']) {
        const res = await feed('/feeds/newspaper/rss.xml', { headers: { 'accept-encoding': encoding }, token })
        expect(res.headers.get('content-encoding')).toBe(encoding)
        expect(XMLValidator.validate(await res.text())).toBe(true)
      }
    })

    it('compares If-None-Match weakly: a weak tag, a list and * match, on both the routed and the remembered path', async () => {
      const token = outlets.paper!.token
      const etag = (await feed('/feeds/newspaper/feed.json', { token })).headers.get('etag')!
      for (let i = 0; i < 2; i++) {
        for (const ifNoneMatch of [etag, `W/${etag}`, `"stale", W/${etag}`, '*']) {
          const res = await feed('/feeds/newspaper/feed.json', { headers: { 'if-none-match': ifNoneMatch }, token })
          expect([ifNoneMatch, res.status]).toEqual([ifNoneMatch, 304])
          expect(res.headers.get('etag')).toBe(etag)
        }
        expect((await feed('/feeds/newspaper/feed.json', { headers: { 'if-none-match': `W/"stale"` }, token })).status).toBe(200)
      }
    })

    it('gives the plain, gzip and brotli bytes each its own strong ETag, and a 304 only for the coding the client gets', async () => {
      const token = outlets.paper!.token
      const tagFor = async (encoding: string) => {
        const res = await feed('/feeds/newspaper/rss.xml', { headers: { 'accept-encoding': encoding }, token })
        expect(res.headers.get('vary')).toMatch(/Accept-Encoding/)
        await res.body?.cancel()
        return res.headers.get('etag')!
      }
      const tags = { br: await tagFor('br'), gzip: await tagFor('gzip'), identity: await tagFor('identity') }
      expect(new Set(Object.values(tags)).size).toBe(3)
      for (const tag of Object.values(tags)) expect(tag).toMatch(/^"[\w-]+"$/)
      for (const [encoding, tag] of Object.entries(tags)) {
        expect((await feed('/feeds/newspaper/rss.xml', { headers: { 'accept-encoding': encoding, 'if-none-match': tag }, token })).status).toBe(304)
        const other = encoding === 'gzip' ? tags.br : tags.gzip
        expect((await feed('/feeds/newspaper/rss.xml', { headers: { 'accept-encoding': encoding, 'if-none-match': other }, token })).status).toBe(200)
      }
    })

    it('answers HEAD with GET’s headers and no body', async () => {
      const token = outlets.paper!.token
      const get = await feed('/feeds/newspaper/rss.xml', { headers: { 'accept-encoding': 'gzip' }, token })
      await get.arrayBuffer()
      const head = await fetch(`${url()}/feeds/newspaper/rss.xml`, { headers: { 'accept-encoding': 'gzip', authorization: `Bearer ${token}` }, method: 'HEAD' })
      expect(head.status).toBe(200)
      for (const name of ['content-length', 'content-type', 'content-encoding', 'etag', 'last-modified']) expect(head.headers.get(name), name).toBe(get.headers.get(name))
      expect(await head.text()).toBe('')
    })

    it('dates an empty feed nowhere rather than 1 January 1970', async () => {
      for (const file of ['rss.xml', 'feed.json', 'ninjs.json']) {
        const res = await feed(`/feeds/web/${file}?campaign=khong-co-chien-dich`)
        expect(res.status).toBe(200)
        expect(res.headers.get('last-modified')).toBeNull()
        const text = await res.text()
        expect(text).not.toMatch(/1970|lastBuildDate|generatedAt|versionCreated/)
      }
    })

    it('shows an item approved now in the next response, with a new ETag', async () => {
      const token = outlets.paper!.token
      const before = await feed('/feeds/newspaper/rss.xml', { token })
      const etag = before.headers.get('etag')!
      await item({ data: { audiences: ['public'], channels: ['newspaper'], title: 'Vừa được duyệt' } })
      const after = await feed('/feeds/newspaper/rss.xml', { headers: { 'if-none-match': etag }, token })
      expect(after.status).toBe(200)
      expect(after.headers.get('etag')).not.toBe(etag)
      expect(await after.text()).toContain('Vừa được duyệt')
    })

    it('shows an item approved by another process to every request that begins a check interval after the commit', async () => {
      const token = outlets.paper!.token
      const title = 'Duyệt ở tiến trình khác'
      const pending = await item({ data: { audiences: ['public'], channels: ['newspaper'], title }, state: 'draft' })
      // One live public item at least, so that the public list below has a total to count.
      await item({ data: { audiences: ['public'], channels: ['web'], title: 'Đã đăng từ trước' }, state: 'published' })
      expect((await w.act('editor', pending.id, { action: 'submit' })).status).toBe(200)
      // Rendered and cached here before the other process approves, with another channel's feed.
      expect(await (await feed('/feeds/newspaper/rss.xml', { token })).text()).not.toContain(title)
      const radio = await feed('/feeds/radio/rss.xml', { token: outlets['radio-en']!.token })
      // The public list's total, kept by this process's count cache (src/countCache.ts) until the table changes.
      const publicTotal = async () => ((await api<{ totalDocs: number }>(w.server.url, '/api/articles?limit=1&depth=0')).body.totalDocs)
      const totalBefore = await publicTotal()
      const hitsBefore = countCacheStats.hits
      expect(await publicTotal()).toBe(totalBefore)
      expect(countCacheStats.hits).toBe(hitsBefore + 1)
      const { stdout } = await promisify(execFile)(process.execPath, [path.join(root, 'node_modules/tsx/dist/cli.mjs'), 'tests/helpers/childApprove.ts', 'articles', String(pending.id), 'reviewer@nguon.local'], {
        cwd: root,
        // The schema exists already; a second process must not push it again while this one holds the database.
        env: { ...process.env, PAYLOAD_MIGRATING: 'true' },
      }).catch((error: { code?: number; signal?: string; stderr?: string; stdout?: string }) => {
        throw new Error(`the approving process failed (code ${error.code}, signal ${error.signal}):\n${error.stdout ?? ''}\n${error.stderr ?? ''}`)
      })
      // The child's logger writes to stdout too; its result is the one marked line.
      expect(JSON.parse(/^CHILD_RESULT (.*)$/m.exec(stdout)![1]!)).toMatchObject({ status: 200 })
      // The list total moves at once: the count generation is read from the database on every list.
      expect(await publicTotal()).toBe(totalBefore + 1)
      // This process learns of another's commit at its next generation check: a request begun one interval later
      // (whatever the machine's load) must not be served the cached feed.
      await new Promise((resolve) => setTimeout(resolve, GENERATION_CHECK_INTERVAL_MS + 10))
      expect(await (await feed('/feeds/newspaper/rss.xml', { token })).text()).toContain(title)
      // The radio feed this process rendered before is still served from its cache: the approval touched newspaper only.
      const rendersBefore = feedRenderCount()
      const radioAgain = await feed('/feeds/radio/rss.xml', { token: outlets['radio-en']!.token })
      expect(radioAgain.headers.get('etag')).toBe(radio.headers.get('etag'))
      expect(feedRenderCount()).toBe(rendersBefore)
    }, 240_000)
  })

  describe('invalidation scoped to what changed', () => {
    const RADIO = '/feeds/radio/rss.xml'
    const PAPER = '/feeds/newspaper/rss.xml'
    const TV = '/feeds/television/rss.xml'

    /** GETs a feed and says whether this process rendered it for the request (false: served from the cache). */
    const fetchFeed = async (p: string, who: string) => {
      const before = feedRenderCount()
      const res = await feed(p, { token: outlets[who]!.token })
      return { etag: res.headers.get('etag'), rendered: feedRenderCount() > before, status: res.status, text: await res.text() }
    }

    it('leaves another channel’s warm feed served from the cache, same bytes, when an item is approved for one channel; its own shows it at once', async () => {
      const radio = await fetchFeed(RADIO, 'radio-en')
      await fetchFeed(PAPER, 'paper')
      const title = 'Chỉ dành cho báo in'
      await item({ data: { audiences: ['public'], channels: ['newspaper'], title } })
      const radioAgain = await fetchFeed(RADIO, 'radio-en')
      expect(radioAgain).toMatchObject({ etag: radio.etag, rendered: false, status: 200, text: radio.text })
      const paper = await fetchFeed(PAPER, 'paper')
      expect(paper.rendered).toBe(true)
      expect(paper.text).toContain(title)
    })

    it('drops a withdrawn item from its channel’s feed at once, and leaves other channels’ feeds cached', async () => {
      const title = 'Sẽ bị gỡ khỏi báo in'
      const doc = await item({ data: { audiences: ['public'], channels: ['newspaper'], title } })
      expect((await fetchFeed(PAPER, 'paper')).text).toContain(title)
      const radio = await fetchFeed(RADIO, 'radio-en')
      expect((await w.act('reviewer', doc.id, { action: 'withdraw', note: 'Gỡ' })).status).toBe(200)
      expect((await fetchFeed(PAPER, 'paper')).text).not.toContain(title)
      expect(await fetchFeed(RADIO, 'radio-en')).toMatchObject({ etag: radio.etag, rendered: false })
    })

    it('drops an item from the channel it left when its approved revision moves it to another', async () => {
      const title = 'Chuyển từ báo in sang truyền hình'
      const doc = await item({ data: { audiences: ['public'], channels: ['newspaper'], title } })
      const edited = await api(url(), `/api/articles/${doc.id}?draft=true`, { body: { channels: ['television'] }, method: 'PATCH', token: w.tokens.editor })
      expect(edited.status).toBe(200)
      expect((await w.act('editor', doc.id, { action: 'submit' })).status).toBe(200)
      // Rendered again after the draft moved: the live version is still in newspaper, so the feed shows it.
      expect((await fetchFeed(PAPER, 'paper')).text).toContain(title)
      expect((await w.act('reviewer', doc.id, { action: 'approve' })).status).toBe(200)
      expect((await fetchFeed(PAPER, 'paper')).text).not.toContain(title)
      expect((await fetchFeed(TV, 'tv-press')).text).toContain(title)
    })

    it('re-renders only the edited outlet’s feeds, and refuses a deactivated outlet at once', async () => {
      const paper = await fetchFeed(PAPER, 'paper')
      const tvPaper = await fetchFeed(PAPER, 'tv-press')
      const tv = await fetchFeed(TV, 'tv-press')
      expect(paper.status).toBe(200)
      const rename = await api(url(), `/api/outlets/${outlets.paper!.id}`, { body: { name: 'Báo giấy đổi tên' }, method: 'PATCH', token: w.tokens.admin })
      expect(rename.status).toBe(200)
      const renamed = await fetchFeed(PAPER, 'paper')
      expect(renamed.rendered).toBe(true)
      expect(renamed.text).toContain('Báo giấy đổi tên')
      expect(await fetchFeed(PAPER, 'tv-press')).toMatchObject({ etag: tvPaper.etag, rendered: false })
      expect(await fetchFeed(TV, 'tv-press')).toMatchObject({ etag: tv.etag, rendered: false })
      const off = await api(url(), `/api/outlets/${outlets.paper!.id}`, { body: { active: false }, method: 'PATCH', token: w.tokens.admin })
      expect(off.status).toBe(200)
      expect((await fetchFeed(PAPER, 'paper')).status).toBe(403)
      expect((await fetchFeed(PAPER, 'tv-press')).rendered).toBe(false)
      await api(url(), `/api/outlets/${outlets.paper!.id}`, { body: { active: true }, method: 'PATCH', token: w.tokens.admin })
      expect((await fetchFeed(PAPER, 'paper')).status).toBe(200)
    })
  })
})
