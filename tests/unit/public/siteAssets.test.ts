import { existsSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

import { FONT_FILES, fontFilePath, siteStyleSheet } from '../../../src/public/siteAssets'

describe('the public style sheet', () => {
  it('asks only for the font files this server serves, all of which exist, for Vietnamese and Latin at 400 and 700', () => {
    const urls = [...siteStyleSheet().matchAll(/url\(([^)]*)\)/g)].map((m) => m[1]!)
    expect(urls.sort()).toEqual(FONT_FILES.map((file) => `/assets/fonts/${file}`).sort())
    for (const file of FONT_FILES) expect(existsSync(fontFilePath(file)), file).toBe(true)
  })

  it('loads nothing from another host', () => {
    expect(siteStyleSheet()).not.toMatch(/https?:|@import/)
  })
})
