// Loads Be Vietnam Pro Bold from npm for satori (never system fonts) and finds characters it cannot draw.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'

import type { Font } from 'satori'

const require = createRequire(import.meta.url)

// Order matters: ranges overlap (e.g. Ă is in latin-ext and vietnamese) and the first family with the glyph wins.
const SUBSETS = ['latin', 'latin-ext', 'vietnamese'] as const
type Subset = (typeof SUBSETS)[number]

// satori uses the first font whose family and weight match and does not fall back to a second file of the same
// family, so each subset gets its own family name and the CSS family list chains them.
const familyOf = (subset: Subset) => `Be Vietnam Pro ${subset}`

export const PROOF_FONT_FAMILY = SUBSETS.map((subset) => `'${familyOf(subset)}'`).join(', ')
export const PROOF_FONT_WEIGHT = 700

let fonts: Font[] | undefined

/** The three WOFF subsets of Be Vietnam Pro 700, read once per process; satori caches its parsed fonts by this array's identity. */
export function proofFonts(): Font[] {
  fonts ??= SUBSETS.map((subset) => ({
    name: familyOf(subset),
    data: readFileSync(require.resolve(`@fontsource/be-vietnam-pro/files/be-vietnam-pro-${subset}-${PROOF_FONT_WEIGHT}-normal.woff`)),
    weight: PROOF_FONT_WEIGHT,
    style: 'normal' as const,
  }))
  return fonts
}

let coverage: [number, number][] | undefined

// The subsets were cut along these unicode-ranges, so a code point outside all of them has no glyph in any file.
function coveredRanges(): [number, number][] {
  if (!coverage) {
    const ranges = require('@fontsource/be-vietnam-pro/unicode.json') as Record<Subset, string>
    coverage = SUBSETS.flatMap((subset) =>
      ranges[subset].split(',').map((range): [number, number] => {
        const [from, to = from] = range.trim().replace(/^U\+/i, '').split('-')
        return [parseInt(from, 16), parseInt(to, 16)]
      }),
    )
  }
  return coverage
}

/** Distinct characters of `text` that Be Vietnam Pro cannot draw (they would print as a gap). */
export function missingGlyphs(text: string): string[] {
  const ranges = coveredRanges()
  const missing = new Set<string>()
  for (const char of text) {
    const codePoint = char.codePointAt(0) ?? 0
    if (!ranges.some(([from, to]) => codePoint >= from && codePoint <= to)) missing.add(char)
  }
  return [...missing]
}
