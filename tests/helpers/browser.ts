// Debian's Chromium driven by playwright-core, headless, with a fresh profile and no background network traffic.
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { type BrowserContext, chromium, type Page } from 'playwright-core'

import { DEFAULT_DEMO_PASSWORD } from '../../src/settings'

export const CHROMIUM_PATH = '/usr/bin/chromium'
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

/** A browser with its own profile folder (returned so the caller can delete it). */
export async function launchChromium({
  locale,
  timezoneId,
  viewport = { height: 900, width: 1440 },
}: { locale?: string; timezoneId?: string; viewport?: { height: number; width: number } } = {}): Promise<{ context: BrowserContext; profileDir: string }> {
  const profileDir = mkdtempSync(path.join(tmpdir(), 'nguon-e2e-chromium-'))
  const context = await chromium.launchPersistentContext(profileDir, {
    args: CHROMIUM_ARGS,
    executablePath: CHROMIUM_PATH,
    headless: true,
    locale,
    timezoneId,
    viewport,
  })
  return { context, profileDir }
}

/** A fresh Vietnamese browser logged in to the admin at `base` as `email` (demo password), on its first page. */
export async function openAdminAs({ base, email }: { base: string; email: string }): Promise<{ context: BrowserContext; page: Page; profileDir: string }> {
  const { context, profileDir } = await launchChromium({ locale: 'vi-VN', viewport: { height: 1000, width: 1440 } })
  context.setDefaultTimeout(30_000)
  const page = context.pages()[0] ?? (await context.newPage())
  await page.goto(`${base}/admin/login`)
  await page.locator('#field-email').fill(email)
  await page.locator('#field-password').fill(DEFAULT_DEMO_PASSWORD)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL((url) => !url.pathname.includes('/login'))
  return { context, page, profileDir }
}

/** Picks an option in a Payload select or relationship field (react-select) by its visible text, or the first one. */
export async function chooseOption(page: Page, field: string, text?: string): Promise<void> {
  await page.locator(`#field-${field} .rs__control`).click()
  const options = page.locator('.rs__menu .rs__option')
  await (text ? options.filter({ hasText: text }) : options).first().click()
  await page.keyboard.press('Escape')
}

/** Whether the element is inside an inert (read-only) part of the page. */
export const isInert = (page: Page, selector: string): Promise<boolean> =>
  page.locator(selector).first().evaluate((element) => Boolean(element.closest('[inert]')))
