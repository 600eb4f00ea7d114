// The global search in Chromium against the real server (`npm start` path, the Plan 232 demo): Ctrl+K opens it,
// a query typed without marks finds what /api/search gives the same user, grouped by type under Vietnamese names with
// status and unit and the matched words marked; a result opens its item; a query that cannot be searched says why;
// Escape closes it. axe-core on the dialog.
import axe from 'axe-core'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { TYPE_WORDS } from '../../src/admin/search/searchResults'
import { SEARCHED_COLLECTIONS } from '../../src/search/searchRows'
import { foldWord } from '../../src/search/folding'
import { DEFAULT_DEMO_PASSWORD } from '../../src/settings'
import { api, login } from '../helpers/api'
import { launchChromium } from '../helpers/browser'
import { type RealServer, startRealServer } from '../helpers/realServer'

type AxeViolation = { id: string; help: string; impact: null | string; nodes: { target: string[] }[] }
type Answer = { docs: { collection: string; id: number; title: string }[]; totalDocs: number; totalIsLowerBound: boolean }

describe('the global search in a browser', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'nguon-e2e-search-'))
  const opened: { context: BrowserContext; profileDir: string }[] = []
  let server: RealServer
  let base = ''

  async function openAs(who: string): Promise<Page> {
    const { context, profileDir } = await launchChromium({ locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh', viewport: { height: 1000, width: 1440 } })
    context.setDefaultTimeout(30_000)
    opened.push({ context, profileDir })
    const page = context.pages()[0] ?? (await context.newPage())
    await page.goto(`${base}/admin/login`)
    await page.locator('#field-email').fill(`${who}@nguon.local`)
    await page.locator('#field-password').fill(DEFAULT_DEMO_PASSWORD)
    await page.locator('button[type="submit"]').click()
    await page.waitForURL((url) => !url.pathname.includes('/login'))
    // Hydrated: Ctrl+K is heard only once React has attached the listener.
    await page.waitForLoadState('networkidle')
    return page
  }

  async function seriousViolations(page: Page, selector: string): Promise<string[]> {
    await page.evaluate(`${axe.source}\n;void 0`)
    const found = (await page.evaluate(
      `axe.run(document.querySelector(${JSON.stringify(selector)}), { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } }).then((r) => r.violations)`,
    )) as AxeViolation[]
    return found.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.impact}): ${v.help} at ${JSON.stringify(v.nodes.map((n) => n.target))}`)
  }

  beforeAll(async () => {
    server = await startRealServer({ dataDir })
    base = server.url.replace('127.0.0.1', 'localhost')
  }, 320_000)

  afterAll(async () => {
    for (const { context } of opened) await context.close().catch(() => undefined)
    await server?.stop()
    for (const dir of [dataDir, ...opened.map((o) => o.profileDir)]) rmSync(dir, { force: true, recursive: true })
  })

  it('finds "nhan quyen" typed without marks, as the API gives the same editor, grouped by type, and opens a result', async () => {
    const token = await login(server.url, 'editor@nguon.local')
    const expected = (await api<Answer>(server.url, '/api/search?q=nhan%20quyen&limit=30', { token })).body
    expect(expected.totalDocs, 'the demo has items about nhân quyền').toBeGreaterThan(0)

    const page = await openAs('editor')
    await page.keyboard.press('Control+K')
    const input = page.getByTestId('global-search-input')
    await input.waitFor()
    expect(await input.evaluate((el) => el === document.activeElement), 'Ctrl+K puts the cursor in the box').toBe(true)
    await input.fill('nhan quyen')
    const results = page.getByTestId('global-search-results')
    await results.waitFor()

    expect(await results.locator('.nguon-search__total').innerText()).toBe(`${expected.totalDocs} kết quả`)
    // Grouped by type, each group under its Vietnamese name, the groups in the fixed order, every result shown once.
    const groups = await results.locator('h3').allInnerTexts()
    const order = SEARCHED_COLLECTIONS.map((collection) => TYPE_WORDS[collection]!.vi)
    expect(groups.length).toBeGreaterThan(0)
    expect(groups.every((g) => order.includes(g))).toBe(true)
    expect(groups.map((g) => order.indexOf(g))).toEqual([...groups.map((g) => order.indexOf(g))].sort((a, b) => a - b))
    const hrefs = await results.locator('li a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))
    expect(hrefs.sort()).toEqual(expected.docs.map((d) => `/admin/collections/${d.collection}/${d.id}`).sort())
    // The matched words marked, whatever marks they carry in the text.
    const marked = await results.locator('mark').allInnerTexts()
    expect(marked.length).toBeGreaterThan(0)
    for (const word of marked) expect(['nhan', 'quyen']).toContain(foldWord(word))
    // Status and unit in words, not codes of the database.
    const meta = await results.locator('.nguon-search__meta').first().innerText()
    expect(meta).toMatch(/ — /)
    expect(meta).not.toMatch(/published|draft|in_review/)
    expect(await seriousViolations(page, '.nguon-search__dialog')).toEqual([])

    const first = hrefs[0]!
    await results.locator(`a[href="${first}"]`).click()
    await page.waitForURL((url) => url.pathname === first)
    expect(await page.locator('.nguon-search__dialog').count(), 'the dialog closes on the way').toBe(0)
  })

  it('says why a query cannot be searched, finds nothing in words, and closes on Escape', async () => {
    const page = await openAs('reviewer')
    // The link in the navigation, opened from its menu button when it is closed.
    const link = page.getByTestId('global-search-open')
    // Payload keeps a closed navigation in the page (a link there reads as visible), so the menu button says: "Mở …".
    const opener = page.locator('button.nav-toggler[aria-label^="Mở"]').first()
    if (await opener.count()) await opener.click()
    await link.click()
    const input = page.getByTestId('global-search-input')
    await input.fill('"" * ()')
    const alert = page.locator('.nguon-search__error[role="alert"]')
    await alert.waitFor()
    expect(await alert.innerText()).toMatch(/không hợp lệ/)
    await input.fill('khongcotutnaoxyz')
    await page.locator('.nguon-search__empty').waitFor()
    expect(await page.locator('.nguon-search__empty').innerText()).toBe('Không tìm thấy. Hãy thử ít từ hơn hoặc gõ không dấu.')
    expect(await page.locator('.nguon-search__error').count()).toBe(0)
    await page.keyboard.press('Escape')
    await page.locator('.nguon-search__dialog').waitFor({ state: 'detached' })
  })
})
