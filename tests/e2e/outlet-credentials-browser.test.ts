// An outlet's feed token and webhook secret managed from its edit view, in a real browser against the real server.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { generateWebhookSecret, parseWebhookSecret } from '../../src/delivery/signature'
import { api, login } from '../helpers/api'
import { openAdminAs } from '../helpers/browser'
import { type RealServer, startRealServer } from '../helpers/realServer'

const SHOTS = path.resolve(import.meta.dirname, '../../artifacts/e2e')

type Outlet = { id: number | string; tokenIssuedAt?: null | string; webhookSecretSetAt?: null | string }

describe("an outlet's feed token and webhook secret in the admin, in a browser", () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'nguon-e2e-outlet-'))
  let server: RealServer
  // The admin's own URL (SERVER_URL defaults to localhost): cookie-authenticated writes are checked against it.
  let base = ''
  let adminJwt = ''
  let context: BrowserContext
  let profileDir = ''
  let page: Page
  let outletId: number | string = ''
  let oldToken = ''

  const feed = (url: string, token?: string) => fetch(url, { headers: token ? { authorization: `Bearer ${token}` } : {} })
  const openOutlet = async () => {
    await page.goto(`${base}/admin/collections/outlets/${outletId}`)
    await page.getByTestId('outlet-feed-token').waitFor()
  }

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true })
    server = await startRealServer({ dataDir })
    base = server.url.replace('127.0.0.1', 'localhost')
    adminJwt = await login(server.url, 'admin@nguon.local')
    const created = await api<{ doc: Outlet }>(server.url, '/api/outlets', {
      body: { accessLevel: 'public', channels: ['newspaper', 'loudspeaker'], kind: 'loudspeaker-network', name: 'Đài truyền thanh xã Thạch Kim' },
      token: adminJwt,
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    outletId = created.body.doc.id
    // A token issued earlier through the API, which the one issued in the admin must replace.
    oldToken = (await api<{ token: string }>(server.url, `/api/outlets/${outletId}/token`, { body: {}, token: adminJwt })).body.token

    ;({ context, page, profileDir } = await openAdminAs({ base, email: 'admin@nguon.local' }))
  })

  afterAll(async () => {
    await context?.close().catch(() => undefined)
    await server?.stop()
    for (const dir of [dataDir, profileDir].filter(Boolean)) rmSync(dir, { force: true, recursive: true })
  })

  it('explains on a new outlet that it must be saved first', async () => {
    await page.goto(`${base}/admin/collections/outlets/create`)
    const panel = page.getByTestId('outlet-feed-token')
    await panel.waitFor()
    expect(await panel.textContent()).toContain('Hãy lưu cơ quan nhận tin trước')
    expect(await page.getByTestId('outlet-webhook-secret').textContent()).toContain('Hãy lưu cơ quan nhận tin trước')
    expect(await page.locator('#outlet-issue-token, #outlet-generate-secret, #outlet-paste-secret').count()).toBe(0)
  })

  it('issues a new feed token once, which opens every listed feed while the old one stops working', async () => {
    expect((await feed(`${base}/feeds/newspaper/rss.xml`, oldToken)).status).toBe(200)
    await openOutlet()
    expect(await page.getByTestId('outlet-token-issued-at').textContent()).toContain('Mã hiện tại cấp lúc')

    // A token exists, so the admin is warned before it is replaced.
    await page.locator('#outlet-issue-token').click()
    const warning = page.locator('.confirmation-modal', { hasText: 'ngừng hoạt động ngay lập tức' })
    await warning.waitFor()
    await warning.locator('#confirm-action').click()
    const tokenBox = page.locator('#outlet-token-value')
    await tokenBox.waitFor()
    const token = await tokenBox.inputValue()
    expect(token).toMatch(/^nguon_ft_/)
    expect(token).not.toBe(oldToken)
    expect(await page.getByTestId('outlet-token').textContent()).toContain('chỉ hiển thị một lần')
    await page.getByTestId('outlet-feed-token').scrollIntoViewIfNeeded()
    await page.screenshot({ fullPage: true, path: path.join(SHOTS, 'outlet-feed-token.png') })

    const urls = await page.locator('[data-testid="outlet-feed-urls"] input').evaluateAll((inputs) => inputs.map((input) => input.getAttribute('data-url') ?? ''))
    expect(urls).toEqual(
      ['newspaper/rss.xml', 'newspaper/feed.json', 'newspaper/ninjs.json', 'loudspeaker/rss.xml', 'loudspeaker/feed.json', 'loudspeaker/ninjs.json', 'loudspeaker/podcast.xml', 'loudspeaker/bulletins.json'].map(
        (p) => `${base}/feeds/${p}`,
      ),
    )
    for (const url of urls) expect((await feed(url, token)).status, url).toBe(200)
    expect((await feed(`${base}/feeds/newspaper/rss.xml`, oldToken)).status).toBe(401)
    expect((await feed(`${base}/feeds/loudspeaker/podcast.xml`, oldToken)).status).toBe(401)

    // For software that only takes an address, the token can go into it.
    await page.locator('#outlet-token-in-urls').check()
    const withToken = await page.locator('#outlet-feed-newspaper-rss-xml-value').inputValue()
    expect(withToken).toBe(`${base}/feeds/newspaper/rss.xml?token=${encodeURIComponent(token)}`)
    expect((await feed(withToken)).status).toBe(200)

    // Only a hash is kept: the API never returns the token.
    const stored = await api<Outlet>(server.url, `/api/outlets/${outletId}?depth=0`, { token: adminJwt })
    expect(JSON.stringify(stored.body)).not.toContain(token)

    await page.reload()
    await page.getByTestId('outlet-feed-token').waitFor()
    expect(await page.locator('#outlet-token-value').count()).toBe(0)
    expect(await page.content()).not.toContain(token)
    expect(await page.locator('[data-testid="outlet-feed-urls"] input').count()).toBe(8)
  })

  it('generates a webhook secret once, shows why a pasted one is refused and stores a valid one', async () => {
    await openOutlet()
    const panel = page.getByTestId('outlet-webhook-secret')
    expect(await page.getByTestId('outlet-secret-set-at').textContent()).toContain('Chưa có khóa')

    // No secret yet: nothing to warn about.
    await page.locator('#outlet-generate-secret').click()
    const secretBox = page.locator('#outlet-secret-value')
    await secretBox.waitFor()
    const secret = await secretBox.inputValue()
    expect(secret).toMatch(/^whsec_/)
    expect(parseWebhookSecret(secret)).toHaveLength(32)
    await expect.poll(() => page.getByTestId('outlet-secret-set-at').textContent()).toContain('Đặt khóa lần cuối lúc')
    const generatedAt = (await api<Outlet>(server.url, `/api/outlets/${outletId}?depth=0`, { token: adminJwt })).body.webhookSecretSetAt
    expect(generatedAt).toEqual(expect.any(String))
    await panel.scrollIntoViewIfNeeded()
    await page.screenshot({ fullPage: true, path: path.join(SHOTS, 'outlet-webhook-secret.png') })

    const paste = page.locator('#outlet-paste-secret')
    expect(await paste.getAttribute('type')).toBe('password')
    await paste.fill('whsec_not-base64!!')
    await page.locator('#outlet-save-secret').click()
    const refusal = page.getByTestId('outlet-paste-error')
    await refusal.waitFor()
    expect(await refusal.textContent()).toContain('Khóa bí mật webhook không hợp lệ')
    await page.screenshot({ fullPage: true, path: path.join(SHOTS, 'outlet-webhook-secret-refused.png') })

    await paste.fill(generateWebhookSecret())
    await page.locator('#outlet-save-secret').click()
    const saved = page.getByTestId('outlet-paste-saved')
    await saved.waitFor()
    expect(await saved.textContent()).toContain('Đã lưu khóa bí mật webhook')
    expect(await paste.inputValue()).toBe('')
    // The generated secret is not left on screen once another one replaced it.
    expect(await secretBox.count()).toBe(0)
    const pastedAt = (await api<Outlet>(server.url, `/api/outlets/${outletId}?depth=0`, { token: adminJwt })).body.webhookSecretSetAt
    expect(new Date(pastedAt!).getTime()).toBeGreaterThanOrEqual(new Date(generatedAt!).getTime())

    await page.reload()
    await page.getByTestId('outlet-webhook-secret').waitFor()
    expect(await page.locator('#outlet-secret-value').count()).toBe(0)
    expect(await page.content()).not.toContain(secret)
  })

  it("speaks the admin's language in the server's refusals, and says so when the session has ended", async () => {
    await context.addCookies([{ name: 'payload-lng', url: base, value: 'en' }])
    await openOutlet()
    await page.locator('#outlet-paste-secret').fill('not-a-secret')
    await page.locator('#outlet-save-secret').click()
    const refusal = page.getByTestId('outlet-paste-error')
    await refusal.waitFor()
    expect(await refusal.textContent()).toBe('Invalid webhook secret: Webhook secret must start with "whsec_"')

    await context.clearCookies()
    await page.locator('#outlet-issue-token').click()
    await page.locator('.confirmation-modal #confirm-action').click()
    const error = page.getByTestId('outlet-token-error')
    await error.waitFor()
    expect(await error.textContent()).toBe('Your session has ended: log in again.')
    expect(await page.locator('#outlet-token-value').count()).toBe(0)
  })
})
