// Debian's Chromium driven by playwright-core, headless, with a fresh profile and no background network traffic.
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { type BrowserContext, chromium } from 'playwright-core'

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
  viewport = { height: 900, width: 1440 },
}: { locale?: string; viewport?: { height: number; width: number } } = {}): Promise<{ context: BrowserContext; profileDir: string }> {
  const profileDir = mkdtempSync(path.join(tmpdir(), 'nguon-e2e-chromium-'))
  const context = await chromium.launchPersistentContext(profileDir, {
    args: CHROMIUM_ARGS,
    executablePath: CHROMIUM_PATH,
    headless: true,
    locale,
    viewport,
  })
  return { context, profileDir }
}
