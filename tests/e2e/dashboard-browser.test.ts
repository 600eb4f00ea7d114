// The campaign-progress dashboard, its print page and the slogan proofs in Chromium against the real server (`npm start` path).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { api, login } from '../helpers/api'
import { launchChromium } from '../helpers/browser'
import { complete } from '../helpers/content'
import { type RealServer, startRealServer } from '../helpers/realServer'

const root = path.resolve(import.meta.dirname, '../..')
const artifacts = path.join(root, 'artifacts/e2e')
// The README's pictures in docs/ are refreshed only on request: UPDATE_DOCS=1 npm run test:e2e
const docs = process.env.UPDATE_DOCS ? path.join(root, 'docs') : artifacts

type Doc = { id: number | string }

describe('campaign progress dashboard in a browser', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'nguon-e2e-dashboard-'))
  let profileDir = ''
  let server: RealServer
  let context: BrowserContext
  let page: Page
  let campaignId: number | string

  /** An article by `author` in Plan 232, taken through review to published (or left in review). */
  async function article({ author, channels, isPublished, title }: { author: string; channels: string[]; isPublished: boolean; title: string }) {
    const tokens = { author: await login(server.url, `${author}@nguon.local`), reviewer: await login(server.url, 'reviewer@nguon.local') }
    const created = await api<{ doc: Doc }>(server.url, '/api/articles', {
      // Only complete content is submitted and approved (src/content/completeness.ts).
      body: complete('articles', { audiences: ['public'], channels, summary: 'Tóm tắt', title }, { campaign: campaignId }),
      token: tokens.author,
    })
    if (created.status !== 201) throw new Error(JSON.stringify(created.body))
    const id = created.body.doc.id
    const act = async (action: string, token: string) => {
      const res = await api(server.url, `/api/articles/${id}/workflow`, { body: { action }, token })
      if (res.status !== 200) throw new Error(`${action}: ${res.status} ${JSON.stringify(res.body)}`)
    }
    await act('submit', tokens.author)
    if (isPublished) await act('approve', tokens.reviewer)
  }

  beforeAll(async () => {
    mkdirSync(artifacts, { recursive: true })
    mkdirSync(docs, { recursive: true })
    server = await startRealServer({ dataDir })
    const admin = await login(server.url, 'admin@nguon.local')
    const campaigns = await api<{ docs: Doc[] }>(server.url, '/api/campaigns', { token: admin })
    campaignId = campaigns.body.docs[0]!.id
    await article({ author: 'editor', channels: ['newspaper', 'web'], isPublished: true, title: 'Hà Tĩnh bảo đảm quyền con người' })
    await article({ author: 'editor', channels: ['radio', 'loudspeaker'], isPublished: true, title: 'Phát thanh về Ngày Nhân quyền' })
    await article({ author: 'editor', channels: ['web'], isPublished: false, title: 'Bài đang chờ duyệt' })
    await article({ author: 'editor2', channels: ['television'], isPublished: false, title: 'Phóng sự Công an tỉnh' })

    ;({ context, profileDir } = await launchChromium())
    page = context.pages()[0] ?? (await context.newPage())
  })

  afterAll(async () => {
    await context?.close()
    await server?.stop()
    rmSync(dataDir, { force: true, recursive: true })
    if (profileDir) rmSync(profileDir, { force: true, recursive: true })
  })

  it('logs in and reaches the dashboard from the navigation', async () => {
    await page.goto(`${server.url}/admin/login`)
    await page.fill('input[name="email"]', 'admin@nguon.local')
    await page.fill('input[name="password"]', 'nguon-demo-2023')
    await page.click('button[type="submit"]')
    await page.waitForURL((url) => !url.pathname.includes('/login'), { timeout: 60_000 })
    const link = page.locator('#nav-campaign-progress')
    await expect(link.count()).resolves.toBeGreaterThan(0)
    expect(await link.first().textContent()).toContain('Tiến độ chiến dịch')
    await page.goto(`${server.url}/admin/campaign-progress`)
    await page.waitForSelector('[data-testid="campaign-progress"]')
  })

  it('shows every assigned unit with bars, the countdown and links to its items', async () => {
    const started = Date.now()
    await page.goto(`${server.url}/admin/campaign-progress`, { waitUntil: 'load' })
    console.log(`dashboard loaded in the browser in ${Date.now() - started} ms`)
    await page.waitForSelector('[data-testid="campaign-progress"] table')
    expect(await page.locator('tr[data-unit]').count()).toBe(10)
    const sttt = page.locator('tr[data-unit="STTTT"]')
    // The three articles written above, plus the five items of the department's sample content (src/seed/sampleContent.ts).
    expect(await sttt.locator('td').nth(1).textContent()).toBe('8')
    expect(await page.locator('[data-testid="countdown"]').textContent()).toMatch(/Quá hạn \d+ ngày/)
    const href = await sttt.locator('.ncp-links a').first().getAttribute('href')
    expect(href).toMatch(/^\/admin\/collections\/articles\?where/)
    expect(await page.locator('.ncp-flag').count()).toBeGreaterThan(0)
    await page.screenshot({ fullPage: true, path: path.join(artifacts, 'dashboard.png') })
    await page.screenshot({ path: path.join(docs, 'dashboard.png') })

    await page.goto(`${server.url}${href}`)
    await page.waitForSelector('.collection-list, .table', { timeout: 60_000 })
    expect(await page.content()).toContain('Hà Tĩnh bảo đảm quyền con người')
  })

  it('follows the admin language', async () => {
    await context.addCookies([{ name: 'payload-lng', url: server.url, value: 'en' }])
    await page.goto(`${server.url}/admin/campaign-progress`)
    await page.waitForSelector('[data-testid="campaign-progress"]')
    expect(await page.locator('h1').first().textContent()).toBe('Campaign progress')
    expect(await page.locator('[data-testid="countdown"]').textContent()).toMatch(/Overdue by \d+ days/)
    await context.clearCookies({ name: 'payload-lng' })
  })

  it('prints a dated report for the committee head', async () => {
    await page.goto(`${server.url}/admin/campaign-progress/print`)
    await page.waitForSelector('[data-testid="campaign-print"] table')
    const header = await page.locator('[data-testid="campaign-print"] header').textContent()
    expect(header).toContain('Số liệu tính đến')
    expect(await page.locator('tr[data-unit]').count()).toBe(10)
    await page.emulateMedia({ media: 'print' })
    await page.screenshot({ fullPage: true, path: path.join(artifacts, 'dashboard-print.png') })
    await page.emulateMedia({ media: 'screen' })
  })

  it('shows the three proofs in the slogan’s edit view', async () => {
    const token = await login(server.url, 'admin@nguon.local')
    const slogans = await api<{ docs: Doc[] }>(server.url, '/api/slogans?where[number][equals]=1', { token })
    const id = slogans.body.docs[0]!.id
    await page.goto(`${server.url}/admin/collections/slogans/${id}`)
    const images = page.locator('.nguon-slogan-proofs img')
    await images.first().waitFor({ timeout: 60_000 })
    expect(await images.count()).toBe(3)
    await page.locator('.nguon-slogan-proofs').scrollIntoViewIfNeeded()
    await page.waitForFunction(
      () => [...document.querySelectorAll<HTMLImageElement>('.nguon-slogan-proofs img')].every((img) => img.complete && img.naturalWidth > 0),
      undefined,
      { timeout: 60_000 },
    )
    await page.locator('.nguon-slogan-proofs').screenshot({ path: path.join(artifacts, 'slogan-proofs.png') })

    // The README's picture: the banner proof of slogan 1, as an anonymous newsroom would fetch it.
    const res = await fetch(`${server.url}/api/slogans/${id}/proof?format=banner&locale=vi`)
    expect(res.status).toBe(200)
    writeFileSync(path.join(docs, 'slogan-proof-banner.png'), Buffer.from(await res.arrayBuffer()))
  })
})
