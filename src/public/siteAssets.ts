// The public pages' style sheet and its self-hosted Be Vietnam Pro fonts (Vietnamese and Latin, 400 and 700), served by path.
import type { RequestHandler } from 'express'

import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

const require = createRequire(import.meta.url)
const FONT_PACKAGE = path.dirname(require.resolve('@fontsource/be-vietnam-pro/package.json'))
const SUBSETS = ['vietnamese', 'latin'] as const
const WEIGHTS = [400, 700] as const
/** The font files a page may ask for; nothing else under /assets/fonts is served. */
export const FONT_FILES = SUBSETS.flatMap((subset) => WEIGHTS.map((weight) => `be-vietnam-pro-${subset}-${weight}-normal.woff2`))

/** The @font-face rules of @fontsource for our subsets and weights, pointed at /assets/fonts/. */
function fontFaces(): string {
  return WEIGHTS.map((weight) => readFileSync(path.join(FONT_PACKAGE, `${weight}.css`), 'utf8'))
    .join('\n')
    .split(/(?=\/\* be-vietnam-pro-)/)
    .filter((block) => SUBSETS.some((subset) => new RegExp(`^/\\* be-vietnam-pro-${subset}-\\d{3}-normal \\*/`).test(block)))
    .map((block) => block.replace(/url\(\.\/files\/([\w-]+\.woff2)\) format\('woff2'\)(?:, url\([^)]*\) format\('woff'\))?/g, "url(/assets/fonts/$1) format('woff2')"))
    .join('\n')
}

// Contrast: text #1a1a1a and links #0b4f8a on white, white on #8b1a1a, all above 7:1 (WCAG AAA for body text).
const SITE_CSS = `
:root { --ink: #1a1a1a; --muted: #4a4a4a; --link: #0b4f8a; --brand: #8b1a1a; --line: #d6d6d6; --paper: #ffffff; --tint: #f6f3ee; }
* { box-sizing: border-box; }
html { font-size: 100%; -webkit-text-size-adjust: 100%; }
body { margin: 0; font-family: 'Be Vietnam Pro', system-ui, sans-serif; color: var(--ink); background: var(--paper); line-height: 1.6; }
.wrap { max-width: 46rem; margin: 0 auto; padding: 0 1rem; }
a { color: var(--link); text-underline-offset: 0.15em; }
a:focus-visible, .skip:focus { outline: 3px solid #f2b600; outline-offset: 2px; }
.skip { position: absolute; left: -9999px; top: 0.5rem; background: var(--paper); padding: 0.5rem 1rem; z-index: 1; }
.skip:focus { left: 0.5rem; }
header.site { background: var(--brand); color: #fff; }
header.site a { color: #fff; }
.bar { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem 1.5rem; padding-top: 0.75rem; padding-bottom: 0.75rem; }
.brand { text-decoration: none; display: flex; flex-direction: column; line-height: 1.2; margin-right: auto; }
.brand .mark { font-weight: 700; font-size: 1.5rem; }
.brand .publisher { font-size: 0.875rem; }
nav ul { list-style: none; margin: 0; padding: 0; display: flex; gap: 1rem; }
nav a, .lang { display: inline-block; padding: 0.5rem 0.25rem; min-height: 24px; }
.lang { border: 1px solid #fff; border-radius: 4px; padding: 0.25rem 0.75rem; }
main { padding-top: 1.5rem; padding-bottom: 2rem; }
h1 { font-size: 2rem; line-height: 1.25; margin: 0.25rem 0 0.75rem; }
h2 { font-size: 1.375rem; line-height: 1.3; margin: 1.75rem 0 0.5rem; }
h3 { font-size: 1.125rem; line-height: 1.35; margin: 0.25rem 0; }
.kind, .byline, .note { color: var(--muted); font-size: 0.9375rem; margin: 0; }
.note { background: var(--tint); padding: 0.5rem 0.75rem; margin-top: 0.75rem; }
.lead { font-size: 1.1875rem; font-weight: 700; }
figure { margin: 1.25rem 0; }
img { max-width: 100%; height: auto; display: block; }
figcaption { color: var(--muted); font-size: 0.875rem; }
table { border-collapse: collapse; width: 100%; font-size: 0.9375rem; }
th, td { text-align: left; vertical-align: top; border-bottom: 1px solid var(--line); padding: 0.5rem 0.5rem 0.5rem 0; }
.cards, .slogans, .campaigns { list-style: none; padding: 0; margin: 0; }
.card { border-top: 1px solid var(--line); padding: 1rem 0; }
.card p { margin: 0.25rem 0 0; }
.slogan { border-top: 1px solid var(--line); padding: 1rem 0; }
.slogan h2 { font-size: 1.125rem; margin: 0 0 0.5rem; }
.campaigns li { margin: 0.25rem 0; }
footer.site { border-top: 1px solid var(--line); color: var(--muted); font-size: 0.875rem; padding: 1rem 0 2rem; }
@media (prefers-reduced-motion: reduce) { * { scroll-behavior: auto; } }
`

/** The whole style sheet: the font faces, then the site's rules. */
export const siteStyleSheet = (): string => `${fontFaces()}\n${SITE_CSS}`

let css: Buffer | undefined
const siteCss = () => (css ??= Buffer.from(siteStyleSheet(), 'utf8'))
const YEAR = 'public, max-age=31536000, immutable'

/** GET /assets/site.css: the style sheet, revalidated (its address is fixed); fonts are immutable by name. */
export const serveSiteCss: RequestHandler = (req, res) => {
  const body = siteCss()
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`
  res.set({ 'Cache-Control': 'public, max-age=3600', ETag: etag, 'X-Content-Type-Options': 'nosniff' })
  if (req.headers['if-none-match']?.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag)) {
    res.status(304).end()
    return
  }
  res.type('text/css; charset=utf-8').send(body)
}

/** GET /assets/fonts/{file}: one of FONT_FILES from @fontsource/be-vietnam-pro, else 404. */
/** Where a font file lives in the npm package. */
export const fontFilePath = (file: string): string => path.join(FONT_PACKAGE, 'files', file)

export const serveFont: RequestHandler = (req, res, next) => {
  const file = String(req.params.file)
  if (!FONT_FILES.includes(file)) return next()
  res.set({ 'Access-Control-Allow-Origin': '*', 'Cache-Control': YEAR, 'X-Content-Type-Options': 'nosniff' })
  res.type('font/woff2').sendFile(fontFilePath(file))
}
