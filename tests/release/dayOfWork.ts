// Run inside the PREVIOUS release's tree (tests/release/upgrade.test.ts copies it there and starts it with that tree's
// tsx): starts that version's Payload on DATABASE_URL as its `npm start` would (schema, seed of an empty database),
// serves its REST API and feeds over HTTP, and writes a day's work through them as its users would. Prints one
// marked line, UPGRADE_FACTS {…}, with what it wrote and what its feeds showed.
//
// Only 'payload' is imported by name (it resolves in the previous release's node_modules); the release's own modules
// are loaded from the working directory, so this file also type-checks in the current tree.
import { createHash } from 'node:crypto'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { deflateSync } from 'node:zlib'
import { getPayload, type Payload, type SanitizedConfig } from 'payload'

type Doc = { id: number | string; [key: string]: unknown }
type Loaded<T> = T & Record<string, unknown>
const load = async <T>(file: string): Promise<Loaded<T>> => (await import(pathToFileURL(path.join(process.cwd(), file)).href)) as Loaded<T>

const PASSWORD = process.env.DEMO_PASSWORD ?? 'nguon-demo-2023'
const NEW_USER_PASSWORD = 'Upgrade-pass-2026!'

/** A small valid PNG (solid colour), so the media bytes are real and checkable. */
function png(width: number, height: number, rgb: [number, number, number]): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
    return c >>> 0
  })
  const crc = (buf: Buffer) => {
    let c = 0xffffffff
    for (const byte of buf) c = crcTable[(c ^ byte) & 0xff]! ^ (c >>> 8)
    return (c ^ 0xffffffff) >>> 0
  }
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data])
    const out = Buffer.alloc(body.length + 8)
    out.writeUInt32BE(data.length, 0)
    body.copy(out, 4)
    out.writeUInt32BE(crc(body), body.length + 4)
    return out
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header.set([8, 2, 0, 0, 0], 8)
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array.from({ length: width }, () => rgb).flat())])
  const raw = Buffer.concat(Array.from({ length: height }, () => row))
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', header), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))])
}

const lexical = (text: string) => ({
  root: {
    children: [{ children: [{ detail: 0, format: 0, mode: 'normal', style: '', text, type: 'text', version: 1 }], direction: 'ltr', format: '', indent: 0, textFormat: 0, textStyle: '', type: 'paragraph', version: 1 }],
    direction: 'ltr',
    format: '',
    indent: 0,
    type: 'root',
    version: 1,
  },
})

