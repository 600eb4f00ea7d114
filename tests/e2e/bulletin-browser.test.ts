// A bulletin's audio player and a delivery's "Resend" in the admin, in a real browser against the real server.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { api, login } from '../helpers/api'
import { openAdminAs } from '../helpers/browser'
import { complete } from '../helpers/content'
import { type RealServer, startRealServer } from '../helpers/realServer'

const SHOTS = path.resolve(import.meta.dirname, '../../artifacts/e2e')

type Doc = { id: number | string }
type AudioState = { audioError: null | string; audioStatus: string; audioUrl: null | string }
type Hook = { body: string; webhookId: string }

describe('bulletin audio and delivery resend in the admin, in a browser', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'nguon-e2e-bulletin-'))
  const hooks: Hook[] = []
  let receiver: Server
  let receiverUrl = ''
  let server: RealServer
  // The admin's own URL (SERVER_URL defaults to localhost): cookie-authenticated writes are checked against it.
  let base = ''
  let context: BrowserContext
  let profileDir = ''
  let page: Page
  const tokens: Record<string, string> = {}

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true })
    receiver = createServer((req, res) => {
      const chunks: Buffer[] = []
      req.on('data', (chunk: Buffer) => chunks.push(chunk))
      req.on('end', () => {
        hooks.push({ body: Buffer.concat(chunks).toString('utf8'), webhookId: String(req.headers['webhook-id'] ?? '') })
        res.writeHead(200).end('ok')
      })
    })
    receiver.listen(0, '127.0.0.1')
    await new Promise<void>((resolve) => receiver.once('listening', () => resolve()))
    receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`

    server = await startRealServer({ dataDir })
    base = server.url.replace('127.0.0.1', 'localhost')
    for (const who of ['admin', 'editor', 'reviewer']) tokens[who] = await login(server.url, `${who}@nguon.local`)

    ;({ context, page, profileDir } = await openAdminAs({ base, email: 'admin@nguon.local' }))
  })

  afterAll(async () => {
    await context?.close().catch(() => undefined)
    await server?.stop()
    receiver?.closeAllConnections()
    receiver?.close()
    for (const dir of [dataDir, profileDir].filter(Boolean)) rmSync(dir, { force: true, recursive: true })
  })

  it('shows a generated bulletin audio as a player that the browser can load', async () => {
    const created = await api<{ doc: Doc }>(server.url, '/api/bulletins', {
      body: { date: new Date().toISOString(), intro: 'Kính thưa bà con.', outro: 'Hết bản tin.', slot: '18:00' },
      token: tokens.admin,
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const id = created.body.doc.id

    // The same endpoint the admin's "Generate audio" button calls; the server's jobs runner makes the MP3.
    const queued = await api(server.url, `/api/bulletins/${id}/audio`, { method: 'POST', token: tokens.admin })
    expect(queued.status, JSON.stringify(queued.body)).toBe(202)
    let state: AudioState | undefined
    await expect
      .poll(
        async () => {
          state = (await api<AudioState>(server.url, `/api/bulletins/${id}/audio`, { token: tokens.admin })).body
          return state.audioStatus
        },
        { interval: 500, timeout: 120_000 },
      )
      .toBe('ready')
    expect(state?.audioUrl).toBeTruthy()

    await page.goto(`${base}/admin/collections/bulletins/${id}`)
    const player = page.locator('.nguon-bulletin-audio audio')
    await player.waitFor({ state: 'visible' })
    expect(await player.getAttribute('controls')).not.toBeNull()
    const box = await player.boundingBox()
    expect(box?.height ?? 0).toBeGreaterThan(0)

    const src = await player.evaluate((el) => (el as HTMLAudioElement).currentSrc || (el as HTMLAudioElement).src)
    // A draft bulletin's audio is for logged-in users of its unit and admins only (media access, README).
    const file = await fetch(new URL(src, base), { headers: { authorization: `JWT ${tokens.admin}` } })
    expect(file.status).toBe(200)
    expect(file.headers.get('content-type')).toMatch(/^audio\/mpeg/)
    // The browser itself loads the file's metadata: the play control has something to play.
    await expect.poll(() => player.evaluate((el) => (el as HTMLAudioElement).duration), { timeout: 30_000 }).toBeGreaterThan(0)
    expect(await page.locator('.nguon-bulletin-audio').textContent()).toContain('Sẵn sàng')
    await page.locator('.nguon-bulletin-audio').scrollIntoViewIfNeeded()
    await page.screenshot({ fullPage: true, path: path.join(SHOTS, 'bulletin-audio.png') })
  })

  it('resends a delivery from its edit view with the same webhook-id', async () => {
    const outlet = await api<{ doc: Doc }>(server.url, '/api/outlets', {
      body: { accessLevel: 'public', channels: ['web'], kind: 'web', name: 'Báo điện tử thử nghiệm', webhookUrl: `${receiverUrl}/hook` },
      token: tokens.admin,
    })
    expect(outlet.status, JSON.stringify(outlet.body)).toBe(201)
    expect((await api(server.url, `/api/outlets/${outlet.body.doc.id}/webhook-secret`, { body: {}, token: tokens.admin })).status).toBe(200)

    // Only complete content is submitted and approved (src/content/completeness.ts).
    const { body: campaigns } = await api<{ docs: Doc[] }>(server.url, '/api/campaigns?limit=1', { token: tokens.admin })
    const article = await api<{ doc: Doc }>(server.url, '/api/articles', {
      body: complete('articles', { audiences: ['public'], channels: ['web'], summary: 'Tóm tắt', title: 'Tin đẩy cho báo điện tử' }, { campaign: campaigns.docs[0]!.id }),
      token: tokens.editor,
    })
    expect(article.status, JSON.stringify(article.body)).toBe(201)
    const itemId = article.body.doc.id
    const act = (who: string, action: string) => api(server.url, `/api/articles/${itemId}/workflow`, { body: { action }, token: tokens[who] })
    expect((await act('editor', 'submit')).status).toBe(200)
    expect((await act('reviewer', 'approve')).status).toBe(200)

    await expect.poll(() => hooks.length, { interval: 250, timeout: 60_000 }).toBe(1)
    const first = hooks[0]!
    expect(first.webhookId).toMatch(/\S/)
    const deliveries = await api<{ docs: (Doc & { state: string; webhookId: string })[] }>(
      server.url,
      `/api/deliveries?depth=0&where[itemId][equals]=${itemId}`,
      { token: tokens.admin },
    )
    expect(deliveries.body.docs).toHaveLength(1)
    const delivery = deliveries.body.docs[0]!
    expect(delivery.webhookId).toBe(first.webhookId)
    await expect
      .poll(async () => (await api<{ state: string }>(server.url, `/api/deliveries/${delivery.id}?depth=0`, { token: tokens.admin })).body.state, { timeout: 30_000 })
      .toBe('success')

    await page.goto(`${base}/admin/collections/deliveries/${delivery.id}`)
    const button = page.locator('#delivery-resend')
    await button.waitFor({ state: 'visible' })
    expect(await button.textContent()).toContain('Gửi lại')
    await button.click()
    const toast = page.locator('.payload-toast-item', { hasText: first.webhookId })
    await toast.waitFor({ state: 'visible' })
    expect(await toast.textContent()).toContain('Đã xếp lịch gửi lại')

    await expect.poll(() => hooks.length, { interval: 250, timeout: 60_000 }).toBe(2)
    expect(hooks[1]!.webhookId).toBe(first.webhookId)
    expect(hooks[1]!.body).toBe(first.body)
    await page.screenshot({ fullPage: true, path: path.join(SHOTS, 'delivery-resend.png') })
  })
})
