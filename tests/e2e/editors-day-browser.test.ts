// The editors' and reviewers' day in Chromium against the real server (`npm start` path), as the demo users:
// home pages by role, one language throughout (Vietnamese, and once English), the content language named apart,
// one date format, feeds counted as reach, live bulletin audio state, proof placeholders, nothing from other hosts.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { lexicalFromText } from '../../src/content/lexical'
import { DEFAULT_DEMO_PASSWORD } from '../../src/settings'
import { api, login } from '../helpers/api'
import { launchChromium } from '../helpers/browser'
import { type RealServer, startRealServer } from '../helpers/realServer'

const SHOTS = path.resolve(import.meta.dirname, '../../artifacts/e2e/editors-day')

type Doc = { id: number | string; [key: string]: unknown }
type Opened = { context: BrowserContext; foreign: string[]; page: Page; profileDir: string }

/** Payload's English defaults that must not show in the Vietnamese admin (whole lines of visible text). */
const ENGLISH_DEFAULTS = [
  'Account', 'Add Row', 'Block', 'Blocks', 'Collapse All', 'Collections', 'Columns', 'Create New', 'Created At', 'Dashboard', 'Draft', 'Edit',
  'Email', 'Filters', 'Globals', 'Language', 'Last Modified', 'Loading...', 'Locale', 'Log out', 'Menu', 'No results found', 'Password',
  'Published', 'Save', 'Save Draft', 'Search', 'Show All', 'Toggle block', 'Untitled', 'Updated At', 'Versions', 'Welcome',
]
/** Mixed or raw strings the issue found. */
const FOUND_IN_ISSUE = [/^Slot \d+/, /Thêm: Abbreviation/, /Bật\/tắt block/, /\bnewspaper, television\b/, /undefined/, /Quản trị \/ Administration/, /thg \d+/, /\b\d{1,2}:\d{2} (AM|PM)\b/]
const DATE_TIME = /\b\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}\b/

