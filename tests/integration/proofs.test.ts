// Slogan print proofs over real HTTP: every Plan 232 slogan in both languages, HTTP semantics (HEAD, Content-Length,
// validators and 304, ranges), read access for GET and HEAD alike, bad parameters.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { toFeedItem } from '../../src/feeds/toFeedItem'
import { PROOF_COLOR_DEFAULTS } from '../../globals/ProofSettings'
import { PRINT_SHEETS } from '../../src/proofs/formats'
import { DEFAULT_PROOF_COLORS } from '../../src/proofs/renderSloganProof'
import { PLAN_232_SLOGANS } from '../../src/seed/plan-232'
import { api } from '../helpers/api'
import { type Doc, startWorkflowWorld, type WorkflowWorld } from '../helpers/workflow'

type Id = number | string

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Uint8Array): { width: number; height: number } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  return { width: view.getUint32(16), height: view.getUint32(20) }
}
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]

describe('slogan proofs', () => {
  let w: WorkflowWorld
  const slogans = new Map<number, Id>()
  let draft: Doc
  const get = (path: string, { headers = {}, method = 'GET', token }: { headers?: Record<string, string>; method?: string; token?: string } = {}) =>
    fetch(`${w.server.url}${path}`, { headers: { ...(token ? { authorization: `JWT ${token}` } : {}), ...headers }, method })

  beforeAll(async () => {
    w = await startWorkflowWorld('proofs')
    const { docs } = await w.t.payload.find({ collection: 'slogans', depth: 0, limit: 50, overrideAccess: true })
    for (const doc of docs) slogans.set(doc.number, doc.id)
    const created = await api<{ doc: Doc }>(w.server.url, '/api/slogans', {
      body: { audiences: ['public'], number: 20, text: 'Khẩu hiệu còn là bản nháp' },
      token: w.tokens.editor,
    })
    draft = created.body.doc
  })
  afterAll(async () => w?.stop())

  // Banner and pano for all eight in both languages (as PNG), the poster as SVG: 32 renderings, a few seconds.
  it.each(PLAN_232_SLOGANS.flatMap((s) => (['vi', 'en'] as const).map((locale) => [s.number, locale] as const)))(
    'renders slogan %i in %s as banner and pano PNG and poster SVG',
    async (number, locale) => {
      const id = slogans.get(number)!
      for (const format of ['banner', 'pano'] as const) {
        const res = await get(`/api/slogans/${id}/proof?format=${format}&locale=${locale}`)
        expect(res.status).toBe(200)
        expect(res.headers.get('content-type')).toBe('image/png')
        expect(res.headers.get('etag')).toMatch(/^"[\w-]{43}"$/)
        const bytes = new Uint8Array(await res.arrayBuffer())
        expect([...bytes.slice(0, 8)]).toEqual(PNG_SIGNATURE)
        expect(pngSize(bytes)).toEqual({ width: PRINT_SHEETS[format].widthPx, height: PRINT_SHEETS[format].heightPx })
      }
      const svg = await get(`/api/slogans/${id}/proof?format=poster&locale=${locale}&type=svg`)
      expect(svg.status).toBe(200)
      expect(svg.headers.get('content-type')).toBe('image/svg+xml')
      const text = await svg.text()
      expect(text).toMatch(/^<svg width="420mm" height="594mm"/)
      expect(text).toContain(`viewBox="0 0 ${PRINT_SHEETS.poster.widthPx} ${PRINT_SHEETS.poster.heightPx}"`)
      const expected = PLAN_232_SLOGANS.find((s) => s.number === number)!.text[locale].toLocaleUpperCase('vi')
      expect(text).toContain(`<title>${expected.replace(/&/g, '&amp;')}</title>`)
    },
  )

  it('renders the poster PNG at A2, 150 dpi', async () => {
    const res = await get(`/api/slogans/${slogans.get(1)}/proof?format=poster`)
    expect(res.status).toBe(200)
    expect(pngSize(new Uint8Array(await res.arrayBuffer()))).toEqual({ width: 2480, height: 3508 })
  })

  it('answers 304 to a matching If-None-Match, and 200 with new bytes when the colours change', async () => {
    const path = `/api/slogans/${slogans.get(2)}/proof?format=banner&locale=vi`
    const first = await get(path)
    const etag = first.headers.get('etag')!
    const again = await get(path, { headers: { 'if-none-match': etag } })
    expect(again.status).toBe(304)
    expect(again.headers.get('etag')).toBe(etag)
    expect(await again.text()).toBe('')
    expect((await get(path, { headers: { 'if-none-match': '"something-else"' } })).status).toBe(200)

    await w.t.payload.updateGlobal({ slug: 'proof-settings', data: { background: '#FFFFFF', text: '#C00000' }, overrideAccess: true })
    const recoloured = await get(path, { headers: { 'if-none-match': etag } })
    expect(recoloured.status).toBe(200)
    expect(recoloured.headers.get('etag')).not.toBe(etag)
    await w.t.payload.updateGlobal({ slug: 'proof-settings', data: { background: '#DA251D', text: '#FFFF00' }, overrideAccess: true })
  })

  it('is served like a file: Content-Length, a strong ETag and Last-Modified, HEAD without the body, nosniff', async () => {
    const path = `/api/slogans/${slogans.get(3)}/proof?format=banner&locale=vi`
    const res = await get(path)
    const bytes = new Uint8Array(await res.arrayBuffer())
    expect(Number(res.headers.get('content-length'))).toBe(bytes.length)
    expect(res.headers.get('transfer-encoding')).toBeNull()
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    expect(res.headers.get('accept-ranges')).toBe('bytes')
    expect(Date.parse(res.headers.get('last-modified')!)).not.toBeNaN()
    const head = await get(path, { method: 'HEAD' })
    expect(head.status).toBe(200)
    for (const name of ['content-length', 'content-type', 'etag', 'last-modified', 'cache-control', 'content-disposition']) {
      expect(head.headers.get(name), name).toBe(res.headers.get(name))
    }
    expect(await head.text()).toBe('')
  })

  it('answers 304 to a weak or listed If-None-Match and to If-Modified-Since, and serves byte ranges with If-Range', async () => {
    const path = `/api/slogans/${slogans.get(4)}/proof?format=pano&locale=en`
    const first = await get(path)
    const whole = Buffer.from(await first.arrayBuffer())
    const etag = first.headers.get('etag')!
    const lastModified = first.headers.get('last-modified')!
    const conditions: Record<string, string>[] = [{ 'if-none-match': `W/${etag}` }, { 'if-none-match': `"x", ${etag}` }, { 'if-none-match': '*' }, { 'if-modified-since': lastModified }]
    for (const headers of conditions) {
      const again = await get(path, { headers, method: 'HEAD' })
      expect(again.status, JSON.stringify(headers)).toBe(304)
      expect(again.headers.get('etag')).toBe(etag)
    }
    const part = await get(path, { headers: { 'if-range': etag, range: 'bytes=0-99' } })
    expect(part.status).toBe(206)
    expect(part.headers.get('content-range')).toBe(`bytes 0-99/${whole.length}`)
    expect(Buffer.from(await part.arrayBuffer()).equals(whole.subarray(0, 100))).toBe(true)
    expect((await get(path, { headers: { 'if-range': '"older"', range: 'bytes=0-99' } })).status).toBe(200)
    expect((await get(path, { headers: { range: `bytes=${whole.length}-` } })).status).toBe(416)
    expect((await get(path, { headers: { 'if-match': '"older"' } })).status).toBe(412)
  })

  it.each(['GET', 'HEAD'])('refuses with %s whom GET refuses', async (method) => {
    expect((await get(`/api/slogans/${draft.id}/proof?format=banner`, { method })).status).toBe(401)
    expect((await get(`/api/slogans/${draft.id}/proof?format=banner`, { method, token: w.tokens.editor2 })).status).toBe(404)
    expect((await get('/api/slogans/999999/proof?format=banner', { method, token: w.tokens.admin })).status).toBe(404)
    expect((await get(`/api/slogans/${slogans.get(1)}/proof?format=flag`, { method })).status).toBe(400)
    expect((await get(`/api/slogans/${draft.id}/proof?format=banner`, { method, token: w.tokens.editor })).status).toBe(200)
  })

  it('refuses anonymous readers a draft slogan, and serves it to its unit’s editor', async () => {
    expect((await get(`/api/slogans/${draft.id}/proof?format=banner`)).status).toBe(401)
    expect((await get(`/api/slogans/${draft.id}/proof?format=banner`, { token: w.tokens.editor2 })).status).toBe(404)
    const own = await get(`/api/slogans/${draft.id}/proof?format=banner`, { token: w.tokens.editor })
    expect(own.status).toBe(200)
    expect(own.headers.get('cache-control')).toBe('private, no-cache')
  })

  it('answers 401 anonymous and 404 logged in for a slogan that does not exist', async () => {
    expect((await get('/api/slogans/999999/proof?format=banner')).status).toBe(401)
    expect((await get('/api/slogans/999999/proof?format=banner', { token: w.tokens.admin })).status).toBe(404)
  })

  it.each([
    ['', 'format'],
    ['format=flag', 'format'],
    ['format=banner&locale=fr', 'locale'],
    ['format=banner&type=jpg', 'type'],
    ['format=banner&scale=4', 'scale'],
    ['format=banner&format=poster', 'format'],
  ])('refuses ?%s with 400 naming %s', async (query, name) => {
    const res = await get(`/api/slogans/${slogans.get(1)}/proof?${query}`)
    expect(res.status).toBe(400)
    const body = (await res.json()) as { issues: string[] }
    expect(body.issues.join('\n')).toMatch(new RegExp(`^${name}:`, 'm'))
  })

  it('lets only admins change the proof colours, and only to #RRGGBB', async () => {
    expect(PROOF_COLOR_DEFAULTS).toEqual(DEFAULT_PROOF_COLORS)
    const set = (token: string, data: Record<string, string>) => api(w.server.url, '/api/globals/proof-settings', { body: data, token })
    expect((await set(w.tokens.editor, { background: '#000000' })).status).toBe(403)
    expect((await set(w.tokens.admin, { background: 'red' })).status).toBe(400)
    const read = await api<{ background: string; text: string }>(w.server.url, '/api/globals/proof-settings', { token: w.tokens.editor })
    expect(read.body).toMatchObject({ background: '#DA251D', text: '#FFFF00' })
  })

  it('attaches the three proofs to slogan feed items as renditions that resolve', async () => {
    // Plan 232's display window is in 2023, so the live feeds no longer carry these slogans; map one directly.
    const doc = await w.t.payload.findByID({ collection: 'slogans', depth: 1, id: slogans.get(5)!, locale: 'en', overrideAccess: true })
    const item = toFeedItem({ collection: 'slogans', doc: doc as never, language: 'en', serverURL: 'https://nguon.example' })
    expect(item.images.map((i) => [i.rendition, i.width, i.height])).toEqual([
      ['banner', 3000, 400],
      ['poster', 2480, 3508],
      ['pano', 3000, 1500],
    ])
    const banner = item.images[0]!
    expect(banner.url).toBe(`https://nguon.example/api/slogans/${doc.id}/proof?format=banner&locale=en`)
    const res = await get(banner.url.replace('https://nguon.example', ''))
    expect(res.status).toBe(200)
    expect(pngSize(new Uint8Array(await res.arrayBuffer()))).toEqual({ width: 3000, height: 400 })
  })
})
