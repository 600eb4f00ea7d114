// Security headers on every kind of response (API, feeds on both paths, media files), media files served with HTTP's
// validators, ranges and HEAD under the access rules, HEAD wherever Payload's REST answers GET, and uploads judged by
// their bytes: unknown or disguised content is refused with a 400 in the uploader's language, and each field takes only its kinds.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { api } from '../helpers/api'
import { type Doc, startWorkflowWorld, type WorkflowWorld } from '../helpers/workflow'

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64')
const PDF = Buffer.from('%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n2 0 obj <</Type /Pages /Kids [] /Count 0>> endobj\nxref\n0 3\ntrailer <</Root 1 0 R /Size 3>>\nstartxref\n0\n%%EOF\n', 'latin1')
const MP3 = Buffer.concat([Buffer.from('ID3', 'latin1'), Buffer.from([3, 0, 0, 0, 0, 0, 0]), Buffer.from([0xff, 0xfb, 0x90, 0x64]), Buffer.alloc(413)])
const TEXT = Buffer.from('Đây là văn bản, không phải âm thanh. <script>alert(1)</script>')

type Media = Doc & { filename: string; mimeType: string }

describe('security headers and uploaded files', () => {
  let w: WorkflowWorld
  const url = () => w.server.url
  const countMedia = async () => (await w.t.payload.count({ collection: 'media', overrideAccess: true })).totalDocs
  const upload = (name: string, type: string, bytes: Buffer, { language }: { language?: 'en' } = {}) => {
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(bytes)], { type }), `${Math.random().toString(36).slice(2)}-${name}`)
    form.append('_payload', JSON.stringify({ alt: 'Tư liệu thử', kind: 'photo' }))
    return fetch(`${url()}/api/media`, {
      body: form,
      headers: { authorization: `JWT ${w.tokens.editor}`, ...(language ? { cookie: `payload-lng=${language}` } : {}) },
      method: 'POST',
    })
  }
  const uploaded = async (name: string, type: string, bytes: Buffer) => {
    const res = await upload(name, type, bytes)
    const body = (await res.json()) as { doc: Media }
    expect(res.status, JSON.stringify(body)).toBe(201)
    return body.doc
  }

  beforeAll(async () => {
    w = await startWorkflowWorld('headers-uploads')
  })
  afterAll(async () => w?.stop())

  describe('headers', () => {
    const expectCommon = (res: Response) => {
      expect(res.headers.get('x-content-type-options')).toBe('nosniff')
      expect(res.headers.get('referrer-policy')).toBe('no-referrer')
      expect(res.headers.get('x-frame-options')).toMatch(/^(SAMEORIGIN|DENY)$/)
      expect(res.headers.get('content-security-policy')).toMatch(/frame-ancestors '(self|none)'/)
      expect(res.headers.get('x-powered-by')).toBeNull()
    }

    it.each(['/healthz', '/api/articles', '/api/users/me', '/admin', '/no-such-page'])('are on %s', async (path) => {
      const res = await fetch(`${url()}${path}`)
      expectCommon(res)
      expect(res.headers.get('content-security-policy')).toMatch(/object-src 'none'/)
    })

    it('are on feeds, routed and answered from memory alike', async () => {
      for (let i = 0; i < 3; i++) {
        const res = await fetch(`${url()}/feeds/web/rss.xml`)
        expect(res.status).toBe(200)
        expectCommon(res)
        expect(res.headers.get('content-security-policy')).toMatch(/default-src 'none'/)
      }
    })

    it('show images inline and offer anything else as a download, sandboxed and never sniffed', async () => {
      const png = await uploaded('anh.png', 'image/png', PNG)
      const pdf = await uploaded('tai-lieu.pdf', 'application/pdf', PDF)
      const get = (media: Media) => fetch(`${url()}/api/media/file/${encodeURIComponent(media.filename)}`, { headers: { authorization: `JWT ${w.tokens.editor}` } })
      const image = await get(png)
      expect(image.status).toBe(200)
      expect(image.headers.get('content-type')).toBe('image/png')
      expect(image.headers.get('content-disposition')).toMatch(/^inline;/)
      const document = await get(pdf)
      expect(document.status).toBe(200)
      expect(document.headers.get('content-disposition')).toMatch(/^attachment;/)
      for (const res of [image, document]) {
        expectCommon(res)
        expect(res.headers.get('content-security-policy')).toMatch(/default-src 'none'.*sandbox/)
      }
    })
  })

  describe('media files over HTTP', () => {
    const fileUrl = (media: Media, query = '') => `${url()}/api/media/file/${encodeURIComponent(media.filename)}${query}`
    const file = (media: Media, { headers = {}, method = 'GET', query = '', token }: { headers?: Record<string, string>; method?: string; query?: string; token?: string } = {}) =>
      fetch(fileUrl(media, query), { headers: { ...(token ? { authorization: `JWT ${token}` } : {}), ...headers }, method })
    let live: Media
    let draftOnly: Media

    beforeAll(async () => {
      live = await uploaded('anh-bia.png', 'image/png', PNG)
      draftOnly = await uploaded('ban-nhap.mp3', 'audio/mpeg', MP3)
      const created = await api<{ doc: Doc }>(url(), '/api/articles', {
        body: w.complete('articles', { audiences: ['public'], channels: ['web'], heroImage: live.id, title: 'Bài có ảnh bìa' }),
        token: w.tokens.editor,
      })
      expect(created.status).toBe(201)
      expect((await w.act('editor', created.body.doc.id, { action: 'submit' })).status).toBe(200)
      expect((await w.act('reviewer', created.body.doc.id, { action: 'approve' })).status).toBe(200)
    })

    it('answers HEAD with GET’s status and headers and no body, Content-Length equal to the bytes', async () => {
      for (const [media, token] of [[live, undefined], [draftOnly, w.tokens.editor]] as const) {
        const get = await file(media, { token })
        const bytes = Buffer.from(await get.arrayBuffer())
        const head = await file(media, { method: 'HEAD', token })
        expect([get.status, head.status]).toEqual([200, 200])
        expect(Number(get.headers.get('content-length'))).toBe(bytes.length)
        for (const name of ['content-length', 'content-type', 'etag', 'last-modified', 'cache-control', 'accept-ranges', 'x-content-type-options']) {
          expect(head.headers.get(name), name).toBe(get.headers.get(name))
        }
        expect(await head.text()).toBe('')
        expect(get.headers.get('transfer-encoding')).toBeNull()
      }
    })

    it('gives a strong ETag of the bytes and Last-Modified, with 304 for weak and listed tags and for If-Modified-Since', async () => {
      const first = await file(live)
      const etag = first.headers.get('etag')!
      expect(etag).toMatch(/^"[\w-]{32}"$/)
      expect(first.headers.get('x-content-type-options')).toBe('nosniff')
      const lastModified = first.headers.get('last-modified')!
      expect(Date.parse(lastModified)).not.toBeNaN()
      const conditions: Record<string, string>[] = [{ 'if-none-match': etag }, { 'if-none-match': `W/${etag}` }, { 'if-none-match': `"nope", ${etag}` }, { 'if-modified-since': lastModified }]
      for (const headers of conditions) {
        const again = await file(live, { headers })
        expect(again.status, JSON.stringify(headers)).toBe(304)
        expect(again.headers.get('etag')).toBe(etag)
      }
      expect((await file(live, { headers: { 'if-none-match': '"nope"' } })).status).toBe(200)
    })

    it('serves ranges, and the whole file when If-Range names another version', async () => {
      const whole = Buffer.from(await (await file(draftOnly, { token: w.tokens.editor })).arrayBuffer())
      const etag = (await file(draftOnly, { method: 'HEAD', token: w.tokens.editor })).headers.get('etag')!
      const part = await file(draftOnly, { headers: { 'if-range': etag, range: 'bytes=10-19' }, token: w.tokens.editor })
      expect(part.status).toBe(206)
      expect(part.headers.get('content-range')).toBe(`bytes 10-19/${whole.length}`)
      expect(Buffer.from(await part.arrayBuffer()).equals(whole.subarray(10, 20))).toBe(true)
      const stale = await file(draftOnly, { headers: { 'if-range': '"an-old-version"', range: 'bytes=10-19' }, token: w.tokens.editor })
      expect(stale.status).toBe(200)
      expect(Number(stale.headers.get('content-length'))).toBe(whole.length)
      expect((await file(draftOnly, { headers: { range: `bytes=${whole.length}-` }, token: w.tokens.editor })).status).toBe(416)
    })

    it('lets public caches revalidate public media, and no cache keep media read under a login', async () => {
      expect((await file(live)).headers.get('cache-control')).toBe('public, no-cache')
      expect((await file(draftOnly, { token: w.tokens.editor })).headers.get('cache-control')).toBe('private, no-store')
    })

    it.each(['GET', 'HEAD'])('refuses with %s exactly whom GET refuses: anonymous readers, other units, forged signatures', async (method) => {
      expect((await file(draftOnly, { method })).status).toBe(404)
      expect((await file(draftOnly, { method, token: w.tokens.editor2 })).status).toBe(404)
      expect((await file(draftOnly, { method, query: '?access=press&sig=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' })).status).toBe(404)
      expect((await file({ ...draftOnly, filename: 'khong-co.mp3' }, { method, token: w.tokens.admin })).status).toBe(404)
      expect((await file(draftOnly, { method, token: w.tokens.editor })).status).toBe(200)
    })
  })

  describe('HEAD on Payload’s REST routes', () => {
    it('answers as GET does, without a body, and refuses whom GET refuses', async () => {
      const draft = await w.articleIn('draft', { author: 'editor' })
      for (const [path, token, status] of [
        ['/api/articles?limit=1', undefined, 200],
        [`/api/articles/${draft.id}`, undefined, 404],
        [`/api/articles/${draft.id}?draft=true`, w.tokens.editor, 200],
        ['/api/users/me', w.tokens.editor, 200],
        ['/api/no-such-collection', undefined, 404],
      ] as const) {
        const headers = token ? { authorization: `JWT ${token}` } : undefined
        const get = await fetch(`${url()}${path}`, { headers })
        const head = await fetch(`${url()}${path}`, { headers, method: 'HEAD' })
        expect([path, get.status, head.status]).toEqual([path, status, status])
        expect(head.headers.get('content-type')).toBe(get.headers.get('content-type'))
        expect(await head.text()).toBe('')
        await get.body?.cancel()
      }
    })
  })

  describe('uploads by content', () => {
    it('stores a PNG, a PDF and an MP3 under the type their bytes have', async () => {
      expect((await uploaded('anh.png', 'image/png', PNG)).mimeType).toBe('image/png')
      expect((await uploaded('tai-lieu.pdf', 'application/pdf', PDF)).mimeType).toBe('application/pdf')
      expect((await uploaded('ban-tin.mp3', 'audio/mpeg', MP3)).mimeType).toBe('audio/mpeg')
    })

    it.each([
      ['text named and sent as MP3', 'ghi-am.mp3', 'audio/mpeg', TEXT, 'Nội dung tệp không phải ảnh, âm thanh, video hay PDF được hỗ trợ'],
      ['text named and sent as PDF', 'cong-van.pdf', 'application/pdf', TEXT, 'Nội dung tệp không phải ảnh, âm thanh, video hay PDF được hỗ trợ'],
      ['a PDF sent as MP3', 'ghi-am.mp3', 'audio/mpeg', PDF, 'Nội dung tệp là application/pdf, không khớp'],
      ['an MP3 sent as a PNG', 'anh.png', 'image/png', MP3, 'Nội dung tệp là audio/mpeg, không khớp'],
      ['a PNG sent as a PDF', 'cong-van.pdf', 'application/pdf', PNG, 'Nội dung tệp là image/png, không khớp'],
    ])('refuses %s with a 400 in Vietnamese, storing nothing', async (_case, name, type, bytes, message) => {
      const before = await countMedia()
      const res = await upload(name, type, bytes)
      expect(res.status).toBe(400)
      expect(JSON.stringify(await res.json())).toContain(message)
      expect(await countMedia()).toBe(before)
    })

    it('tells an English user in English', async () => {
      const res = await upload('ghi-am.mp3', 'audio/mpeg', TEXT, { language: 'en' })
      expect(res.status).toBe(400)
      expect(JSON.stringify(await res.json())).toContain('checked by its bytes, not its name')
    })
  })

  describe('what each field takes', () => {
    it('refuses an MP3 or a PDF as an article’s hero image, and takes a picture', async () => {
      const item = await w.articleIn('draft', { author: 'editor' })
      const patch = (heroImage: number | string, cookie?: string) =>
        fetch(`${url()}/api/articles/${item.id}`, {
          body: JSON.stringify({ heroImage }),
          headers: { authorization: `JWT ${w.tokens.editor}`, 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
          method: 'PATCH',
        })
      const mp3 = await uploaded('ban-tin.mp3', 'audio/mpeg', MP3)
      const pdf = await uploaded('tai-lieu.pdf', 'application/pdf', PDF)
      const png = await uploaded('anh.png', 'image/png', PNG)
      const refused = await patch(mp3.id)
      expect(refused.status).toBe(400)
      expect(JSON.stringify(await refused.json())).toContain('Tư liệu không đúng loại cho heroImage')
      const inEnglish = await patch(pdf.id, 'payload-lng=en')
      expect(inEnglish.status).toBe(400)
      expect(JSON.stringify(await inEnglish.json())).toContain('wrong type for heroImage')
      const stored = await api<Doc>(url(), `/api/articles/${item.id}?draft=true&depth=0`, { token: w.tokens.editor })
      expect(stored.body.heroImage ?? null).toBeNull()
      expect((await patch(png.id)).status).toBe(200)
    })
  })
})
