// The admin under its Content-Security-Policy, in a real browser against the real server: the headers are there, and
// the login page and the editors' main views render and work without a single CSP violation.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { DEFAULT_DEMO_PASSWORD } from '../../src/settings'
import { launchChromium } from '../helpers/browser'
import { type RealServer, startRealServer } from '../helpers/realServer'

describe('the admin under its security headers, in a browser', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'nguon-e2e-headers-'))
  let server: RealServer
  let base = ''
  let context: BrowserContext
  let profileDir = ''
  let page: Page
  const violations: string[] = []

  beforeAll(async () => {
    server = await startRealServer({ dataDir })
    base = server.url.replace('127.0.0.1', 'localhost')
    ;({ context, profileDir } = await launchChromium({ locale: 'vi-VN' }))
    context.setDefaultTimeout(30_000)
    // Both ways a browser reports a blocked script, style, image or connection.
    await context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`))
    })
    page = context.pages()[0] ?? (await context.newPage())
    page.on('console', (message) => {
      if (/Content Security Policy|CSP violation|Refused to/i.test(message.text())) violations.push(message.text())
    })
  })

  afterAll(async () => {
    await context?.close().catch(() => undefined)
    await server?.stop()
    for (const dir of [dataDir, profileDir].filter(Boolean)) rmSync(dir, { force: true, recursive: true })
  })

  it('sends the login page with frame protection, nosniff, no referrer and a CSP', async () => {
    const res = await fetch(`${base}/admin/login`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-security-policy')).toMatch(/frame-ancestors 'self'/)
    expect(res.headers.get('content-security-policy')).toMatch(/object-src 'none'/)
    expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN')
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    expect(res.headers.get('referrer-policy')).toBe('no-referrer')
  })

  it('renders the login page and logs in without a CSP violation', async () => {
    await page.goto(`${base}/admin/login`)
    await page.locator('#field-email').fill('editor@nguon.local')
    await page.locator('#field-password').fill(DEFAULT_DEMO_PASSWORD)
    await page.locator('button[type="submit"]').click()
    await page.waitForURL((url) => !url.pathname.includes('/login'))
    await page.waitForLoadState('networkidle')
    expect(violations).toEqual([])
  })

  it.each(['/admin', '/admin/collections/articles', '/admin/collections/articles/create', '/admin/collections/media/create', '/admin/review-queue'])(
    'shows %s without a CSP violation',
    async (view) => {
      const res = await page.goto(`${base}${view}`)
      expect(res?.status()).toBeLessThan(400)
      await page.waitForLoadState('networkidle')
      await page.locator('.template-default, .template-minimal').first().waitFor()
      expect(violations).toEqual([])
    },
  )
})
