// Loudspeaker bulletins over real HTTP: assembly job, review workflow, espeak-ng audio, recordings, and the audio feeds
// read by an independent podcast parser (feedsmith), with every file they point to fetched by GET and HEAD.
import { readFileSync } from 'node:fs'
import path from 'node:path'

import { XMLValidator } from 'fast-xml-parser'
import { parseRssFeed } from 'feedsmith'
import Parser from 'rss-parser'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { mp3DurationSeconds } from '../../src/audio/mp3Duration'
import { lexicalFromText } from '../../src/content/lexical'
import { synthesizeMp3 } from '../../src/audio/synthesize'
import { api } from '../helpers/api'
import { configureBroadcast } from '../helpers/broadcast'
import { walkMp3Frames } from '../unit/audio/mp3Frames'
import { type Doc, startWorkflowWorld, type WorkflowWorld } from '../helpers/workflow'

type Bulletin = Doc & {
  audio?: null | number | { id: number; filename: string }
  audioBytes?: number
  audioSeconds?: number
  audioSource?: string
  items?: { relationTo: string; value: number | { id: number } }[]
  priority?: string
  readAloudSeconds?: number
  script?: string
  slot?: string
  workflowStatus?: string
}
type JsonFeed = { items: { attachments?: { url: string; mime_type: string; size_in_bytes: number; duration_in_seconds: number }[]; id: string; _nguon: Record<string, unknown> }[]; version: string }

const rssParser = new Parser<Record<string, unknown>, { itunes?: { duration?: string } }>()
// The feeds name files under SERVER_URL; the suite's server listens elsewhere, so the path is fetched from it.
const onTestServer = (base: string, absolute: string) => `${base}${new URL(absolute).pathname}`
/** Width and height from a PNG's IHDR chunk. */
const pngSize = (bytes: Buffer) => ({ height: bytes.readUInt32BE(20), width: bytes.readUInt32BE(16) })
const PODCAST_SETTINGS = {
  ownerEmail: 'loa@hatinh.example.vn',
  ownerName: 'Sở Thông tin và Truyền thông Hà Tĩnh',
  provinceName: 'Hà Tĩnh',
  summary: 'Bản tin loa truyền thanh cơ sở đã duyệt, kèm bản chữ.',
  title: 'Bản tin loa truyền thanh tỉnh Hà Tĩnh',
}
const itemKeys = (b: Bulletin) => (b.items ?? []).map((i) => `${i.relationTo}:${typeof i.value === 'object' ? i.value.id : i.value}`)

