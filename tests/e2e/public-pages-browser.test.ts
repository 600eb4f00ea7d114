// The public pages in Chromium, on Plan 232's sample content: home, item, campaign and slogans pages, the language switch,
// the self-hosted font, no request to any other host, no CSP violation, and axe-core finding no serious or critical issue.
// The pages are served by our Express app ahead of Next, so this suite needs no Next build (tests/helpers/testServer.ts).
import axe from 'axe-core'
import { mkdirSync, rmSync } from 'node:fs'
import path from 'node:path'
import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { seedPlan232 } from '../../src/seed/seedPlan232'
import { launchChromium } from '../helpers/browser'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'
import { startTestServer, type TestServer } from '../helpers/testServer'

/** Screenshots (git-ignored); the README's copies in docs/ are taken from here by hand. */
const SHOTS = path.resolve(import.meta.dirname, '../../artifacts/e2e/public-pages')

type AxeViolation = { help: string; id: string; impact?: null | string; nodes: { target: unknown }[] }

describe('the public pages in a browser', () => {
  let t: TestPayload
  let server: TestServer
  let context: BrowserContext
  let profileDir = ''
  let page: Page
  const elsewhere: string[] = []
  const violations: string[] = []

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true })
    t = await startTestPayload('public-browser')
    await seedPlan232(t.payload, { demoPassword: 'nguon-demo-2023' })
    // Plan 232's slogans hang from 30 Nov to 30 Dec 2023; the slogans page shows those within their window, so extend it.
    await t.payload.update({ collection: 'slogans', data: { displayUntil: '2099-12-30T00:00:00.000Z' }, overrideAccess: true, where: { number: { less_than_equal: 3 } } })
    server = await startTestServer({ config: t.config, getPayload: async () => t.payload })
    ;({ context, profileDir } = await launchChromium({ locale: 'vi-VN', viewport: { height: 900, width: 1280 } }))
    context.setDefaultTimeout(60_000)
    page = context.pages()[0] ?? (await context.newPage())
    const origin = new URL(server.url).origin
    page.on('request', (request) => {
      const url = new URL(request.url())
      if (url.protocol !== 'data:' && url.origin !== origin) elsewhere.push(request.url())
    })
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text())
    })
  }, 600_000)

  afterAll(async () => {
    await context?.close().catch(() => undefined)
    await server?.close()
    await t?.stop()
    if (profileDir) rmSync(profileDir, { force: true, recursive: true })
  })

  /** axe-core run in the page (through the debugging protocol, so the page's CSP, which runs no script, stays as served). */
  async function seriousViolations(): Promise<string[]> {
    await page.evaluate(`${axe.source}\n;void 0`)
    const found = (await page.evaluate(`axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } }).then((r) => r.violations)`)) as AxeViolation[]
    return found
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.impact}): ${v.help} at ${JSON.stringify(v.nodes.map((n) => n.target))}`)
  }

  it('home: public items of Plan 232 in Vietnamese, in Be Vietnam Pro from this server, accessible', async () => {
    const res = await page.goto(`${server.url}/vi`)
    expect(res?.status()).toBe(200)
    expect(await page.getAttribute('html', 'lang')).toBe('vi')
    // Both subsets the text needs (Latin and Vietnamese), at the heading weight, load from /assets/fonts.
    expect(await page.evaluate(`document.fonts.load('700 16px "Be Vietnam Pro"', 'Quyền con người').then((faces) => faces.length)`)).toBe(2)
    expect(await page.evaluate(`document.fonts.check('700 16px "Be Vietnam Pro"', 'Quyền con người')`)).toBe(true)
    expect(await page.locator('main .card').count()).toBeGreaterThan(2)
    expect(await seriousViolations()).toEqual([])
    await page.screenshot({ fullPage: false, path: path.join(SHOTS, 'public-home.png') })
  })

  it('item: opens from the home page, reads as an article, and switches to English and back', async () => {
    await page.goto(`${server.url}/vi`)
    const first = page.locator('main .card h3 a[href*="/articles/"]').first()
    const title = (await first.textContent())!.trim()
    await first.click()
    await page.waitForURL(/\/vi\/[a-z-]+\/\d+-/)
    expect((await page.locator('h1').textContent())!.trim()).toBe(title)
    expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toMatch(/\/vi\/[a-z-]+\/\d+-/)
    expect(await seriousViolations()).toEqual([])
    await page.screenshot({ fullPage: true, path: path.join(SHOTS, 'public-item.png') })

    await page.getByRole('link', { name: 'English' }).click()
    await page.waitForURL(/\/en\//)
    expect(await page.getAttribute('html', 'lang')).toBe('en')
    expect(await seriousViolations()).toEqual([])
    await page.getByRole('link', { name: 'Tiếng Việt' }).click()
    await page.waitForURL(/\/vi\//)
    expect((await page.locator('h1').textContent())!.trim()).toBe(title)
  })

  it('campaign: Plan 232 lists its public items, accessible', async () => {
    await page.goto(`${server.url}/vi`)
    await page.locator('.campaigns a').first().click()
    await page.waitForURL(/\/vi\/campaigns\//)
    expect(await page.locator('main .card').count()).toBeGreaterThan(2)
    expect(await seriousViolations()).toEqual([])
  })

  it('slogans: each slogan with its banner proof, accessible', async () => {
    const res = await page.goto(`${server.url}/vi/slogans`)
    expect(res?.status()).toBe(200)
    const slogans = page.locator('main .slogan')
    expect(await slogans.count()).toBeGreaterThan(0)
    const proof = slogans.first().locator('img')
    await proof.scrollIntoViewIfNeeded()
    await expect.poll(() => proof.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth), { timeout: 120_000 }).toBe(3000)
    expect(await proof.getAttribute('alt')).toBeTruthy()
    expect(await seriousViolations()).toEqual([])
    await page.screenshot({ fullPage: false, path: path.join(SHOTS, 'public-slogans.png') })
  })

  it('asked nothing of any other host, and broke no rule of the pages’ Content-Security-Policy', () => {
    expect(elsewhere).toEqual([])
    expect(violations).toEqual([])
  })
})
