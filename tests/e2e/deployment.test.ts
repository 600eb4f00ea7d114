// Several processes as one deployment, as deploy/ describes it: nginx (deploy/nginx/nguon-proxy.conf) in front of two
// web processes and two jobs workers started as deploy/systemd's units start them, on one PostgreSQL database and one
// data folder, with media in an S3 bucket (s3rver on loopback standing in for MinIO, Ceph RGW or a cloud S3). Checked
// through nginx: login and the admin, an approval in every feed at once, each webhook and embargo delivered once, an
// upload and a bulletin's audio (made once) kept in the bucket and served by both processes, a worker killed with
// SIGKILL mid-delivery and the delivery still completed, once.
import { GetObjectCommand, S3Client } from '@aws-sdk/client-s3'
import { type ChildProcess, execFileSync, spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import S3rver from 's3rver'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { GENERATION_CHECK_INTERVAL_MS } from '../../src/feeds/feedCache'
import { api, login } from '../helpers/api'
import { complete } from '../helpers/content'
import { isDescendant } from '../helpers/procStat'
import { freePort } from '../helpers/realServer'
import { createPostgresDatabase, dropPostgresDatabase } from '../helpers/testPayload'

const root = path.resolve(import.meta.dirname, '../..')
const adminUrl = process.env.TEST_DATABASE_URL ?? ''
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const hasNginx = (() => {
  try {
    execFileSync('nginx', ['-v'], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
})()

/** ExecStart and Environment of a unit in deploy/systemd, with its instance name put in for %i. */
function unitCommand(unit: string, instance: string): { args: string[]; env: Record<string, string> } {
  const text = readFileSync(path.join(root, 'deploy/systemd', unit), 'utf8').replaceAll('%i', instance)
  const values = (key: string) => [...text.matchAll(new RegExp(`^${key}=(.*)$`, 'gm'))].map((m) => m[1]!.trim())
  const env = Object.fromEntries(values('Environment').map((kv) => kv.split('=', 2) as [string, string]))
  const [command, ...args] = values('ExecStart')[0]!.split(/\s+/)
  if (path.basename(command!) !== 'npm') throw new Error(`unexpected ExecStart in ${unit}: ${command}`)
  return { args, env }
}

type Proc = { child: ChildProcess; name: string; output: () => string }
type Received = { headers: IncomingHttpHeaders; json: { data: { uri?: string }; type: string } }

describe.skipIf(!adminUrl.startsWith('postgres') || !hasNginx)('a deployment of two web processes and two workers behind nginx (PostgreSQL)', () => {
  const work = mkdtempSync(path.join(tmpdir(), 'nguon-deploy-'))
  const dataDir = path.join(work, 'data')
  const dbName = `nguon_test_deploy_${randomBytes(4).toString('hex')}`
  const procs: Proc[] = []
  let databaseUrl = ''
  let web: string[] = []
  let front = ''
  let nginx: ChildProcess | undefined
  let receiver: Server
  let receiverUrl = ''
  const received: Received[] = []
  const hanging: ServerResponse[] = []
  let hangNext = false
  let tokens: Record<'admin' | 'editor' | 'reviewer', string>
  let campaign: number | string
  const BUCKET = 'nguon-media'
  let s3rver: S3rver | undefined
  let bucket: S3Client | undefined
  let s3Env: Record<string, string> = {}
  const objectInBucket = async (key: string): Promise<Buffer | null> => {
    try {
      const object = await bucket!.send(new GetObjectCommand({ Bucket: BUCKET, Key: key }))
      return Buffer.from(await object.Body!.transformToByteArray())
    } catch {
      return null
    }
  }

  function start(name: string, args: string[], env: Record<string, string>): Proc {
    let output = ''
    const child = spawn('npm', args, {
      cwd: root,
      detached: true, // its own process group: npm's children stop with it
      env: {
        ...process.env,
        DATABASE_URL: databaseUrl,
        NGUON_DATA_DIR: dataDir,
        NGUON_WEBHOOK_TIMEOUT_MS: '3000',
        NODE_ENV: '',
        PAYLOAD_SECRET: 'deployment-test-secret-0123456789abcdef',
        SERVER_URL: '',
        ...s3Env,
        ...env,
      } as unknown as NodeJS.ProcessEnv,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    child.stdout!.on('data', (d: Buffer) => (output += d.toString()))
    child.stderr!.on('data', (d: Buffer) => (output += d.toString()))
    const proc = { child, name, output: () => output }
    procs.push(proc)
    return proc
  }

  async function until<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 120_000): Promise<T> {
    const deadline = Date.now() + timeoutMs
    for (;;) {
      const value = await probe().catch(() => undefined)
      if (value !== undefined) return value
      if (Date.now() > deadline) throw new Error(`${what}: not within ${timeoutMs} ms\n${procs.map((p) => `--- ${p.name}\n${p.output().slice(-2000)}`).join('\n')}`)
      await sleep(200)
    }
  }

  beforeAll(async () => {
    databaseUrl = await createPostgresDatabase(adminUrl, dbName)
    mkdirSync(dataDir, { recursive: true })
    // Media in one bucket shared by every process, as several machines would share it.
    mkdirSync(path.join(work, 's3'))
    s3rver = new S3rver({ address: '127.0.0.1', configureBuckets: [{ configs: [], name: BUCKET }], directory: path.join(work, 's3'), port: 0, silent: true })
    const { port: s3Port } = (await s3rver.run()) as { port: number }
    s3Env = {
      S3_ACCESS_KEY_ID: 'S3RVER',
      S3_BUCKET: BUCKET,
      S3_ENDPOINT: `http://127.0.0.1:${s3Port}`,
      S3_FORCE_PATH_STYLE: 'true',
      S3_REGION: 'us-east-1',
      S3_SECRET_ACCESS_KEY: 'S3RVER',
    }
    bucket = new S3Client({ credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' }, endpoint: s3Env.S3_ENDPOINT, forcePathStyle: true, region: 'us-east-1' })
    receiver = createServer((req, res) => {
      let body = ''
      req.on('data', (d: Buffer) => (body += d.toString()))
      req.on('end', () => {
        received.push({ headers: req.headers, json: JSON.parse(body) })
        if (hangNext) {
          hangNext = false
          hanging.push(res)
          return
        }
        res.writeHead(204).end()
      })
    })
    receiver.listen(0, '127.0.0.1')
    await new Promise<void>((resolve) => receiver.once('listening', () => resolve()))
    receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`

    // Everything started together on the empty database, as systemd would: they migrate and seed it once.
    const ports = [await freePort(), await freePort()]
    web = ports.map((port) => `http://127.0.0.1:${port}`)
    const webUnit = ports.map((port) => unitCommand('nguon-web@.service', String(port)))
    webUnit.forEach((unit, i) => start(`web ${ports[i]}`, unit.args, unit.env))
    for (const n of ['1', '2']) {
      const unit = unitCommand('nguon-jobs@.service', n)
      start(`jobs ${n}`, unit.args, unit.env)
    }
    for (const p of procs.slice(0, 2)) await until(`${p.name} listening`, async () => (p.output().includes(' is running') ? true : undefined), 600_000)

    const frontPort = await freePort()
    const conf = path.join(work, 'nginx.conf')
    writeFileSync(
      conf,
      `worker_processes 1;
daemon off;
pid ${work}/nginx.pid;
error_log ${work}/nginx-error.log warn;
events { worker_connections 256; }
http {
  access_log off;
  client_body_temp_path ${work}/nginx-body;
  proxy_temp_path ${work}/nginx-proxy;
  fastcgi_temp_path ${work}/nginx-fastcgi;
  uwsgi_temp_path ${work}/nginx-uwsgi;
  scgi_temp_path ${work}/nginx-scgi;
  upstream nguon_web { ${ports.map((p) => `server 127.0.0.1:${p};`).join(' ')} keepalive 8; }
  server {
    listen 127.0.0.1:${frontPort};
    include ${path.join(root, 'deploy/nginx/nguon-proxy.conf')};
  }
}
`,
    )
    nginx = spawn('nginx', ['-p', work, '-c', conf], { stdio: 'ignore' })
    front = `http://127.0.0.1:${frontPort}`
    await until('nginx', async () => ((await fetch(`${front}/healthz`)).status === 200 ? true : undefined))

    tokens = { admin: await login(front, 'admin@nguon.local'), editor: await login(front, 'editor@nguon.local'), reviewer: await login(front, 'reviewer@nguon.local') }
    campaign = ((await api<{ docs: { id: number }[] }>(front, '/api/campaigns?limit=1', { token: tokens.admin })).body.docs[0]!).id
    const outlet = await api<{ doc: { id: number } }>(front, '/api/outlets', {
      body: { accessLevel: 'public', channels: ['newspaper', 'web'], kind: 'newspaper', name: 'Báo tỉnh (thử triển khai)', webhookUrl: `${receiverUrl}/hook` },
      token: tokens.admin,
    })
    expect(outlet.status).toBe(201)
    expect((await api(front, `/api/outlets/${outlet.body.doc.id}/webhook-secret`, { body: {}, token: tokens.admin })).status).toBe(200)
  }, 900_000)

  afterAll(async () => {
    for (const res of hanging) res.destroy()
    nginx?.kill('SIGTERM')
    for (const p of procs) {
      try {
        process.kill(-p.child.pid!, 'SIGTERM')
      } catch {
        // already gone
      }
    }
    await Promise.all(procs.map((p) => (p.child.exitCode === null && p.child.signalCode === null ? new Promise((resolve) => p.child.once('exit', resolve)) : null)))
    receiver?.close()
    bucket?.destroy()
    await s3rver?.close()
    if (databaseUrl) await dropPostgresDatabase(adminUrl, dbName).catch(() => undefined)
    rmSync(work, { force: true, recursive: true })
  }, 120_000)

  const itemsIn = async (base: string, feed: string) => ((await (await fetch(`${base}${feed}`)).json()) as { items: { id: string; title: string }[] }).items
  const createSubmitted = async (title: string) => {
    const created = await api<{ doc: { id: number } }>(front, '/api/articles', { body: complete('articles', { channels: ['newspaper', 'web'], summary: 'Tóm tắt', title }, { campaign }), token: tokens.editor })
    expect(created.status).toBe(201)
    expect((await api(front, `/api/articles/${created.body.doc.id}/workflow`, { body: { action: 'submit' }, token: tokens.editor })).status).toBe(200)
    return created.body.doc.id
  }
  const deliveriesOf = async (id: number | string) =>
    (await api<{ docs: { attempts: number; event: string; state: string; webhookId: string }[] }>(front, `/api/deliveries?where[itemId][equals]=${id}&limit=20`, { token: tokens.admin })).body.docs
  const receivedFor = (id: number | string) => received.filter((r) => r.json.data.uri === `urn:nguon:articles:${id}`)

  it('serves the admin and logins through nginx, and keeps /metrics off the public proxy', async () => {
    const page = await fetch(`${front}/admin/login`)
    expect(page.status).toBe(200)
    expect(page.headers.get('content-type')).toMatch(/^text\/html/)
    expect((await api(front, '/api/users/me', { token: tokens.editor })).body).toMatchObject({ user: { email: 'editor@nguon.local' } })
    expect((await fetch(`${front}/metrics`)).status).toBe(404)
    for (const base of web) expect((await fetch(`${base}/readyz`)).status).toBe(200)
  })

  it('shows an approval in every feed of every process, and delivers its webhook once', async () => {
    const id = await createSubmitted('Tin duyệt qua nginx')
    for (const base of [...web, front]) expect((await itemsIn(base, '/feeds/web/feed.json')).some((i) => i.title === 'Tin duyệt qua nginx')).toBe(false)
    expect((await api(front, `/api/articles/${id}/workflow`, { body: { action: 'approve' }, token: tokens.reviewer })).status).toBe(200)
    // A process checks the feeds' generation at most every GENERATION_CHECK_INTERVAL_MS: the next request after that sees it.
    await sleep(GENERATION_CHECK_INTERVAL_MS + 50)
    for (const base of [...web, front]) expect((await itemsIn(base, '/feeds/web/feed.json')).map((i) => i.title)).toContain('Tin duyệt qua nginx')

    await until('the webhook delivered', async () => ((await deliveriesOf(id)).some((d) => d.state === 'success') ? true : undefined))
    await sleep(5_000) // two sender rounds of both workers: nothing more arrives
    expect(receivedFor(id).map((r) => r.json.type)).toEqual(['item.published'])
    expect((await deliveriesOf(id)).map((d) => [d.event, d.state, d.attempts])).toEqual([['item.published', 'success', 1]])
  })

  it('publishes an embargoed item once, when its time comes, with one webhook', async () => {
    const id = await createSubmitted('Tin cấm đăng đến giờ')
    const publishAt = new Date(Date.now() + 4_000).toISOString()
    expect((await api(front, `/api/articles/${id}/workflow`, { body: { action: 'approve', publishAt }, token: tokens.reviewer })).status).toBe(200)
    await until('published at its time', async () => ((await itemsIn(front, '/feeds/web/feed.json')).some((i) => i.title === 'Tin cấm đăng đến giờ') ? true : undefined))
    await until('the webhook delivered', async () => ((await deliveriesOf(id)).some((d) => d.state === 'success') ? true : undefined))
    await sleep(5_000)
    const events = (await api<{ docs: { action: string; to: string }[] }>(front, `/api/workflow-events?where[itemId][equals]=${id}&sort=at&limit=20`, { token: tokens.admin })).body.docs
    expect(events.map((e) => e.to)).toEqual(['in_review', 'scheduled', 'published'])
    expect(receivedFor(id).map((r) => r.json.type)).toEqual(['item.published'])
  })

  it('makes a bulletin’s audio once, with two workers, and serves the same file from both processes', async () => {
    const article = await api<{ doc: { id: number } }>(front, '/api/articles', {
      body: complete('articles', { audiences: ['public'], channels: ['loudspeaker'], title: 'Họp dân tối nay' }, { campaign }),
      token: tokens.editor,
    })
    expect(article.status).toBe(201)
    expect((await api(front, `/api/articles/${article.body.doc.id}/workflow`, { body: { action: 'submit' }, token: tokens.editor })).status).toBe(200)
    expect((await api(front, `/api/articles/${article.body.doc.id}/workflow`, { body: { action: 'approve' }, token: tokens.reviewer })).status).toBe(200)
    const bulletin = await api<{ doc: { id: number } }>(front, '/api/bulletins', {
      body: { date: new Date().toISOString(), items: [{ relationTo: 'articles', value: article.body.doc.id }], slot: '18:00' },
      token: tokens.editor,
    })
    expect(bulletin.status, JSON.stringify(bulletin.body)).toBe(201)
    const audioPath = `/api/bulletins/${bulletin.body.doc.id}/audio`
    const audioMedia = async () => (await api<{ totalDocs: number }>(front, '/api/media?where[kind][equals]=audio&limit=1', { token: tokens.admin })).body.totalDocs
    const before = await audioMedia()
    expect((await api(front, audioPath, { body: {}, token: tokens.editor })).status).toBe(202)
    let state: unknown
    const ready = await until('the audio made by a worker', async () => {
      const res = await api<{ audioStatus: string; audioUrl: null | string }>(front, audioPath, { token: tokens.editor })
      state = res.body
      return res.body.audioStatus === 'ready' && res.body.audioUrl ? res.body.audioUrl : undefined
    }).catch((err: Error) => {
      throw new Error(`${err.message}\nlast state: ${JSON.stringify(state)}`)
    })
    await sleep(3_000) // both workers had their turn at the queue: still one file
    expect(await audioMedia()).toBe(before + 1)
    const files = await Promise.all(
      [...web, front].map(async (base) => {
        const file = new URL(ready, base)
        const res = await fetch(`${base}${file.pathname}${file.search}`, { headers: { authorization: `JWT ${tokens.editor}` } })
        expect(res.status, base).toBe(200)
        expect(res.headers.get('content-type')).toBe('audio/mpeg')
        return { bytes: Buffer.from(await res.arrayBuffer()), etag: res.headers.get('etag') }
      }),
    )
    expect(files[0]!.bytes.length).toBeGreaterThan(1000)
    for (const file of files.slice(1)) {
      expect(file.bytes.equals(files[0]!.bytes)).toBe(true)
      expect(file.etag).toBe(files[0]!.etag)
    }
    // Made by a worker, kept in the bucket: no process's data folder holds it.
    const filename = decodeURIComponent(new URL(ready, front).pathname.split('/').pop()!)
    expect((await objectInBucket(filename))?.equals(files[0]!.bytes)).toBe(true)
    expect(existsSync(path.join(dataDir, 'media', filename))).toBe(false)
  })

  it('keeps an upload made through nginx in the bucket and serves it from both processes', async () => {
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64')
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(png)], { type: 'image/png' }), `anh-trien-khai-${randomBytes(3).toString('hex')}.png`)
    form.append('_payload', JSON.stringify({ alt: 'Ảnh thử triển khai', kind: 'photo' }))
    const res = await fetch(`${front}/api/media`, { body: form, headers: { authorization: `JWT ${tokens.editor}` }, method: 'POST' })
    const body = (await res.json()) as { doc: { filename: string } }
    expect(res.status, JSON.stringify(body)).toBe(201)
    expect((await objectInBucket(body.doc.filename))?.equals(png)).toBe(true)
    expect(existsSync(path.join(dataDir, 'media', body.doc.filename))).toBe(false)
    for (const base of [...web, front]) {
      const got = await fetch(`${base}/api/media/file/${encodeURIComponent(body.doc.filename)}`, { headers: { authorization: `JWT ${tokens.editor}` } })
      expect(got.status, base).toBe(200)
      expect(Buffer.from(await got.arrayBuffer()).equals(png), base).toBe(true)
    }
  })

  it('completes a delivery whose worker was killed with SIGKILL while sending it, once, with the same webhook-id', async () => {
    hangNext = true
    const id = await createSubmitted('Tin gửi khi máy chủ việc bị tắt')
    expect((await api(front, `/api/articles/${id}/workflow`, { body: { action: 'approve' }, token: tokens.reviewer })).status).toBe(200)
    await until('the first attempt arriving', async () => (receivedFor(id).length === 1 ? true : undefined))
    // The worker holding the connection to the receiver is the one sending: kill it (ss names the socket's process).
    const port = new URL(receiverUrl).port
    const ss = execFileSync('ss', ['-Htnp', 'state', 'established', `( dport = :${port} )`], { encoding: 'utf8' })
    const pid = Number(/pid=(\d+)/.exec(ss)?.[1])
    expect(pid).toBeGreaterThan(0)
    const victim = procs.find((p) => p.name.startsWith('jobs') && isDescendant(pid, p.child.pid!))
    expect(victim, `the sending process ${pid} is one of the workers`).toBeDefined()
    process.kill(pid, 'SIGKILL')
    for (const res of hanging.splice(0)) res.destroy()

    await until('the delivery completed by the other worker', async () => ((await deliveriesOf(id)).some((d) => d.state === 'success') ? true : undefined), 90_000)
    await sleep(5_000)
    const got = receivedFor(id)
    expect(got.map((r) => r.json.type)).toEqual(['item.published', 'item.published'])
    expect(new Set(got.map((r) => r.headers['webhook-id'])).size).toBe(1) // the receiver can tell it is the same message
    expect((await deliveriesOf(id)).map((d) => d.state)).toEqual(['success'])
  })
})