describe('loudspeaker bulletins', () => {
  let w: WorkflowWorld
  const tokens: Record<string, string> = {}
  const url = () => w.server.url
  const feed = (p: string, { headers = {}, token }: { headers?: Record<string, string>; token?: string } = {}) =>
    fetch(`${url()}${p}`, { headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers } })
  const runBulletinJobs = () => w.t.payload.jobs.run({ queue: 'bulletins' })
  const readDraft = async (id: Doc['id']) => (await w.t.payload.findByID({ collection: 'bulletins', depth: 1, draft: true, id, overrideAccess: true })) as unknown as Bulletin
  const mediaFile = (filename: string) => readFileSync(path.join(w.t.dataDir, 'media', filename))

  /** An item written by editor@ and published through review. */
  const publish = async (collection: string, data: Record<string, unknown>) => {
    const created = await api<{ doc: Doc }>(url(), `/api/${collection}`, { body: w.complete(collection, data), token: w.tokens.editor })
    if (created.status !== 201) throw new Error(JSON.stringify(created.body))
    const id = created.body.doc.id
    expect((await w.act('editor', id, { action: 'submit' }, collection)).status).toBe(200)
    expect((await w.act('reviewer', id, { action: 'approve' }, collection)).status).toBe(200)
    return id
  }

  /** Runs the assembly task through the jobs queue; answers with the bulletin it made, if any. */
  const assemble = async (now?: Date) => {
    const newest = async () =>
      (await w.t.payload.find({ collection: 'bulletins', depth: 0, draft: true, limit: 1, overrideAccess: true, sort: '-createdAt' })).docs[0]?.id
    const before = await newest()
    const job = await w.t.payload.jobs.queue({ input: now ? { now: now.toISOString() } : {}, queue: 'bulletins', task: 'assembleBulletin' })
    const run = await runBulletinJobs()
    expect(run.jobStatus?.[String(job.id)]?.status).toBe('success')
    const after = await newest()
    return after !== before ? { bulletin: after!, result: 'created' } : { result: 'none' }
  }

  beforeAll(async () => {
    w = await startWorkflowWorld('bulletins')
    const make = async (name: string, data: Record<string, unknown>) => {
      const doc = await w.t.payload.create({ collection: 'outlets', data: { name, ...data } as never, overrideAccess: true })
      const res = await api<{ token: string }>(url(), `/api/outlets/${doc.id}/token`, { body: {}, token: w.tokens.admin })
      tokens[name] = res.body.token
    }
    await make('commune', { accessLevel: 'public', channels: ['loudspeaker'], kind: 'loudspeaker-network' })
    await make('paper', { accessLevel: 'public', channels: ['newspaper'], kind: 'newspaper' })
    await make('closed', { accessLevel: 'public', active: false, channels: ['loudspeaker'], kind: 'loudspeaker-network' })
    await configureBroadcast(w, { intro: 'Kính thưa bà con.', outro: 'Hết bản tin.' })
  })
  afterAll(async () => w?.stop())

  /** GET and HEAD of a file a feed points to: both 200 with the same headers, Content-Length the bytes GET received. */
  const fetchBoth = async (absolute: string, type: string) => {
    const address = onTestServer(url(), absolute) + new URL(absolute).search
    const get = await fetch(address)
    const bytes = Buffer.from(await get.arrayBuffer())
    const head = await fetch(address, { method: 'HEAD' })
    expect([absolute, get.status, head.status]).toEqual([absolute, 200, 200])
    expect(get.headers.get('content-type')).toBe(type)
    expect(Number(get.headers.get('content-length'))).toBe(bytes.length)
    expect(get.headers.get('transfer-encoding')).toBeNull()
    expect(get.headers.get('x-content-type-options')).toBe('nosniff')
    for (const name of ['content-length', 'content-type', 'etag', 'last-modified', 'cache-control']) expect(head.headers.get(name), name).toBe(get.headers.get(name))
    expect(get.headers.get('etag')).toMatch(/^"[\w-]+"$/)
    expect(await head.text()).toBe('')
    return { bytes, get }
  }

  let bulletinId: Doc['id']
  let normal: Doc['id']
  let urgent: Doc['id']
  let extra: Doc['id']

  it('gives an empty podcast the settings’ date, never 1 January 1970', async () => {
    await w.t.payload.updateGlobal({ data: { podcast: PODCAST_SETTINGS } as never, overrideAccess: true, slug: 'broadcast-settings' })
    const settings = (await w.t.payload.findGlobal({ overrideAccess: true, slug: 'broadcast-settings' })) as unknown as { updatedAt: string }
    for (const file of ['podcast.xml', 'bulletins.json']) {
      const res = await feed(`/feeds/loudspeaker/${file}`, { token: tokens.commune })
      expect(res.status).toBe(200)
      const text = await res.text()
      expect(text).not.toMatch(/1970/)
      expect(res.headers.get('last-modified')).toBe(new Date(Math.floor(Date.parse(settings.updatedAt) / 1000) * 1000).toUTCString())
    }
    const xml = await (await feed('/feeds/loudspeaker/podcast.xml', { token: tokens.commune })).text()
    expect(parseRssFeed(xml).items ?? []).toHaveLength(0)
    expect(xml).toContain(`<lastBuildDate>${new Date(settings.updatedAt).toUTCString()}</lastBuildDate>`)
  })

  it('assembles a draft for the next slot from published loudspeaker items, highest priority first, within the maximum length', async () => {
    normal = await publish('articles', { audiences: ['public'], body: lexicalFromText('Mời bà con đến nhà văn hóa.'), channels: ['loudspeaker'], title: 'Họp dân tối nay' })
    urgent = await publish('articles', { audiences: ['public'], body: lexicalFromText('Nước sông lên nhanh.'), channels: ['loudspeaker', 'radio'], priority: 'priority', title: 'Cảnh báo lũ' })
    await publish('articles', { audiences: ['public'], channels: ['newspaper'], title: 'Chỉ cho báo in' })
    await publish('articles', { audiences: ['public'], channels: ['loudspeaker'], body: lexicalFromText('Một đoạn rất dài về nhiều việc. '.repeat(80)), title: 'Quá dài cho bản tin' })
    await api(url(), '/api/articles', { body: { audiences: ['public'], channels: ['loudspeaker'], title: 'Bản nháp chưa duyệt' }, token: w.tokens.editor })

    const outcome = await assemble()
    expect(outcome.result).toBe('created')
    bulletinId = outcome.bulletin!
    const bulletin = await readDraft(bulletinId)
    expect(itemKeys(bulletin)).toEqual([`articles:${urgent}`, `articles:${normal}`])
    expect(bulletin).toMatchObject({ priority: 'priority', workflowStatus: 'draft' })
    // Each item's block ends a sentence in the script (issue 11: spoken text keeps its structure).
    expect(bulletin.script).toBe('Kính thưa bà con.\n\nCảnh báo lũ.\n\nNước sông lên nhanh.\n\nHọp dân tối nay.\n\nMời bà con đến nhà văn hóa.\n\nHết bản tin.')
    expect(bulletin.readAloudSeconds).toBeGreaterThan(0)
    expect(bulletin.readAloudSeconds).toBeLessThanOrEqual(120)
    expect((await assemble()).result).toBe('none')
  })

  it('lets the editor reorder, cut and add items; the script follows', async () => {
    extra = await publish('articles', { audiences: ['public'], body: lexicalFromText('Tiêm vào sáng thứ bảy.'), channels: ['loudspeaker'], title: 'Tiêm phòng cho gia súc' })
    const items = [
      { relationTo: 'articles', value: extra },
      { relationTo: 'articles', value: urgent },
    ]
    const res = await api<{ doc: Bulletin }>(url(), `/api/bulletins/${bulletinId}`, { body: { items }, method: 'PATCH', token: w.tokens.editor })
    expect(res.status).toBe(200)
    const bulletin = await readDraft(bulletinId)
    expect(bulletin.script).toBe('Kính thưa bà con.\n\nTiêm phòng cho gia súc.\n\nTiêm vào sáng thứ bảy.\n\nCảnh báo lũ.\n\nNước sông lên nhanh.\n\nHết bản tin.')
    const refused = await api(url(), `/api/bulletins/${bulletinId}`, {
      body: { items: [{ relationTo: 'articles', value: (await api<{ doc: Doc }>(url(), '/api/articles', { body: { audiences: ['public'], channels: ['loudspeaker'], title: 'Nháp' }, token: w.tokens.editor })).body.doc.id }] },
      method: 'PATCH',
      token: w.tokens.editor,
    })
    expect(refused.status).toBe(400)
  })

  it('generates the audio with espeak-ng, storing the real duration and size of the MP3 and reporting progress', async () => {
    expect((await api(url(), `/api/bulletins/${bulletinId}/audio`, { body: {} })).status).toBe(401)
    // Another unit's editor does not see the draft at all; a reviewer sees it but does not make its audio.
    expect((await api(url(), `/api/bulletins/${bulletinId}/audio`, { body: {}, token: w.tokens.editor2 })).status).toBe(404)
    expect((await api(url(), `/api/bulletins/${bulletinId}/audio`, { body: {}, token: w.tokens.reviewer })).status).toBe(403)
    const queued = await api<{ audioStatus: string }>(url(), `/api/bulletins/${bulletinId}/audio`, { body: {}, token: w.tokens.editor })
    expect(queued.status).toBe(202)
    expect((await api(url(), `/api/bulletins/${bulletinId}/audio`, { body: {}, token: w.tokens.editor })).status).toBe(409)
    const started = Date.now()
    await runBulletinJobs()
    const elapsed = Date.now() - started
    const made = await readDraft(bulletinId)
    console.info(`bulletin audio generated in ${elapsed} ms: ${made.audioSeconds} s of speech, ${made.audioBytes} bytes`)
    const state = await api<{ audioProgress: number; audioStatus: string; audioUrl: string }>(url(), `/api/bulletins/${bulletinId}/audio`, { token: w.tokens.editor })
    expect(state.body).toMatchObject({ audioProgress: 100, audioStatus: 'ready' })
    const bulletin = await readDraft(bulletinId)
    expect(bulletin.audioSource).toBe('synthetic')
    expect(itemKeys(bulletin)).toHaveLength(2)
    const file = mediaFile((bulletin.audio as { filename: string }).filename)
    expect(bulletin.audioBytes).toBe(file.byteLength)
    // The unit's editor plays the draft's audio in the admin (the audio belongs to the bulletin's unit); nobody else does.
    expect(state.body.audioUrl).toMatch(/\.mp3$/)
    const played = await fetch(onTestServer(url(), state.body.audioUrl), { headers: { authorization: `JWT ${w.tokens.editor}` } })
    expect(played.status).toBe(200)
    expect(Buffer.from(await played.arrayBuffer()).equals(file)).toBe(true)
    for (const who of [undefined, w.tokens.editor2]) {
      const refused = await fetch(onTestServer(url(), state.body.audioUrl), { headers: who ? { authorization: `JWT ${who}` } : {} })
      expect(refused.status, who ? 'editor of another unit' : 'anonymous').toBe(404) // as for media that does not exist: nothing learnt
    }
    expect(bulletin.audioSeconds).toBeCloseTo(mp3DurationSeconds(file), 2)
    // Decodes: every frame header parses and the frames cover the file to its last byte.
    expect(walkMp3Frames(file).seconds).toBeCloseTo(mp3DurationSeconds(file), 6)
    expect(bulletin.audioSeconds).toBeGreaterThan(2)
    expect(bulletin.audioSeconds).toBeLessThan(30)
  })

  it('drops audio that was being made when the bulletin was submitted: nothing under review changes', async () => {
    const created = await api<{ doc: Bulletin }>(url(), '/api/bulletins', {
      body: { audiences: ['public'], date: '2031-01-02T00:00:00.000+07:00', items: [{ relationTo: 'articles', value: normal }], slot: '17:30' },
      token: w.tokens.editor,
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const id = created.body.doc.id
    expect((await api(url(), `/api/bulletins/${id}/audio`, { body: {}, token: w.tokens.editor })).status).toBe(202)
    expect((await w.act('editor', id, { action: 'submit' }, 'bulletins')).status).toBe(200)
    const mediaBefore = (await w.t.payload.count({ collection: 'media', overrideAccess: true })).totalDocs
    const versionsBefore = (await w.t.payload.countVersions({ collection: 'bulletins', overrideAccess: true, where: { parent: { equals: id } } })).totalDocs
    await runBulletinJobs()
    const after = await readDraft(id)
    expect(after.workflowStatus).toBe('in_review')
    expect(after.audio ?? null).toBeNull()
    expect((await w.t.payload.count({ collection: 'media', overrideAccess: true })).totalDocs).toBe(mediaBefore)
    expect((await w.t.payload.countVersions({ collection: 'bulletins', overrideAccess: true, where: { parent: { equals: id } } })).totalDocs).toBe(versionsBefore)
    const state = await api<{ audioError: string; audioStatus: string }>(url(), `/api/bulletins/${id}/audio`, { token: w.tokens.editor })
    expect(state.body.audioStatus).toBe('failed')
    expect(state.body.audioError).toMatch(/gửi duyệt/)
  })

  it('goes through the same review workflow, recorded as workflow events', async () => {
    expect((await w.act('editor', bulletinId, { action: 'submit' }, 'bulletins')).status).toBe(200)
    expect((await w.act('editor', bulletinId, { action: 'approve' }, 'bulletins')).status).toBe(403)
    const approved = await w.act('reviewer', bulletinId, { action: 'approve' }, 'bulletins')
    expect(approved.status, JSON.stringify(approved.body)).toBe(200)
    expect(approved.body.doc.workflowStatus).toBe('published')
    const events = await api<{ docs: { action: string }[] }>(url(), `/api/workflow-events?where[itemCollection][equals]=bulletins&where[itemId][equals]=${bulletinId}`, { token: w.tokens.reviewer })
    expect(events.body.docs.map((e) => e.action).sort()).toEqual(['approve', 'submit'])
    expect((await api(url(), `/api/bulletins/${bulletinId}/audio`, { body: {}, token: w.tokens.editor })).status).toBe(409)
  })

  it('serves a podcast that strict parsers accept, whose enclosure length is the bytes served', async () => {
    const res = await feed('/feeds/loudspeaker/podcast.xml', { token: tokens.commune })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('application/rss+xml; charset=utf-8')
    const xml = await res.text()
    expect(XMLValidator.validate(xml)).toBe(true)
    const parsed = await rssParser.parseString(xml)
    const item = parsed.items.find((i) => i.guid === `urn:nguon:bulletins:${bulletinId}`)!
    expect(item.enclosure?.type).toBe('audio/mpeg')
    expect((item.categories as unknown as ({ _: string } | string)[]).map((c) => (typeof c === 'string' ? c : c._))).toContain('priority')
    expect(item.enclosure!.url).toMatch(/\/api\/media\/file\/ban-tin-.+\.mp3$/)
    const audio = await fetch(onTestServer(url(), item.enclosure!.url))
    expect(audio.status).toBe(200)
    const bytes = Buffer.from(await audio.arrayBuffer())
    expect(audio.headers.get('content-length')).toBe(item.enclosure!.length)
    expect(Number(item.enclosure!.length)).toBe(bytes.byteLength)
    expect(Number(item.itunes?.duration)).toBe(Math.max(1, Math.round(mp3DurationSeconds(bytes))))
  })

  it('is read by a podcast app: cover, owner, summary, GUID; each episode’s enclosure, cover and transcript answer GET and HEAD', async () => {
    const xml = await (await feed('/feeds/loudspeaker/podcast.xml', { token: tokens.commune })).text()
    const podcast = parseRssFeed(xml)
    expect(podcast.title).toBe(PODCAST_SETTINGS.title)
    expect(podcast.itunes?.owner).toEqual({ email: PODCAST_SETTINGS.ownerEmail, name: PODCAST_SETTINGS.ownerName })
    expect(podcast.itunes?.author).toBe(PODCAST_SETTINGS.ownerName)
    expect(podcast.itunes?.summary).toBe(PODCAST_SETTINGS.summary)
    expect(podcast.podcast?.guid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
    expect(podcast.image?.url).toBe(podcast.itunes?.image)

    const cover = await fetchBoth(podcast.itunes!.image!, 'image/png')
    expect(pngSize(cover.bytes)).toEqual({ height: 3000, width: 3000 })
    expect(cover.get.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
    const coverAgain = await fetch(onTestServer(url(), podcast.itunes!.image!), { headers: { 'if-none-match': cover.get.headers.get('etag')! } })
    expect(coverAgain.status).toBe(304)

    const episodes = podcast.items ?? []
    expect(episodes.map((e) => e.guid?.value)).toContain(`urn:nguon:bulletins:${bulletinId}`)
    for (const episode of episodes) {
      expect(episode.itunes?.image).toBe(podcast.itunes!.image)
      const [enclosure] = episode.enclosures!
      const audio = await fetchBoth(enclosure!.url!, 'audio/mpeg')
      expect(audio.bytes.length).toBe(enclosure!.length)
      expect(Number(episode.itunes?.duration)).toBe(Math.max(1, Math.round(mp3DurationSeconds(audio.bytes))))
      const [transcript] = episode.podcast!.transcripts!
      expect(transcript).toMatchObject({ language: 'vi', type: 'text/plain' })
      const text = await fetchBoth(transcript!.url!, 'text/plain; charset=utf-8')
      const docId = /urn:nguon:bulletins:(.+)$/.exec(episode.guid!.value!)![1]!
      const live = (await w.t.payload.findByID({ collection: 'bulletins', depth: 0, id: docId, overrideAccess: true })) as unknown as Bulletin
      expect(text.bytes.toString('utf8')).toBe(`${live.script!.trim()}\n`)
    }
  })

  it('gives a new cover a new address when the settings change, and the old one is gone', async () => {
    const coverOf = async () => parseRssFeed(await (await feed('/feeds/loudspeaker/podcast.xml', { token: tokens.commune })).text()).itunes!.image!
    const before = await coverOf()
    await w.t.payload.updateGlobal({ data: { podcast: { ...PODCAST_SETTINGS, title: 'Loa Hà Tĩnh' } } as never, overrideAccess: true, slug: 'broadcast-settings' })
    const after = await coverOf()
    expect(after).not.toBe(before)
    expect((await fetch(onTestServer(url(), before), { method: 'HEAD' })).status).toBe(404)
    expect((await fetch(onTestServer(url(), after), { method: 'HEAD' })).status).toBe(200)
    await w.t.payload.updateGlobal({ data: { podcast: PODCAST_SETTINGS } as never, overrideAccess: true, slug: 'broadcast-settings' })
    expect(await coverOf()).toBe(before)
  })

  it('lets whoever may hear a press-only episode read its transcript, and nobody else, by GET or HEAD', async () => {
    const pressOutlet = await w.t.payload.create({ collection: 'outlets', data: { accessLevel: 'press', channels: ['loudspeaker'], kind: 'loudspeaker-network', name: 'press-speakers' } as never, overrideAccess: true })
    tokens['press-speakers'] = (await api<{ token: string }>(url(), `/api/outlets/${pressOutlet.id}/token`, { body: {}, token: w.tokens.admin })).body.token
    const setAudiences = (audiences: string[]) =>
      w.t.payload.update({ collection: 'bulletins', context: { nguonWorkflowWrite: true }, data: { audiences } as never, draft: false, id: bulletinId, overrideAccess: true })
    await setAudiences(['press'])
    try {
      const plain = `${url()}/feeds/loudspeaker/transcripts/${bulletinId}.txt`
      const podcast = parseRssFeed(await (await feed('/feeds/loudspeaker/podcast.xml', { token: tokens['press-speakers'] })).text())
      const episode = podcast.items!.find((e) => e.guid?.value === `urn:nguon:bulletins:${bulletinId}`)!
      const signed = episode.podcast!.transcripts![0]!.url!
      expect(signed).toMatch(/\?access=press&sig=[\w-]+$/)
      await fetchBoth(signed, 'text/plain; charset=utf-8')
      expect((await fetch(onTestServer(url(), signed) + new URL(signed).search)).headers.get('cache-control')).toBe('private, no-store')
      const publicPodcast = await (await feed('/feeds/loudspeaker/podcast.xml', { token: tokens.commune })).text()
      expect(publicPodcast).not.toContain(`urn:nguon:bulletins:${bulletinId}<`)
      const sig = new URL(signed).searchParams.get('sig')
      for (const method of ['GET', 'HEAD']) {
        expect((await fetch(plain, { method })).status).toBe(404)
        expect((await fetch(`${plain}?access=internal&sig=${sig}`, { method })).status).toBe(404)
        expect((await fetch(`${plain}?access=public&sig=${sig}`, { method })).status).toBe(404)
        expect((await fetch(`${plain}?access=press&sig=${sig!.slice(0, -2)}AA`, { method })).status).toBe(404)
        expect((await fetch(plain, { headers: { authorization: `JWT ${w.tokens.editor}` }, method })).status).toBe(200)
      }
    } finally {
      await setAudiences(['public'])
    }
  })

  it('serves bulletins.json with attachments, sizes, durations and the slot and priority', async () => {
    const res = await feed('/feeds/loudspeaker/bulletins.json', { token: tokens.commune })
    expect(res.headers.get('content-type')).toBe('application/feed+json; charset=utf-8')
    const body = (await res.json()) as JsonFeed
    expect(body.version).toBe('https://jsonfeed.org/version/1.1')
    const item = body.items.find((i) => i.id === `urn:nguon:bulletins:${bulletinId}`)!
    const [attachment] = item.attachments!
    expect(attachment).toMatchObject({ mime_type: 'audio/mpeg' })
    expect(attachment.size_in_bytes).toBeGreaterThan(0)
    expect(attachment.duration_in_seconds).toBeGreaterThan(2)
    expect(item._nguon).toMatchObject({ priority: 'priority', slot: expect.stringMatching(/^\d\d:\d\d$/) })
    // Bulletins stay out of the text feeds of the same channel.
    expect(await (await feed('/feeds/loudspeaker/feed.json', { token: tokens.commune })).text()).not.toContain('urn:nguon:bulletins:')
  })

  it('serves the audio with Range support, so players can seek', async () => {
    const body = (await (await feed('/feeds/loudspeaker/bulletins.json', { token: tokens.commune })).json()) as JsonFeed
    const audioUrl = onTestServer(url(), body.items.find((i) => i.id === `urn:nguon:bulletins:${bulletinId}`)!.attachments![0].url)
    const whole = Buffer.from(await (await fetch(audioUrl)).arrayBuffer())
    const part = await fetch(audioUrl, { headers: { range: 'bytes=100-1099' } })
    expect(part.status).toBe(206)
    expect(part.headers.get('content-range')).toBe(`bytes 100-1099/${whole.byteLength}`)
    expect(part.headers.get('accept-ranges')).toBe('bytes')
    expect(Buffer.from(await part.arrayBuffer()).equals(whole.subarray(100, 1100))).toBe(true)
    const tail = await fetch(audioUrl, { headers: { range: 'bytes=-64' } })
    expect(tail.status).toBe(206)
    expect(Buffer.from(await tail.arrayBuffer()).equals(whole.subarray(whole.byteLength - 64))).toBe(true)
    expect((await fetch(audioUrl, { headers: { range: `bytes=${whole.byteLength + 10}-` } })).status).toBe(416)
  })

  it.each([
    ['no token', undefined, 401],
    ['an unknown token', 'nguon_ft_nope', 401],
    ['an outlet not subscribed to loudspeakers', 'paper', 403],
    ['an inactive outlet', 'closed', 403],
  ])('refuses %s with %i', async (_label, who, status) => {
    for (const file of ['podcast.xml', 'bulletins.json']) {
      const res = await feed(`/feeds/loudspeaker/${file}`, { token: who === undefined ? undefined : (tokens[who] ?? who) })
      expect(res.status).toBe(status)
    }
  })

  it('answers 304 to a matching If-None-Match, and 400 to unknown parameters', async () => {
    for (const file of ['podcast.xml', 'bulletins.json']) {
      const first = await feed(`/feeds/loudspeaker/${file}`, { token: tokens.commune })
      const etag = first.headers.get('etag')!
      expect(etag).toMatch(/^"[\w-]+"$/)
      expect((await feed(`/feeds/loudspeaker/${file}`, { headers: { 'if-none-match': etag }, token: tokens.commune })).status).toBe(304)
    }
    expect((await feed('/feeds/loudspeaker/podcast.xml?lang=en', { token: tokens.commune })).status).toBe(400)
  })

  it('replaces the synthetic audio with an uploaded recording, measured the same way, once the correction is approved', async () => {
    const recording = await synthesizeMp3({ sampleRate: 44100, text: 'Đây là bản ghi âm của phát thanh viên.', voice: 'vi-vn-x-central' })
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(recording.mp3)], { type: 'audio/mpeg' }), 'ban-ghi-am.mp3')
    form.append('_payload', JSON.stringify({ alt: 'Bản ghi âm', kind: 'audio' }))
    const upload = await fetch(`${url()}/api/media`, { body: form, headers: { authorization: `JWT ${w.tokens.editor}` }, method: 'POST' })
    expect(upload.status).toBe(201)
    const media = ((await upload.json()) as { doc: { id: number; filename: string } }).doc

    const before = await (await feed('/feeds/loudspeaker/podcast.xml', { token: tokens.commune })).text()
    const res = await api(url(), `/api/bulletins/${bulletinId}`, { body: { recording: media.id }, method: 'PATCH', token: w.tokens.editor })
    expect(res.status).toBe(200)
    const draft = await readDraft(bulletinId)
    const file = mediaFile(media.filename)
    expect(draft).toMatchObject({ audioBytes: file.byteLength, audioSource: 'recording' })
    expect((draft.audio as { id: number }).id).toBe(media.id)
    expect(draft.audioSeconds).toBeCloseTo(mp3DurationSeconds(file), 2)
    // The live bulletin keeps its reviewed audio until the correction is approved.
    expect(await (await feed('/feeds/loudspeaker/podcast.xml', { token: tokens.commune })).text()).toBe(before)

    expect((await w.act('editor', bulletinId, { action: 'submit' }, 'bulletins')).status).toBe(200)
    expect((await w.act('reviewer', bulletinId, { action: 'approve' }, 'bulletins')).status).toBe(200)
    // The episode keeps its guid: podcast apps see the same episode with new audio, not a new one.
    const parsed = await rssParser.parseString(await (await feed('/feeds/loudspeaker/podcast.xml', { token: tokens.commune })).text())
    expect(parsed.items.filter((i) => i.guid === `urn:nguon:bulletins:${bulletinId}`)).toHaveLength(1)
    const item = parsed.items.find((i) => i.guid === `urn:nguon:bulletins:${bulletinId}`)!
    expect(item.enclosure?.url).toContain(media.filename)
    expect(Number(item.enclosure?.length)).toBe(file.byteLength)
    const served = await fetch(onTestServer(url(), item.enclosure!.url))
    expect(served.headers.get('content-length')).toBe(item.enclosure!.length)
    await served.body?.cancel()
  })

  it('assembles the following slot only from items that went live since the last bulletin', async () => {
    const later = await publish('slogans', { channels: ['loudspeaker'], number: 42, text: 'Giữ gìn vệ sinh môi trường' })
    const first = await readDraft(bulletinId)
    const airsAt = (await w.t.payload.findByID({ collection: 'bulletins', id: bulletinId, overrideAccess: true })) as unknown as { airsAt: string }
    const outcome = await assemble(new Date(Date.parse(airsAt.airsAt) + 60_000))
    expect(outcome.result).toBe('created')
    const next = await readDraft(outcome.bulletin!)
    expect(itemKeys(next)).toEqual([`slogans:${later}`])
    expect(next.priority).toBe('normal')
    expect(itemKeys(first)).not.toContain(`slogans:${later}`)
    expect(extra).toBeDefined()
  })
})
