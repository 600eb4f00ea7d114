// The newcomer's path: `npm start` on an empty data folder serves health, the admin and Plan 232 through the API.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { APP_VERSION } from '../../src/release/version'
import { api, login } from '../helpers/api'
import { complete } from '../helpers/content'
import { type RealServer, startRealServer } from '../helpers/realServer'

type List = { docs: Record<string, unknown>[]; totalDocs: number }

describe('npm start on an empty data folder', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'nguon-e2e-server-'))
  let server: RealServer
  let token = ''
  beforeAll(async () => {
    server = await startRealServer({ dataDir })
  })
  afterAll(async () => {
    await server?.stop()
    rmSync(dataDir, { force: true, recursive: true })
  })

  it('prints the URLs and the demo logins', () => {
    for (const text of ['/admin', '/api', '/healthz', 'admin@nguon.local', 'chief@nguon.local', 'labour@nguon.local (SLDTBXH)', 'nguon-demo-2023']) {
      expect(server.output()).toContain(text)
    }
  })

  it('lets every printed demo login in with the printed password', async () => {
    const printed = [...new Set(server.output().match(/[a-z0-9]+@nguon\.local/g))]
    expect(printed.length).toBe(8)
    for (const email of printed) expect(await login(server.url, email, 'nguon-demo-2023'), email).toEqual(expect.any(String))
  })

  it('answers /healthz with 200', async () => {
    const res = await api(server.url, '/healthz')
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ adapter: 'sqlite', db: 'ok', status: 'ok' })
  })

  it('shows its version in /healthz, the banner and the admin (navigation and About page), with the licence it links to', async () => {
    expect((await api(server.url, '/healthz')).body).toMatchObject({ version: APP_VERSION })
    expect(server.output()).toContain(`Nguồn ${APP_VERSION} is running`)
    const jwt = await login(server.url, 'editor@nguon.local')
    const about = await fetch(`${server.url}/admin/about`, { headers: { authorization: `JWT ${jwt}` } })
    expect(about.status).toBe(200)
    const html = (await about.text()).replaceAll('<!-- -->', '') // React's text-split markers
    expect(html).toContain(`Giới thiệu · Nguồn ${APP_VERSION}`)
    expect(html).toContain('AGPL-3.0-or-later')
    const licence = await fetch(`${server.url}/LICENSE`)
    expect(licence.headers.get('content-type')).toMatch(/^text\/plain/)
    expect(await licence.text()).toContain('GNU AFFERO GENERAL PUBLIC LICENSE')
    expect(await fetch(`${server.url}/THIRD-PARTY-NOTICES`).then((r) => r.text())).toMatch(/espeak-ng@\S+\s+GPL-3\.0-or-later/)
  })

  it('serves the admin in Vietnamese even to an English browser', async () => {
    const res = await fetch(`${server.url}/admin`, { headers: { 'accept-language': 'en-US,en;q=0.9' } })
    expect(res.status).toBe(200)
    const html = await res.text()
    expect(html).toContain('lang="vi"')
    expect(html).toContain('Đăng nhập')
  })

  it('serves the admin in English to a user who chose English', async () => {
    const res = await fetch(`${server.url}/admin/login`, { headers: { cookie: 'payload-lng=en' } })
    expect(res.status).toBe(200)
    expect(await res.text()).toContain('lang="en"')
  })

  it('returns the Plan 232 data to the admin through REST', async () => {
    token = await login(server.url, 'admin@nguon.local')
    const campaigns = await api<List>(server.url, '/api/campaigns', { token })
    expect(campaigns.status).toBe(200)
    expect(campaigns.body.totalDocs).toBe(1)
    expect(campaigns.body.docs[0]!.slug).toBe('plan-232-human-rights-75')
    const units = await api<List>(server.url, '/api/units?limit=50', { token })
    expect(units.body.totalDocs).toBe(10)
    expect(units.body.docs.map((u) => u.code)).toContain('CA')
    const slogans = await api<List>(server.url, '/api/slogans?limit=50&locale=en&sort=number', { token })
    expect(slogans.body.totalDocs).toBe(8)
    expect(slogans.body.docs[6]!.text).toBe('Viet Nam strives to prevent and combat human trafficking!')
  })

  it('answers HEAD through Next as GET, without a body, and refuses whom GET refuses', async () => {
    for (const [path, auth, status] of [
      ['/api/campaigns?limit=1', true, 200],
      ['/api/units?limit=1', false, 403], // units are for signed-in users: HEAD refused as GET is
      ['/api/users/me', true, 200],
      ['/api/no-such-collection', false, 404],
    ] as const) {
      const headers = auth ? { authorization: `JWT ${token}` } : undefined
      const get = await fetch(`${server.url}${path}`, { headers })
      const head = await fetch(`${server.url}${path}`, { headers, method: 'HEAD' })
      expect([path, get.status, head.status]).toEqual([path, status, status])
      expect(head.headers.get('content-type')).toBe(get.headers.get('content-type'))
      expect(await head.text()).toBe('')
      await get.body?.cancel()
    }
  })

  it('answers GraphQL to signed-in users and refuses anonymous readers', async () => {
    const query = { query: '{ Slogans(limit: 50) { totalDocs } }' }
    const res = await api<{ data: { Slogans: { totalDocs: number } } }>(server.url, '/api/graphql', { body: query, token })
    expect(res.status).toBe(200)
    expect(res.body.data.Slogans.totalDocs).toBe(8)
    expect((await api(server.url, '/api/graphql', { body: query })).status).toBe(401)
  })

  it('stops cleanly on SIGTERM, also when too busy to take it at once, and keeps data and sessions across a restart', async () => {
    // A server whose event loop is held (a long render, a loaded machine) takes the signal late; whatever launched it
    // must wait for that, not kill it (tsx's command-line wrapper kills its child 60 ms after a signal it does not echo).
    const pid = server.serverPid()
    process.kill(pid, 'SIGSTOP')
    const stopping = server.stop('SIGTERM')
    await new Promise((resolve) => setTimeout(resolve, 500))
    process.kill(pid, 'SIGCONT')
    const { code } = await stopping
    expect(code).toBe(0)
    expect(server.output()).toContain('nguon: stopped')
    server = await startRealServer({ dataDir })
    expect(server.output()).not.toContain('Empty database')
    const campaigns = await api<List>(server.url, '/api/campaigns', { token })
    expect(campaigns.status).toBe(200)
    expect(campaigns.body.totalDocs).toBe(1)
  })
})