describe("the editors' and reviewers' day in a browser", () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'nguon-e2e-editors-day-'))
  const opened: Opened[] = []
  const tokens: Record<string, string> = {}
  let server: RealServer
  let base = ''
  let host = ''

  /** A fresh Chromium in Vietnam, logged in as `who`, recording every request to a host other than the server's. */
  async function openAs(who: string): Promise<Opened> {
    const { context, profileDir } = await launchChromium({ locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh', viewport: { height: 1000, width: 1440 } })
    context.setDefaultTimeout(30_000)
    const foreign: string[] = []
    context.on('request', (request) => {
      const url = new URL(request.url())
      if (!['data:', 'blob:'].includes(url.protocol) && url.host !== host) foreign.push(request.url())
    })
    const page = context.pages()[0] ?? (await context.newPage())
    await page.emulateMedia({ reducedMotion: 'reduce' })
    await page.goto(`${base}/admin/login`)
    await page.locator('#field-email').fill(`${who}@nguon.local`)
    await page.locator('#field-password').fill(DEFAULT_DEMO_PASSWORD)
    await page.locator('button[type="submit"]').click()
    await page.waitForURL((url) => !url.pathname.includes('/login'))
    const entry = { context, foreign, page, profileDir }
    opened.push(entry)
    return entry
  }

  const lines = async (page: Page) =>
    (await page.locator('body').innerText())
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean)

  /** The visible text has no English Payload default as a whole line, and none of the strings the issue found. */
  async function expectVietnamese(page: Page, where: string) {
    const text = await lines(page)
    const english = text.filter((line) => ENGLISH_DEFAULTS.includes(line))
    expect(english, `${where}: English defaults`).toEqual([])
    const found = text.filter((line) => FOUND_IN_ISSUE.some((pattern) => pattern.test(line)))
    // Where it sits, for the failure message: the innermost element showing it.
    const context = found.length
      ? await page.evaluate((needle) => {
          const all = [...document.querySelectorAll('body *')].filter((el) => (el as HTMLElement).innerText?.includes(needle))
          return all.at(-1)?.parentElement?.outerHTML.slice(0, 600) ?? ''
        }, found[0]!)
      : ''
    expect(found, `${where}: strings from the issue ${context}`).toEqual([])
  }

  const shot = (page: Page, name: string) => page.screenshot({ fullPage: true, path: path.join(SHOTS, `${name}.png`) })

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true })
    server = await startRealServer({ dataDir })
    // The browser uses the configured server URL's host, so Payload's cookie checks and every link agree with it.
    base = server.url.replace('127.0.0.1', 'localhost')
    host = new URL(base).host
    for (const who of ['admin', 'editor', 'editor2', 'reviewer', 'chief']) tokens[who] = await login(server.url, `${who}@nguon.local`)
  })

  afterAll(async () => {
    for (const { context } of opened) await context.close().catch(() => undefined)
    await server?.stop()
    for (const dir of [dataDir, ...opened.map((o) => o.profileDir)]) rmSync(dir, { force: true, recursive: true })
  })

  it("shows Nguồn's own name and mark on the login page, and asks no other host for anything", async () => {
    const { context, profileDir } = await launchChromium({ locale: 'vi-VN' })
    opened.push({ context, foreign: [], page: context.pages()[0]!, profileDir })
    const page = context.pages()[0] ?? (await context.newPage())
    const foreign: string[] = []
    context.on('request', (request) => {
      if (new URL(request.url()).host !== host && !request.url().startsWith('data:')) foreign.push(request.url())
    })
    await page.goto(`${base}/admin/login`, { waitUntil: 'networkidle' })
    await page.getByTestId('nguon-logo').waitFor()
    expect(await page.getByTestId('nguon-logo').innerText()).toContain('Nguồn')
    expect(await page.locator('body').innerText()).not.toMatch(/payload/i)
    expect(await page.locator('label[for="field-email"]').innerText()).toContain('Địa chỉ email')
    await shot(page, 'login-vi')
    expect(foreign).toEqual([])
  })

  it("gives an editor a home page with their drafts, what was sent back with the reviewer's note, what waits and what was published", async () => {
    const { foreign, page } = await openAs('editor')
    const home = page.getByTestId('home')
    await home.waitFor()
    expect(await home.getAttribute('data-sections')).toBe('myWork')
    const sentBack = page.getByTestId('home-sent-back')
    expect(await sentBack.innerText()).toContain('Đề cương tuyên truyền trên hệ thống thông tin cơ sở')
    expect(await page.getByTestId('home-review-note').innerText()).toContain('Đề cương chưa có số liệu')
    expect(await page.getByTestId('home-drafts').innerText()).toContain('Phóng sự ảnh')
    expect(await page.getByTestId('home-in-review').innerText()).toContain('Đưa thông tin chính thống')
    expect(await page.getByTestId('home-published').locator('li').count()).toBe(2)
    // No review queue for an editor; campaign progress one click away.
    expect(await page.locator('#home-review-queue').count()).toBe(0)
    await page.locator('#home-campaign-progress').click()
    await page.getByTestId('campaign-progress').waitFor()
    await page.goto(`${base}/admin`)
    await home.waitFor()
    expect(await home.innerText()).toMatch(DATE_TIME)
    // The avatar is drawn here: the editor's initials, no picture from anywhere.
    expect(await page.getByTestId('nguon-avatar').first().innerText()).toMatch(/^\p{Lu}{1,2}$/u)
    await expectVietnamese(page, 'editor home')
    await shot(page, 'home-editor-vi')
    // The item sent back opens from its link.
    await sentBack.locator('a').first().click()
    await page.waitForURL(/\/admin\/collections\/talking-points\/\d+/)
    expect(foreign).toEqual([])
  })

  it('gives a reviewer the queue size and the oldest waiting item, one click from home', async () => {
    const { foreign, page } = await openAs('reviewer')
    await page.getByTestId('home').waitFor()
    expect(await page.getByTestId('home').getAttribute('data-sections')).toBe('queue')
    expect(await page.getByTestId('home-queue-size').innerText()).toBe('3')
    const oldest = page.getByTestId('home-queue-oldest')
    expect(await oldest.innerText()).toMatch(DATE_TIME)
    const oldestTitle = await oldest.locator('a').innerText()
    await expectVietnamese(page, 'reviewer home')
    await shot(page, 'home-reviewer-vi')
    await page.locator('#home-review-queue').click()
    await page.getByTestId('review-queue').waitFor()
    expect(await page.locator('[data-testid="review-queue"] tbody tr').count()).toBe(3)
    // The queue lists the oldest submission first: the one the home page named.
    expect(await page.locator('[data-testid="review-queue"] tbody tr').first().locator('a').innerText()).toBe(oldestTitle)
    await page.goto(`${base}/admin`)
    await oldest.locator('a').click()
    await page.waitForURL(/\/admin\/collections\/[a-z-]+\/\d+/)
    expect(foreign).toEqual([])
  })

  it('gives the standing office and admins the campaign deadline, the units at risk and the queue', async () => {
    for (const who of ['chief', 'admin']) {
      const { foreign, page } = await openAs(who)
      await page.getByTestId('home-campaign').waitFor()
      const campaign = await page.getByTestId('home-campaign').innerText()
      expect(campaign).toContain('Hạn báo cáo 20/12/2023')
      const atRisk = page.getByTestId('home-units-at-risk')
      const codes = await atRisk.locator('li').evaluateAll((items) => items.map((item) => item.getAttribute('data-unit')))
      expect(codes.sort()).toEqual(['SNGV', 'STP', 'UBNDH', 'VPUBND'])
      expect(await page.getByTestId('home-queue').innerText()).toMatch(/\d+ tin bài đang chờ bạn duyệt/)
      expect(await page.getByTestId('home').getAttribute('data-sections')).toBe(who === 'chief' ? 'campaign queue myWork' : 'campaign queue')
      await expectVietnamese(page, `${who} home`)
      await shot(page, `home-${who}-vi`)
      expect(foreign).toEqual([])
    }
  })

  it('shows every admin page in Vietnamese: no English Payload default, no raw option values, numbered rows, API tab for admins only', async () => {
    const { context, foreign, page } = await openAs('admin')
    const collections = ['articles', 'talking-points', 'briefs', 'slogans', 'bulletins', 'campaigns', 'units', 'media', 'outlets', 'users', 'workflow-events', 'deliveries', 'feed-fetches', 'sources', 'incoming']
    const outlet = await api<{ doc: Doc }>(server.url, '/api/outlets', {
      body: { accessLevel: 'press', channels: ['newspaper', 'web'], contentTypes: ['articles'], kind: 'newspaper', languages: ['vi'], name: 'Báo Hà Tĩnh' },
      token: tokens.admin,
    })
    expect(outlet.status, JSON.stringify(outlet.body)).toBe(201)
    const pages = [
      '/admin',
      '/admin/account',
      '/admin/review-queue',
      '/admin/campaign-progress',
      '/admin/globals/broadcast-settings',
      '/admin/globals/proof-settings',
      ...collections.map((slug) => `/admin/collections/${slug}`),
      ...collections.map((slug) => `/admin/collections/${slug}/create`).filter((p) => !/workflow-events|deliveries|feed-fetches|incoming/.test(p)),
    ]
    for (const slug of ['articles', 'talking-points', 'briefs', 'slogans', 'campaigns', 'units', 'outlets', 'users']) {
      const { body } = await api<{ docs: Doc[] }>(server.url, `/api/${slug}?limit=1&depth=0`, { token: tokens.admin })
      if (body.docs[0]) pages.push(`/admin/collections/${slug}/${body.docs[0].id}`)
    }
    // Three tabs of the same session take the pages in turn: each waits for network idle, and the waits overlap.
    const tabs = [page, await context.newPage(), await context.newPage()]
    const queue = [...pages]
    await Promise.all(
      tabs.map(async (tab) => {
        for (let where = queue.shift(); where !== undefined; where = queue.shift()) {
          await tab.goto(`${base}${where}`, { waitUntil: 'networkidle' })
          await expectVietnamese(tab, where)
        }
      }),
    )
    await Promise.all(tabs.slice(1).map((tab) => tab.close()))

    // Outlet channels and types by name, not by value.
    await page.goto(`${base}/admin/collections/outlets`, { waitUntil: 'networkidle' })
    const row = await page.locator('tbody tr').first().innerText()
    expect(row).toContain('Báo in')
    expect(row).toContain('Trang điện tử')
    expect(row).not.toMatch(/\bnewspaper\b/)

    // Broadcast settings: rows numbered from 1 in Vietnamese, add buttons named in Vietnamese.
    await page.goto(`${base}/admin/globals/broadcast-settings`, { waitUntil: 'networkidle' })
    const labels = await page.getByTestId('row-label').allInnerTexts()
    expect(labels).toEqual(['Khung giờ 1: 06:00', 'Khung giờ 2: 17:00'])
    const body = await page.locator('body').innerText()
    expect(body).toContain('Thêm: Khung giờ')
    expect(body).toContain('Thêm: Chữ viết tắt')
    expect(body).toContain('Thu gọn/Mở rộng')
    await shot(page, 'broadcast-settings-vi')

    // The nav groups are in one language, Vietnamese here.
    await page.goto(`${base}/admin`, { waitUntil: 'networkidle' })
    const nav = await page.locator('nav').first().innerText().catch(() => '')
    expect(nav).not.toContain('Administration')

    // The API tab is for admins only.
    const { body: articles } = await api<{ docs: Doc[] }>(server.url, '/api/articles?limit=1&depth=0', { token: tokens.editor })
    await page.goto(`${base}/admin/collections/articles/${articles.docs[0]!.id}`, { waitUntil: 'networkidle' })
    expect(await page.locator('.doc-tabs a[href$="/api"], a.doc-tab[href$="/api"]').count()).toBeGreaterThan(0)
    const editor = await openAs('editor')
    await editor.page.goto(`${base}/admin/collections/articles/${articles.docs[0]!.id}`, { waitUntil: 'networkidle' })
    await editor.page.locator('.doc-tabs, .doc-header').first().waitFor()
    expect(await editor.page.locator('a[href$="/api"]').count()).toBe(0)
    expect([...foreign, ...editor.foreign]).toEqual([])
  }, 600_000) // some forty pages, each to network idle, on a machine shared with builds

  it('names the content language apart from the interface language, hints the Vietnamese text while editing English, and lists untranslated titles in Vietnamese', async () => {
    const created = await api<{ doc: Doc }>(server.url, '/api/articles', {
      body: { audiences: ['public'], body: lexicalFromText('Nội dung chỉ có tiếng Việt.'), channels: ['web'], title: 'Bài chỉ có tiếng Việt' },
      token: tokens.editor,
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const { foreign, page } = await openAs('editor')
    await page.goto(`${base}/admin/collections/articles/${created.body.doc.id}`, { waitUntil: 'networkidle' })
    const localizer = page.locator('.localizer')
    expect(await localizer.innerText()).toContain('Ngôn ngữ nội dung')
    expect(await page.getByTestId('content-language-banner').count()).toBe(0)
    await localizer.locator('button').first().click()
    await page.locator('.popup__content [data-locale="en"], .popup-button-list [data-locale="en"]').first().click()
    await page.waitForURL(/locale=en/)
    const banner = page.getByTestId('content-language-banner')
    await banner.waitFor()
    expect(await banner.innerText()).toContain('Bạn đang sửa bản tiếng Anh')
    await banner.locator('[data-field="title"]').waitFor()
    expect(await banner.locator('[data-field="title"] dd').innerText()).toBe('Bài chỉ có tiếng Việt')
    expect(await banner.locator('[data-field="body"] dd').innerText()).toBe('Nội dung chỉ có tiếng Việt.')
    expect(await page.locator('body').innerText()).not.toContain('undefined')
    await shot(page, 'content-language-en-banner')

    // The list in English shows the Vietnamese title, marked, instead of "<Không có Tiêu đề>".
    await page.goto(`${base}/admin/collections/articles?locale=en`, { waitUntil: 'networkidle' })
    const fallback = page.getByTestId('fallback-title').filter({ hasText: 'Bài chỉ có tiếng Việt' })
    await fallback.waitFor()
    expect(await fallback.innerText()).toContain('(tiếng Việt)')
    const listText = await page.locator('body').innerText()
    expect(listText).not.toMatch(/Không có Tiêu đề|undefined/)
    await shot(page, 'list-en-fallback')

    // A new login starts in Vietnamese content again.
    const again = await openAs('editor')
    await again.page.goto(`${base}/admin/collections/articles`, { waitUntil: 'networkidle' })
    expect(await again.page.locator('.localizer').innerText()).toContain('Tiếng Việt')
    expect([...foreign, ...again.foreign]).toEqual([])
  })

  it('switches one editor to English under Account, and everything is English for them', async () => {
    const { foreign, page } = await openAs('editor2')
    await page.goto(`${base}/admin/account`, { waitUntil: 'networkidle' })
    expect(await page.locator('body').innerText()).toContain('Ngôn ngữ giao diện')
    await page.locator('#language-select').click()
    await page.getByText('English', { exact: true }).last().click()
    await page.waitForFunction(() => document.body.innerText.includes('Interface language'))
    await page.goto(`${base}/admin`, { waitUntil: 'networkidle' })
    const home = page.getByTestId('home')
    await home.waitFor()
    const text = await home.innerText()
    expect(text).toContain('Your work')
    expect(text).toContain('Waiting for review')
    expect(await page.locator('.localizer').innerText()).toMatch(/Content language:\s*Tiếng Việt/)
    const nav = await page.locator('body').innerText()
    for (const vietnamese of ['Trang chủ', 'Bài viết', 'Danh mục', 'Quản trị', 'Ngôn ngữ nội dung']) expect(nav).not.toContain(vietnamese)
    expect(nav).toMatch(DATE_TIME)
    await shot(page, 'home-editor2-en')
    await page.goto(`${base}/admin/globals/broadcast-settings`, { waitUntil: 'networkidle' })
    expect(await page.getByTestId('row-label').first().innerText()).toBe('Slot 1: 06:00')
    expect(foreign).toEqual([])
  })

  it('counts an outlet that fetched its feed as reached on the campaign dashboard', async () => {
    const outlet = await api<{ doc: Doc }>(server.url, '/api/outlets', {
      body: { accessLevel: 'public', channels: ['newspaper'], kind: 'newspaper', name: 'Báo Nhân dân Hà Tĩnh' },
      token: tokens.admin,
    })
    const issued = await api<{ token: string }>(server.url, `/api/outlets/${outlet.body.doc.id}/token`, { method: 'POST', token: tokens.admin })
    expect(issued.status, JSON.stringify(issued.body)).toBe(200)
    const { body: campaigns } = await api<{ docs: Doc[] }>(server.url, '/api/campaigns?limit=1', { token: tokens.admin })
    const reachedOf = async () => {
      const res = await api<{ units: { outletsReached: null | number; unit: { code: string } }[] }>(server.url, `/api/campaigns/${campaigns.docs[0]!.id}/report`, { token: tokens.admin })
      return Object.fromEntries(res.body.units.map((row) => [row.unit.code, row.outletsReached]))
    }
    const before = await reachedOf()
    const feed = await fetch(`${server.url}/feeds/newspaper/rss.xml`, { headers: { authorization: `Bearer ${issued.body.token}` } })
    expect(feed.status).toBe(200)
    // STTTT published a newspaper article and VPTT's slogans are on every channel: both now reached by one more outlet.
    await expect.poll(async () => (await reachedOf()).STTTT, { interval: 250, timeout: 20_000 }).toBe(before.STTTT! + 1)
    expect((await reachedOf()).VPTT).toBe(before.VPTT! + 1)
    const { foreign, page } = await openAs('chief')
    await page.goto(`${base}/admin/campaign-progress`, { waitUntil: 'networkidle' })
    const row = await page.locator('#unit-STTTT').innerText()
    expect(row).toContain(String(before.STTTT! + 1))
    await shot(page, 'campaign-progress-reach')
    expect(foreign).toEqual([])
  })

  it("keeps the bulletin's audio panel and its sidebar in one live state", async () => {
    const created = await api<{ doc: Doc }>(server.url, '/api/bulletins', {
      body: { date: new Date().toISOString(), intro: 'Kính thưa bà con.', outro: 'Hết bản tin.', slot: '18:00' },
      token: tokens.editor,
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const { foreign, page } = await openAs('editor')
    await page.goto(`${base}/admin/collections/bulletins/${created.body.doc.id}`, { waitUntil: 'networkidle' })
    const panel = page.locator('.nguon-bulletin-audio')
    const sidebar = page.locator('#field-audioStatus')
    await panel.getByText('Chưa có âm thanh.').waitFor()
    expect(await sidebar.innerText()).toContain('Chưa có')
    await panel.getByRole('button', { name: 'Tạo âm thanh' }).click()
    await panel.getByText('Sẵn sàng.').waitFor({ timeout: 120_000 })
    // No reload: the sidebar shows what the panel shows, and the form has nothing unsaved.
    await expect.poll(() => sidebar.innerText(), { timeout: 5_000 }).toContain('Sẵn sàng')
    expect(await page.locator('input#field-audioSeconds').inputValue()).toMatch(/^\d+(\.\d+)?$/)
    await shot(page, 'bulletin-audio-live')
    expect(foreign).toEqual([])
  })

  it('shows a placeholder while a slogan proof renders', async () => {
    const { body: slogans } = await api<{ docs: Doc[] }>(server.url, '/api/slogans?limit=1&sort=number', { token: tokens.editor })
    const { foreign, page } = await openAs('editor')
    // Hold the proofs back a moment, as a slow render would.
    let release: () => void = () => undefined
    const held = new Promise<void>((resolve) => (release = resolve))
    await page.route('**/api/slogans/*/proof**', async (route) => {
      await held
      await route.continue()
    })
    // Not waiting for "load": that waits for the images held back.
    await page.goto(`${base}/admin/collections/slogans/${slogans.docs[0]!.id}`, { waitUntil: 'domcontentloaded' })
    const proofs = page.getByTestId('slogan-proof')
    await proofs.first().waitFor()
    expect(await proofs.evaluateAll((all) => all.map((el) => el.getAttribute('data-state')))).toEqual(['loading', 'loading', 'loading'])
    expect(await proofs.first().innerText()).toContain('Đang dựng ma-két…')
    const box = await proofs.first().boundingBox()
    expect(box?.height ?? 0).toBeGreaterThan(20)
    await shot(page, 'slogan-proof-placeholder')
    release()
    await expect.poll(() => proofs.evaluateAll((all) => all.map((el) => el.getAttribute('data-state'))), { timeout: 60_000 }).toEqual(['loaded', 'loaded', 'loaded'])
    expect(foreign).toEqual([])
  })
})
