// The release bundle as a province installs it on an intranet server: verified, unpacked, started with `npm start`
// and Node 20 alone, with no network at all. Run it inside a network namespace with only loopback (.ci/run does):
//   unshare -n -- bash -c 'ip link set lo up && npm run test:offline'
// NGUON_BUNDLE names the tarball (default: artifacts/release/nguon-<version>-linux-x64.tar.gz, from `npm run release`).
import { execFileSync, spawn, type ChildProcess } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { networkInterfaces, tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { APP_VERSION } from '../../src/release/version'
import { api, login } from '../helpers/api'
import { freePort } from '../helpers/realServer'

const root = path.resolve(import.meta.dirname, '../..')
const bundle = process.env.NGUON_BUNDLE ?? path.join(root, `artifacts/release/nguon-${APP_VERSION}-linux-x64.tar.gz`)
const PASSWORD = 'offline-demo-pass-1'

describe('the release bundle, offline', () => {
  const work = mkdtempSync(path.join(tmpdir(), 'nguon-offline-'))
  let dir = ''
  let base = ''
  let child: ChildProcess
  let output = ''
  let healthyAfterMs = 0
  let admin = ''

  beforeAll(async () => {
    if (!existsSync(bundle)) throw new Error(`no bundle at ${bundle}: run \`npm run release\` first (or set NGUON_BUNDLE)`)
    execFileSync('tar', ['-xzf', bundle, '-C', work])
    const tops = readdirSync(work)
    expect(tops).toEqual([`nguon-${APP_VERSION}`])
    dir = path.join(work, tops[0]!)
    const port = await freePort()
    base = `http://127.0.0.1:${port}`
    const started = Date.now()
    // What the README's "Install from a release" says to set, and nothing from this machine's environment.
    child = spawn('npm', ['start'], {
      cwd: dir,
      env: {
        DATABASE_URL: `file:${path.join(work, 'data/nguon.db')}`,
        DEMO_PASSWORD: PASSWORD,
        HOME: work,
        NGUON_DATA_DIR: path.join(work, 'data'),
        NODE_ENV: 'production',
        PATH: process.env.PATH,
        PAYLOAD_SECRET: 'o'.repeat(48),
        PORT: String(port),
      },
      // Its own process group: npm does not pass SIGTERM on to the server it started, so the group is stopped at the end.
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()))
    for (;;) {
      if (child.exitCode !== null) throw new Error(`npm start exited with ${child.exitCode}:\n${output}`)
      if (Date.now() - started > 300_000) throw new Error(`not healthy after 300 s:\n${output}`)
      const ok = await fetch(`${base}/healthz`).then((r) => r.status === 200, () => false)
      if (ok) break
      await new Promise((resolve) => setTimeout(resolve, 250))
    }
    healthyAfterMs = Date.now() - started
    admin = await login(base, 'admin@nguon.local', PASSWORD)
  })
  afterAll(async () => {
    if (child?.pid && child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve))
      process.kill(-child.pid, 'SIGTERM')
      await exited
    }
    rmSync(work, { force: true, recursive: true })
  })

  it('runs where no other machine can be reached (only loopback)', () => {
    const interfaces = Object.entries(networkInterfaces()).filter(([, addresses]) => addresses?.some((a) => !a.internal))
    expect(interfaces.map(([name]) => name), 'start this suite inside `unshare -n` (see the top of this file)').toEqual([])
  })

  it('is the file SHA256SUMS names, with one top folder holding the source, the built admin, the production dependencies, the migrations, LICENSE and the notices', () => {
    const sums = readFileSync(path.join(path.dirname(bundle), 'SHA256SUMS'), 'utf8')
    const digest = createHash('sha256').update(readFileSync(bundle)).digest('hex')
    expect(sums).toContain(`${digest}  ${path.basename(bundle)}`)
    for (const file of ['README.md', 'CHANGELOG.md', 'LICENSE', 'THIRD-PARTY-NOTICES', 'RELEASE', 'package.json', 'src/server.ts', '.next/BUILD_ID', 'node_modules/payload/package.json', 'node_modules/espeak-ng/package.json']) {
      expect(existsSync(path.join(dir, file)), file).toBe(true)
    }
    expect(readdirSync(path.join(dir, 'src/migrations/sqlite')).length).toBeGreaterThanOrEqual(readdirSync(path.join(root, 'src/migrations/sqlite')).length)
    expect(existsSync(path.join(dir, 'node_modules/vitest')), 'development dependencies are left out').toBe(false)
    expect(existsSync(path.join(dir, '.next/cache')), "Next's build cache is left out").toBe(false)
    const mb = (bytes: number) => (bytes / 1e6).toFixed(1)
    const unpacked = Number(execFileSync('du', ['-sb', dir], { encoding: 'utf8' }).split('\t')[0])
    console.log(`offline bundle: ${path.basename(bundle)} ${mb(statSync(bundle).size)} MB, unpacked ${mb(unpacked)} MB; first healthy start ${(healthyAfterMs / 1000).toFixed(1)} s`)
  })

  it('starts healthy as this version, on the committed migrations', async () => {
    const health = await api(base, '/healthz')
    expect(health.body).toMatchObject({ adapter: 'sqlite', db: 'ok', status: 'ok', version: APP_VERSION })
    expect(output).toContain(`Nguồn ${APP_VERSION} is running`)
    expect(output).toContain('Schema: up to date')
  })

  it('lets the admin log in and serves the admin pages, with the version on the About page', async () => {
    const login = await fetch(`${base}/admin/login`)
    expect(login.status).toBe(200)
    const about = await fetch(`${base}/admin/about`, { headers: { authorization: `JWT ${admin}` } })
    expect(about.status).toBe(200)
    // React may split text with <!-- --> markers; what a reader sees is the text without them.
    expect((await about.text()).replaceAll('<!-- -->', '')).toContain(`Nguồn ${APP_VERSION}`)
  })

  it('answers the API and the feeds', async () => {
    const articles = await api<{ totalDocs: number }>(base, '/api/articles?limit=5', { token: admin })
    expect(articles.status).toBe(200)
    expect(articles.body.totalDocs).toBeGreaterThan(0)
    const feed = await api<{ items: unknown[] }>(base, '/feeds/web/feed.json')
    expect(feed.status).toBe(200)
    expect(feed.body.items.length).toBeGreaterThan(0)
    expect((await fetch(`${base}/LICENSE`).then((r) => r.text())).slice(0, 200)).toContain('GNU AFFERO GENERAL PUBLIC LICENSE')
  })

  it("speaks a bulletin: its audio is generated (espeak-ng, from the bundle) and served as MP3", async () => {
    const created = await api<{ doc: { id: number } }>(base, '/api/bulletins', {
      body: { date: new Date().toISOString(), intro: 'Kính thưa bà con, đây là bản tin thử ngoại tuyến.', outro: 'Hết bản tin.', slot: '18:00' },
      token: admin,
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const id = created.body.doc.id
    expect((await api(base, `/api/bulletins/${id}/audio`, { method: 'POST', token: admin })).status).toBe(202)
    let state = { audioStatus: '', audioUrl: null as null | string }
    const deadline = Date.now() + 120_000
    while (state.audioStatus !== 'ready' && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 500))
      state = (await api<typeof state>(base, `/api/bulletins/${id}/audio`, { token: admin })).body
      expect(state.audioStatus).not.toBe('failed')
    }
    expect(state.audioStatus).toBe('ready')
    const audio = await fetch(new URL(state.audioUrl!, base), { headers: { authorization: `JWT ${admin}` } })
    expect(audio.status).toBe(200)
    expect(audio.headers.get('content-type')).toMatch(/^audio\/mpeg/)
    const bytes = Buffer.from(await audio.arrayBuffer())
    expect(bytes.length).toBeGreaterThan(1000)
    expect(bytes[0] === 0xff || bytes.subarray(0, 3).toString() === 'ID3').toBe(true)
  })
})