describe('npm start in production on an empty database', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'nguon-e2e-production-'))
  let server: RealServer
  beforeAll(async () => {
    server = await startRealServer({
      dataDir,
      env: { DEMO_PASSWORD: 'demo-in-production-1', NODE_ENV: 'production', PAYLOAD_SECRET: 'p'.repeat(48) },
    })
  })
  afterAll(async () => {
    await server?.stop()
    rmSync(dataDir, { force: true, recursive: true })
  })

  it('creates the schema from the committed migrations and loads Plan 232', async () => {
    expect((await api(server.url, '/healthz')).status).toBe(200)
    const token = await login(server.url, 'admin@nguon.local', 'demo-in-production-1')
    const units = await api<List>(server.url, '/api/units?limit=50', { token })
    expect(units.body.totalDocs).toBe(10)
    expect(server.output()).not.toContain('demo-in-production-1')
    // Production on the default http://localhost address is warned about once (feeds and podcasts link there).
    expect(server.output().match(/nguon: warning: SERVER_URL is http:\/\/localhost:\d+, not https/g)).toHaveLength(1)
  })

  it('runs the editorial workflow end to end on the migrated schema', async () => {
    const editor = await login(server.url, 'editor@nguon.local', 'demo-in-production-1')
    const reviewer = await login(server.url, 'reviewer@nguon.local', 'demo-in-production-1')
    // Only complete content is submitted and approved (src/content/completeness.ts).
    const { body: campaigns } = await api<{ docs: { id: number }[] }>(server.url, '/api/campaigns?limit=1', { token: editor })
    const created = await api<{ doc: { id: number } }>(server.url, '/api/articles', {
      body: complete('articles', { audiences: ['public'], channels: ['web'], title: 'Bài trên lược đồ đã di chuyển' }, { campaign: campaigns.docs[0]!.id }),
      token: editor,
    })
    expect(created.status).toBe(201)
    const id = created.body.doc.id
    expect((await api(server.url, `/api/articles/${id}/workflow`, { body: { action: 'submit' }, token: editor })).status).toBe(200)
    expect((await api(server.url, `/api/articles/${id}/workflow`, { body: { action: 'approve' }, token: reviewer })).status).toBe(200)
    const feed = await fetch(`${server.url}/feeds/web/feed.json`)
    expect(await feed.text()).toContain('Bài trên lược đồ đã di chuyển')
  })
})
