// Upgrades lose nothing: the previous release (releases.json) writes a day's work, then this version starts on the same
// database and data folder in production, as an operator upgrades. On SQLite and (with TEST_DATABASE_URL) PostgreSQL,
// from a database the previous release ran in production (migrated) and from one it ran as the demo (pushed).
import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { migrations as postgresMigrations } from '../../src/migrations/postgres'
import { migrations as sqliteMigrations } from '../../src/migrations/sqlite'
import { APP_VERSION } from '../../src/release/version'
import { api, login } from '../helpers/api'
import { type RealServer, startRealServer } from '../helpers/realServer'
import { createPostgresDatabase, dropPostgresDatabase } from '../helpers/testPayload'
import { type Dump, dumpDatabase, lostOrChanged, mediaFiles } from './databaseDump'
import { preparePreviousRelease } from './previousRelease'

type Facts = {
  bulletin: { draft: number | string; published: number | string }
  correctedArticle: number | string
  deliveries: { id: number | string; state: string }[]
  feedToken: string
  feeds: Record<string, string>
  items: { collection: string; id: number | string; state: string; title: string }[]
  media: { filename: string; id: number | string; sha256: string }
  users: { email: string; password: string }[]
}

const adminUrl = process.env.TEST_DATABASE_URL ?? ''
const kinds = ['sqlite', ...(/^postgres(ql)?:\/\//.test(adminUrl) ? ['postgres'] : [])] as const
const SECRET = `upgrade-${'s'.repeat(40)}`
const SERVER_URL = 'https://nguon.example.vn'
const root = path.resolve(import.meta.dirname, '../..')

/** What a feed's items are, whatever a newer renderer changes in their text: identity, title, dates, links, media. */
/**
 * What a feed says of each item, but its link: 0.2.0 points item links at the item's public page (or gives none when
 * the item has no page), where 0.1.0 pointed at the JSON API (CHANGELOG, Changed). `itemLinks` checks those links.
 */
function feedItems(feedPath: string, body: string): unknown[] {
  if (feedPath.endsWith('.xml')) {
    return [...body.matchAll(/<item>([\s\S]*?)<\/item>/g)].map(([, item]) =>
      ['guid', 'title', 'pubDate'].map((tag) => item!.match(new RegExp(`<${tag}[^>]*>([\\s\\S]*?)</${tag}>`))?.[1]).concat(item!.match(/<enclosure [^>]*>/)?.[0]),
    )
  }
  const feed = JSON.parse(body) as { items: Record<string, unknown>[] }
  return feed.items.map((item) => {
    const { attachments, date_modified, date_published, firstcreated, headline, id, title, uri, version, versioncreated } = item
    return { attachments, date_modified, date_published, firstcreated, headline, id, title, uri, version, versioncreated }
  })
}

/** The item links of a 0.2.0 feed, each with the `collection:id` of its item (from guid, JSON Feed id or ninjs uri). */
function itemLinks(feedPath: string, body: string): { item: string; link: string }[] {
  const itemOf = (value: unknown) => /urn:nguon:([a-z-]+):(\w+)/.exec(String(value))?.slice(1, 3).join(':') ?? String(value)
  if (feedPath.endsWith('.xml')) {
    return [...body.matchAll(/<item>([\s\S]*?)<\/item>/g)].flatMap(([, item]) => {
      const link = item!.match(/<link>([^<]*)<\/link>/)?.[1]
      return link ? [{ item: itemOf(item!.match(/<guid[^>]*>([^<]*)<\/guid>/)?.[1]), link }] : []
    })
  }
  const feed = JSON.parse(body) as { items: Record<string, unknown>[] }
  return feed.items.flatMap((item) => {
    const web = (item.renditions as Record<string, { href?: string }> | undefined)?.web?.href
    const link = (item.url as string | undefined) ?? web
    return link ? [{ item: itemOf(item.id ?? item.uri), link }] : []
  })
}

// The demo (pushed) database is upgraded on SQLite, where `npm start` makes it; adopting a pushed schema on PostgreSQL is
// tested by tests/integration/schema-adoption.test.ts, which saves CI this fourth start of the previous release.
const cases = kinds.flatMap((kind) => (kind === 'sqlite' ? (['production', 'demo'] as const) : (['production'] as const)).map((mode) => [kind, mode] as const))

describe.each(cases)('upgrading on %s from a %s database', (kind, mode) => {
  const dataDir = mkdtempSync(path.join(tmpdir(), `nguon-upgrade-${kind}-${mode}-`))
  const pgName = `nguon_test_upgrade_${mode}_${randomBytes(4).toString('hex')}`
  let url = ''
  let facts: Facts
  let before: Dump
  let after: Dump
  let mediaBefore: Record<string, string>
  let server: RealServer
  let previousVersion = ''
  const committed = (kind === 'postgres' ? postgresMigrations : sqliteMigrations).map((m) => m.name)

  beforeAll(async () => {
    const { dir, release } = preparePreviousRelease()
    previousVersion = release.version
    url = kind === 'postgres' ? await createPostgresDatabase(adminUrl, pgName) : `file:${path.join(dataDir, 'nguon.db')}`
    mkdirSync(path.join(dir, '.nguon-upgrade'), { recursive: true })
    copyFileSync(path.join(root, 'tests/release/dayOfWork.ts'), path.join(dir, '.nguon-upgrade/dayOfWork.ts'))
    // The previous release, as its README says to run it: `npm start` (demo) or with NODE_ENV=production.
    const output = await new Promise<string>((resolve, reject) => {
      let text = ''
      const child = spawn(process.execPath, [path.join(dir, 'node_modules/tsx/dist/cli.mjs'), '.nguon-upgrade/dayOfWork.ts'], {
        cwd: dir,
        env: {
          DATABASE_URL: url,
          DISABLE_PAYLOAD_HMR: 'true',
          HOME: process.env.HOME,
          NGUON_DATA_DIR: dataDir,
          NGUON_RUN_JOBS: 'false',
          NODE_OPTIONS: '--no-deprecation --conditions=production',
          PATH: process.env.PATH,
          PAYLOAD_SECRET: SECRET,
          SERVER_URL,
          ...(mode === 'production' ? { DEMO_PASSWORD: 'demo-upgrade-pass-1', NODE_ENV: 'production' } : {}),
        } as NodeJS.ProcessEnv,
        stdio: ['ignore', 'pipe', 'pipe'],
      })
      child.stdout.on('data', (chunk: Buffer) => (text += chunk.toString()))
      child.stderr.on('data', (chunk: Buffer) => (text += chunk.toString()))
      child.on('exit', (code) => (code === 0 ? resolve(text) : reject(new Error(`Nguồn ${release.version} failed to write its day (exit ${code}):\n${text.slice(-4000)}`))))
    })
    facts = JSON.parse(output.match(/^UPGRADE_FACTS (.*)$/m)![1]!) as Facts
    before = await dumpDatabase(url)
    mediaBefore = mediaFiles(dataDir)

    // This version, started in production on the same database and data folder; jobs off, so nothing moves by itself.
    server = await startRealServer({ dataDir, env: { DATABASE_URL: url, NGUON_RUN_JOBS: 'false', NODE_ENV: 'production', PAYLOAD_SECRET: SECRET, SERVER_URL } })
    after = await dumpDatabase(url)
  })
  afterAll(async () => {
    await server?.stop()
    if (kind === 'postgres' && url) await dropPostgresDatabase(adminUrl, pgName)
    rmSync(dataDir, { force: true, recursive: true })
  })

  it(`starts healthy as this version (the previous one pushed the demo schema, ran migrations in production)`, async () => {
    expect(before.payload_migrations!.some((m) => Number(m.batch) === -1)).toBe(mode === 'demo')
    const health = await api<{ status: string; version: string }>(server.url, '/healthz')
    expect(health.body).toMatchObject({ status: 'ok', version: APP_VERSION })
    expect(APP_VERSION).not.toBe(previousVersion)
    if (mode === 'demo') expect(server.output()).toContain('Schema: adopted a schema pushed by an earlier version')
  })

  it('records every committed migration once and no push marker', () => {
    const recorded = after.payload_migrations!.map((m) => String(m.name)).sort()
    expect(recorded).toEqual([...committed].sort())
    // The version that changed the schema is recorded when this one adopted or migrated something.
    const changed = mode === 'demo' || before.payload_migrations!.length < committed.length
    expect(after.payload_kv!.some((row) => row.key === 'nguon.schema'), 'the schema record').toBe(changed)
  })

  it('keeps every row of every table: items, states, workflow events, versions, users, media, outlets, deliveries, jobs', () => {
    for (const table of ['articles', '_articles_v', 'talking_points', 'briefs', 'slogans', 'bulletins', 'workflow_events', 'users', 'media', 'outlets', 'deliveries']) {
      expect(before[table]?.length, table).toBeGreaterThan(0)
    }
    expect(lostOrChanged(before, after, ['payload_migrations', 'payload_kv', 'media'])).toEqual([])
    expect(lostOrChanged({ payload_kv: before.payload_kv! }, { payload_kv: after.payload_kv!.filter((row) => row.key !== 'nguon.schema') })).toEqual([])
    // Media rows stay whole but for the owner that 0.2.0's bulletin_audio_unit migration gives synthesized audio (next test).
    const withoutUnit = (rows: Record<string, unknown>[]) => rows.map(({ unit_id: _unit, ...row }) => row)
    expect(lostOrChanged({ media: withoutUnit(before.media!) }, { media: withoutUnit(after.media!) })).toEqual([])
  })

  it("gives the bulletin audio the previous version synthesized to its bulletin's unit, so that unit's editors can play it; uploads keep their owner", () => {
    const bulletin = after.bulletins!.find((row) => String(row.id) === String(facts.bulletin.published))!
    expect(bulletin.unit_id, 'the bulletin has a unit').not.toBeNull()
    const audioIds = new Set(
      [...after.bulletins!, ...after._bulletins_v!].flatMap((row) => [row.audio_id, row.synthetic_audio_id, row.version_audio_id, row.version_synthetic_audio_id]).filter((id) => id != null).map(String),
    )
    expect(audioIds.size).toBeGreaterThan(0)
    for (const row of after.media!) {
      const was = before.media!.find((old) => String(old.id) === String(row.id))!
      const synthesized = audioIds.has(String(row.id)) && was.uploaded_by_id == null
      if (synthesized && was.unit_id == null) expect(String(row.unit_id), `audio media ${row.id}`).toBe(String(bulletin.unit_id))
      else expect(row.unit_id ?? null, `media ${row.id} keeps its owner`).toEqual(was.unit_id ?? null)
    }
    expect(before.media!.some((row) => audioIds.has(String(row.id)) && row.unit_id == null), 'the previous version left its audio without a unit').toBe(true)
  })

  it('keeps every media byte, and serves it', async () => {
    expect(Object.keys(mediaBefore).length).toBeGreaterThanOrEqual(2) // the photo and the bulletin's MP3
    expect(mediaFiles(dataDir)).toEqual(mediaBefore)
    const token = await login(server.url, facts.users[0]!.email, facts.users[0]!.password)
    const res = await fetch(`${server.url}/api/media/file/${encodeURIComponent(facts.media.filename)}`, { headers: { authorization: `JWT ${token}` } })
    expect(res.status).toBe(200)
    const { createHash } = await import('node:crypto')
    expect(createHash('sha256').update(Buffer.from(await res.arrayBuffer())).digest('hex')).toBe(facts.media.sha256)
  })

  it('lets every user in with the password they had', async () => {
    for (const user of facts.users) expect(await login(server.url, user.email, user.password), user.email).toEqual(expect.any(String))
  })

  it('serves the same items in every feed, to the same outlet token', async () => {
    for (const [feedPath, body] of Object.entries(facts.feeds)) {
      const res = await fetch(`${server.url}${feedPath}`, { headers: { authorization: `Bearer ${facts.feedToken}` } })
      expect(res.status, feedPath).toBe(200)
      const items = feedItems(feedPath, await res.text())
      expect(items.length, feedPath).toBeGreaterThan(0)
      expect(items, feedPath).toEqual(feedItems(feedPath, body))
    }
  })

  it("links each item to its public page, or to nothing, never to the API's JSON", async () => {
    let links = 0
    // The text feeds; the loudspeakers' audio feeds link each bulletin to its audio.
    for (const feedPath of Object.keys(facts.feeds).filter((p) => /\/(rss\.xml|feed\.json|ninjs\.json)$/.test(p))) {
      const res = await fetch(`${server.url}${feedPath}`, { headers: { authorization: `Bearer ${facts.feedToken}` } })
      for (const { item, link } of itemLinks(feedPath, await res.text())) {
        const [collection, id] = item.split(':')
        expect(link, `${feedPath} ${item}`).toMatch(new RegExp(`/(vi|en)/${collection}/${id}-[a-z0-9-]+$`))
        links++
      }
    }
    expect(links).toBeGreaterThan(0)
  })

  it('goes on with the workflow: the item left in review is completed, approved by a reviewer and reaches the feeds and the webhook', async () => {
    const waiting = facts.items.find((i) => i.collection === 'articles' && i.state === 'in_review')!
    const reviewer = facts.users.find((u) => u.email === 'upgrade.reviewer@nguon.local')!
    const token = await login(server.url, reviewer.email, reviewer.password)
    const approve = () => api<{ doc: { workflowStatus: string } }>(server.url, `/api/articles/${waiting.id}/workflow`, { body: { action: 'approve' }, token })
    // 0.1.0 sent articles to review without a campaign; 0.2.0 approves complete items only and says what is missing.
    const refused = await approve()
    expect(refused.status, JSON.stringify(refused.body)).toBe(422)
    expect(refused.body).toMatchObject({ fields: [{ path: 'campaign' }] })
    // Its editor takes it back, completes it and sends it again.
    const editor = facts.users.find((u) => u.email === 'editor@nguon.local')!
    const editorToken = await login(server.url, editor.email, editor.password)
    const campaigns = await api<{ docs: { id: number | string }[] }>(server.url, '/api/campaigns?limit=1&depth=0', { token: editorToken })
    expect((await api(server.url, `/api/articles/${waiting.id}/workflow`, { body: { action: 'recall' }, token: editorToken })).status).toBe(200)
    expect((await api(server.url, `/api/articles/${waiting.id}`, { body: { campaign: campaigns.body.docs[0]!.id }, method: 'PATCH', token: editorToken })).status).toBe(200)
    expect((await api(server.url, `/api/articles/${waiting.id}/workflow`, { body: { action: 'submit' }, token: editorToken })).status).toBe(200)
    const approved = await approve()
    expect(approved.status, JSON.stringify(approved.body)).toBe(200)
    expect(approved.body.doc.workflowStatus).toBe('published')
    const feed = await fetch(`${server.url}/feeds/newspaper/feed.json`, { headers: { authorization: `Bearer ${facts.feedToken}` } })
    expect(await feed.text()).toContain(waiting.title)
    const admin = await login(server.url, facts.users[0]!.email, facts.users[0]!.password)
    const deliveries = await api<{ docs: { id: number | string; itemId: string; state: string }[] }>(server.url, '/api/deliveries?limit=100&depth=0', { token: admin })
    // The approval records one fan-out for the webhook outlets (this server runs no sender, so it is not expanded yet).
    const fanouts = await api<{ docs: { event: string; itemId: string }[] }>(server.url, '/api/fanouts?limit=100&depth=0', { token: admin })
    expect(fanouts.status, JSON.stringify(fanouts.body)).toBe(200)
    expect(fanouts.body.docs.filter((f) => f.itemId === String(waiting.id)).map((f) => f.event), 'a fan-out recorded for the webhook outlet').toEqual(['item.published'])
    for (const earlier of facts.deliveries) expect(deliveries.body.docs.find((d) => d.id === earlier.id)?.state, `delivery ${earlier.id}`).toBe(earlier.state)
  })
})