async function main(): Promise<void> {
  const { default: configPromise } = await load<{ default: Promise<SanitizedConfig> }>('payload.config.ts')
  const config = await configPromise
  const payload: Payload = await getPayload({ config })
  const { seedIfEmpty } = await load<{ seedIfEmpty: (p: Payload, o: { demoPassword: null | string }) => Promise<boolean> }>('src/seed/seedIfEmpty.ts')
  await seedIfEmpty(payload, { demoPassword: PASSWORD })
  const { startTestServer } = await load<{ startTestServer: (a: { config: SanitizedConfig; getPayload: () => Promise<Payload> }) => Promise<{ close: () => Promise<void>; url: string }> }>(
    'tests/helpers/testServer.ts',
  )
  const server = await startTestServer({ config, getPayload: async () => payload })
  const base = server.url

  const call = async <T = { doc: Doc }>(method: string, url: string, { body, token }: { body?: unknown; token?: string } = {}): Promise<T> => {
    const isForm = body instanceof FormData
    const res = await fetch(`${base}${url}`, {
      body: body === undefined ? undefined : isForm ? body : JSON.stringify(body),
      headers: { ...(body !== undefined && !isForm ? { 'content-type': 'application/json' } : {}), ...(token ? { authorization: `JWT ${token}` } : {}) },
      method,
    })
    const text = await res.text()
    if (res.status >= 300) throw new Error(`${method} ${url} answered ${res.status}: ${text}`)
    return (text ? JSON.parse(text) : null) as T
  }
  const login = async (email: string, password = PASSWORD) => (await call<{ token: string }>('POST', '/api/users/login', { body: { email, password } })).token
  const t = {
    admin: await login('admin@nguon.local'),
    chief: await login('chief@nguon.local'),
    editor: await login('editor@nguon.local'),
    reviewer: await login('reviewer@nguon.local'),
  }
  const act = (who: keyof typeof t, collection: string, id: Doc['id'], action: string) => call('POST', `/api/${collection}/${id}/workflow`, { body: { action }, token: t[who] })

  // People: a new editor and a new reviewer, made by the admin.
  const units = (await call<{ docs: Doc[] }>('GET', '/api/units?limit=50&depth=0', { token: t.admin })).docs
  const sttt = units.find((u) => u.code === 'STTTT')!.id
  const newUsers = [
    { email: 'upgrade.editor@nguon.local', name: 'Biên tập viên mới', roles: ['editor'], unit: sttt },
    { email: 'upgrade.reviewer@nguon.local', name: 'Người duyệt mới', roles: ['reviewer'] },
  ]
  for (const user of newUsers) await call('POST', '/api/users', { body: { ...user, password: NEW_USER_PASSWORD }, token: t.admin })

  // Outlets before publishing, so the webhook outlet's deliveries are queued (and, with nothing listening, stay pending).
  const outlet = (await call('POST', '/api/outlets', { body: { accessLevel: 'public', channels: ['newspaper', 'web', 'radio', 'loudspeaker'], kind: 'newspaper', name: 'Báo Hà Tĩnh (nâng cấp)' }, token: t.admin })).doc
  const { token: feedToken } = await call<{ token: string }>('POST', `/api/outlets/${outlet.id}/token`, { body: {}, token: t.admin })
  const hookOutlet = (await call('POST', '/api/outlets', { body: { accessLevel: 'public', channels: ['newspaper', 'web'], kind: 'newspaper', name: 'Tòa soạn webhook (nâng cấp)', webhookUrl: 'http://127.0.0.1:9/nguon' }, token: t.admin })).doc
  await call('POST', `/api/outlets/${hookOutlet.id}/webhook-secret`, { body: {}, token: t.admin })

  // Media: a photo uploaded by the editor.
  const photo = png(64, 48, [200, 30, 40])
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(photo)], { type: 'image/png' }), 'nang-cap.png')
  form.append('_payload', JSON.stringify({ alt: 'Ảnh minh họa nâng cấp', kind: 'photo' }))
  const media = (await call('POST', '/api/media', { body: form, token: t.editor })).doc

  // Items of every type in every state a day leaves them in.
  const states = ['published', 'in_review', 'draft'] as const
  const items: { collection: string; id: Doc['id']; state: string; title: string }[] = []
  const write = async (collection: string, author: 'chief' | 'editor', make: (title: string) => Record<string, unknown>) => {
    for (const state of states) {
      const title = `Nâng cấp ${collection} ${state}`
      const doc = (await call('POST', `/api/${collection}`, { body: make(title), token: t[author] })).doc
      if (state !== 'draft') await act(author, collection, doc.id, 'submit')
      if (state === 'published') await act('reviewer', collection, doc.id, 'approve')
      items.push({ collection, id: doc.id, state, title })
    }
  }
  const channels = ['newspaper', 'web', 'radio', 'loudspeaker']
  await write('articles', 'editor', (title) => ({ audiences: ['public'], body: lexical(`${title}: nội dung.`), channels, heroImage: media.id, summary: `${title}: tóm tắt.`, title }))
  await write('talking-points', 'editor', (headline) => ({ audiences: ['public'], channels, headline, keyMessage: `${headline}: thông điệp.` }))
  await write('briefs', 'editor', (title) => ({ channels, claim: `${title}: luận điệu.`, distribution: 'public', response: lexical(`${title}: phản bác.`), title }))
  let sloganNumber = 100
  await write('slogans', 'chief', (text) => ({ channels, number: sloganNumber++, text }))

  // A correction in progress on a published article: the live version stays, the edit waits for review.
  const corrected = items.find((i) => i.collection === 'articles' && i.state === 'published')!
  await call('PATCH', `/api/articles/${corrected.id}`, { body: { summary: 'Đính chính đang chờ duyệt.' }, token: t.editor })

  // A bulletin of the STTTT with generated speech, approved; and a draft one.
  const bulletin = (await call('POST', '/api/bulletins', { body: { date: new Date().toISOString(), intro: 'Kính thưa bà con.', outro: 'Hết bản tin.', slot: '18:00', unit: sttt }, token: t.admin })).doc
  await call('POST', `/api/bulletins/${bulletin.id}/audio`, { token: t.admin })
  const { BULLETINS_QUEUE } = await load<{ BULLETINS_QUEUE: string }>('src/audio/bulletinAudio.ts')
  for (let round = 0; round < 60; round++) {
    await payload.jobs.run({ queue: BULLETINS_QUEUE })
    const state = await call<{ audioStatus: string }>('GET', `/api/bulletins/${bulletin.id}/audio`, { token: t.admin })
    if (state.audioStatus === 'ready') break
    if (state.audioStatus === 'failed') throw new Error('bulletin audio failed')
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  await act('admin', 'bulletins', bulletin.id, 'submit')
  await act('reviewer', 'bulletins', bulletin.id, 'approve')
  const draftBulletin = (await call('POST', '/api/bulletins', { body: { date: new Date(Date.now() + 86_400_000).toISOString(), slot: '06:00' }, token: t.admin })).doc

  // What the newsrooms see now.
  const feedPaths = ['/feeds/newspaper/feed.json', '/feeds/web/feed.json', '/feeds/radio/ninjs.json', '/feeds/loudspeaker/bulletins.json', '/feeds/newspaper/rss.xml', '/feeds/loudspeaker/podcast.xml']
  const feeds: Record<string, string> = {}
  for (const feedPath of feedPaths) {
    const res = await fetch(`${base}${feedPath}`, { headers: { authorization: `Bearer ${feedToken}` } })
    if (res.status !== 200) throw new Error(`${feedPath} answered ${res.status}`)
    feeds[feedPath] = await res.text()
  }
  const deliveries = (await call<{ docs: Doc[] }>('GET', '/api/deliveries?limit=100&depth=0', { token: t.admin })).docs

  console.log(
    `UPGRADE_FACTS ${JSON.stringify({
      bulletin: { draft: draftBulletin.id, published: bulletin.id },
      correctedArticle: corrected.id,
      deliveries: deliveries.map((d) => ({ id: d.id, state: d.state })),
      feedToken,
      feeds,
      items,
      media: { filename: media.filename, id: media.id, sha256: createHash('sha256').update(photo).digest('hex') },
      users: [
        ...['admin', 'editor', 'editor2', 'reviewer', 'chief'].map((who) => ({ email: `${who}@nguon.local`, password: PASSWORD })),
        ...newUsers.map((u) => ({ email: u.email, password: NEW_USER_PASSWORD })),
      ],
    })}`,
  )
  // Everything is committed (each write was answered); exit without waiting for the PostgreSQL pool, which keeps a
  // client checked out and would hold `pool.end()` forever.
  await server.close()
  process.exit(0)
}

main().catch((err: unknown) => {
  console.error('UPGRADE_FAILED', err)
  process.exit(1)
})
