// Renders a campaign slogan as a print proof (banner, poster or pano; PNG or SVG), set in Be Vietnam Pro so Vietnamese diacritics print right.
import { Resvg, renderAsync, type ResvgRenderOptions } from '@resvg/resvg-js'
import { LRUCache } from 'lru-cache'
import { createElement, type ReactElement } from 'react'
import satori from 'satori'

import { PROOF_FONT_FAMILY, PROOF_FONT_WEIGHT, missingGlyphs, proofFonts } from './fonts'
import { PRINT_SHEETS, isInside, safeBoxOf, type PrintSheet, type ProofBox, type ProofFormat } from './formats'
import { withPrintDensity } from './printDensity'
import { measureTextInk, parseHexColor } from './textBox'

export type ProofType = 'png' | 'svg'

export type ProofColors = { background: string; text: string }

/** Flag red with yellow lettering, the usual look of a Vietnamese political banner. */
export const DEFAULT_PROOF_COLORS: ProofColors = { background: '#DA251D', text: '#FFFF00' }

export type SloganProofRequest<T extends ProofType = ProofType> = {
  text: string
  format: ProofFormat
  type: T
  colors?: ProofColors
  /** PNG only: multiplies the pixel size of the layout grid (1 = poster at 150 dpi, banner/pano preview 3000 px wide). */
  scale?: number
  /** Set the slogan in capitals with Vietnamese case rules; on by default, as banners usually are. */
  isUpperCase?: boolean
}

type ProofCommon = {
  /** Pixels for a PNG; viewBox units for an SVG (the layout grid of the format). */
  width: number
  height: number
  /** Bounding box of the text-coloured pixels, measured on the rendered raster, in the same units. */
  textBox: ProofBox
  /** Area the text must stay inside: 5% in from each edge. */
  safeBox: ProofBox
  printSize: { widthMm: number; heightMm: number }
  /** Font size on the printed sheet. */
  fontSizeMm: number
}

export type PngProof = ProofCommon & { body: Buffer; mimeType: 'image/png' }
export type SvgProof = ProofCommon & { body: string; mimeType: 'image/svg+xml' }
export type SloganProof<T extends ProofType = ProofType> = T extends 'png' ? PngProof : SvgProof

// Capitals carry stacked marks above and dots below; at 1.3 a dot nearly touched the hook of the line beneath.
const LINE_HEIGHT = 1.4
// Fitting aims this much inside the safe area so anti-aliasing at any scale cannot push a pixel over its edge.
const FIT_SLACK = 0.01
const MIN_FONT_SIZE = 8
// A 300 dpi A2 poster (scale 2) fits; anything larger would hold hundreds of megabytes of pixels in memory.
const MAX_PNG_EDGE = 8000
// Stryker disable next-line ObjectLiteral,BooleanLiteral: satori hands resvg glyphs as paths, so no font is looked up; this only spares loading the system's fonts
const RESVG_OPTIONS: ResvgRenderOptions = { font: { loadSystemFonts: false } }

/** NFC, single spaces, and capitals by Vietnamese rules when asked, so the text drawn is the text checked. */
export function prepareSloganText(text: string, isUpperCase = true): string {
  const tidy = text.normalize('NFC').replace(/\s+/g, ' ').trim()
  return isUpperCase ? tidy.toLocaleUpperCase('vi') : tidy
}

type SloganLayout = {
  /** In layout-grid pixels. */
  fontSize: number
  /** Ink bounds of the text block, relative to the block's top-left corner (marks can rise above it). */
  ink: ProofBox
}

/** Fitted layouts by sheet and text: proofing the same slogan again (another colour, scale or type) skips the bisection. */
const layouts = new LRUCache<string, SloganLayout>({ max: 256 })

function textBlock({
  text,
  width,
  fontSize,
  color,
  position,
}: {
  text: string
  width: number
  fontSize: number
  color: string
  position?: { left: number; top: number }
}): ReactElement {
  return createElement(
    // Stryker disable next-line StringLiteral: satori lays out an element of any name as a div
    'div',
    {
      style: {
        display: 'flex',
        justifyContent: 'center',
        width,
        fontFamily: PROOF_FONT_FAMILY,
        fontWeight: PROOF_FONT_WEIGHT,
        fontSize,
        lineHeight: LINE_HEIGHT,
        textAlign: 'center',
        // Even lines instead of a long line over an orphan word.
        textWrap: 'balance',
        color,
        ...(position ? { position: 'absolute', ...position } : {}),
      },
    },
    text,
  )
}

/** Vector ink bounds of `text` wrapped to `width` at `fontSize`; resvg's path boxes err on the large side. */
async function measureInk({ text, width, fontSize }: { text: string; width: number; fontSize: number }): Promise<ProofBox | null> {
  // Stryker disable next-line StringLiteral: satori's default text colour is black too; only the outline's extent is read
  const svg = await satori(textBlock({ text, width, fontSize, color: '#000000' }), { width, fonts: proofFonts() })
  const bbox = new Resvg(svg, RESVG_OPTIONS).getBBox()
  return bbox ? { x: bbox.x, y: bbox.y, width: bbox.width, height: bbox.height } : null
}

/** The largest font size at which the wrapped slogan's ink fits the safe area, found by bisection. */
async function fitSlogan(text: string, sheet: PrintSheet): Promise<SloganLayout> {
  const key = `${sheet.widthPx}x${sheet.heightPx}\u0000${text}`
  const cached = layouts.get(key)
  // Stryker disable next-line ConditionalExpression: without the cache the same layout is fitted again, only slower
  if (cached) return cached

  const area = safeBoxOf(sheet.widthPx, sheet.heightPx)
  const fit = async (fontSize: number): Promise<SloganLayout | null> => {
    const ink = await measureInk({ text, width: area.width, fontSize })
    // Stryker disable next-line ConditionalExpression,StringLiteral: defensive; a non-empty text with every glyph present always has an outline
    if (!ink) throw new Error(`Nothing was drawn for "${text}"`)
    // Stryker disable next-line EqualityOperator: ink extents are fractional outline boxes, never exactly the limit
    const isFitting = ink.width <= area.width * (1 - FIT_SLACK) && ink.height <= area.height * (1 - FIT_SLACK)
    return isFitting ? { fontSize, ink } : null
  }

  let best = await fit(MIN_FONT_SIZE)
  if (!best) throw new RangeError(`"${text}" does not fit this format even at ${MIN_FONT_SIZE} px`)
  // Ink of one line of capitals is about one em tall, so the answer lies below 1.5 × the safe height.
  let low = MIN_FONT_SIZE
  let high = Math.ceil(area.height * 1.5)
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2)
    const layout = await fit(middle)
    if (layout) {
      best = layout
      low = middle
    } else {
      high = middle
    }
  }

  layouts.set(key, best)
  return best
}

/** The full sheet on the layout grid: background, and the text block placed so its ink is centred in the safe area. */
async function composeSheet({
  text,
  sheet,
  layout,
  colors,
}: {
  text: string
  sheet: PrintSheet
  layout: SloganLayout
  colors: ProofColors
}): Promise<string> {
  const area = safeBoxOf(sheet.widthPx, sheet.heightPx)
  const position = {
    left: area.x + (area.width - layout.ink.width) / 2 - layout.ink.x,
    top: area.y + (area.height - layout.ink.height) / 2 - layout.ink.y,
  }
  const page = createElement(
    // Stryker disable next-line StringLiteral: satori lays out an element of any name as a div
    'div',
    { style: { display: 'flex', width: sheet.widthPx, height: sheet.heightPx, backgroundColor: colors.background } },
    textBlock({ text, width: area.width, fontSize: layout.fontSize, color: colors.text, position }),
  )
  return satori(page, { width: sheet.widthPx, height: sheet.heightPx, fonts: proofFonts() })
}

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/** Gives the SVG its real print size in millimetres (the viewBox stays the layout grid) and the slogan as its title. */
function asPrintSvg({ svg, sheet, title }: { svg: string; sheet: PrintSheet; title: string }): string {
  // Stryker disable next-line Regex: satori's output always starts with its root element
  const openingTag = /^<svg width="[^"]*" height="[^"]*"([^>]*)>/
  // Stryker disable next-line ConditionalExpression,StringLiteral: defensive, against a satori upgrade that changes the root element
  if (!openingTag.test(svg)) throw new Error('Unexpected SVG from satori: no width and height on the root element')
  return svg.replace(
    openingTag,
    (_, rest: string) =>
      `<svg width="${sheet.widthMm}mm" height="${sheet.heightMm}mm"${rest}><title>${escapeXml(title)}</title>`,
  )
}

/** Renders `text` on a `format` sheet as PNG or SVG and checks, on the rendered pixels, that the text sits inside the safe area. */
export async function renderSloganProof<T extends ProofType>(request: SloganProofRequest<T>): Promise<SloganProof<T>> {
  const { format, type, colors = DEFAULT_PROOF_COLORS, scale = 1, isUpperCase = true } = request
  const sheet = PRINT_SHEETS[format]
  if (!sheet) throw new RangeError(`Unknown proof format "${String(format)}"`)
  if (type !== 'png' && type !== 'svg') throw new RangeError(`Unknown proof type "${String(type)}"`)
  // SVG is vector; its pixels are only measured, on the layout grid, so scale does not apply.
  const zoom = type === 'png' ? scale : 1
  if (!Number.isFinite(zoom) || zoom <= 0 || Math.max(sheet.widthPx, sheet.heightPx) * zoom > MAX_PNG_EDGE) {
    throw new RangeError(`Scale must be above 0 and keep the PNG within ${MAX_PNG_EDGE} px, got ${scale}`)
  }
  const textRgb = parseHexColor(colors.text)
  const backgroundRgb = parseHexColor(colors.background)
  if (textRgb.every((channel, i) => Math.abs(channel - backgroundRgb[i]) < 32)) {
    throw new RangeError('Text and background colours are too close to read')
  }

  const text = prepareSloganText(request.text, isUpperCase)
  if (!text) throw new RangeError('The slogan is empty')
  const missing = missingGlyphs(text)
  // A missing glyph prints as a gap in a six-metre banner; refuse rather than proof it.
  if (missing.length > 0) throw new RangeError(`Be Vietnam Pro has no glyph for: ${missing.join(' ')}`)

  const layout = await fitSlogan(text, sheet)
  const svg = await composeSheet({ text, sheet, layout, colors })
  // Async so the event loop turns and resvg's finalizers run: back-to-back render() calls kept every 35 MB raster alive.
  const raster = await renderAsync(svg, { ...RESVG_OPTIONS, fitTo: { mode: 'zoom', value: zoom } })
  const { width, height } = raster
  const ink = measureTextInk({ rgba: raster.pixels, width, height, text: textRgb, background: backgroundRgb })
  // Stryker disable next-line ConditionalExpression,StringLiteral: defensive; the fitted text is drawn in a colour the check accepted as distinct
  if (!ink.box) throw new Error(`The proof of "${text}" came out blank`)
  const safeBox = safeBoxOf(width, height)
  // The fit leaves 1% slack for anti-aliasing; past that, a proof with text over the margin must not go to print.
  // Stryker disable next-line ConditionalExpression,StringLiteral: defensive; the fit's 1 % slack keeps anti-aliasing inside at every scale tested
  if (!isInside(ink.box, safeBox)) throw new Error(`"${text}" overflows the safe area of the ${format}`)

  const common: ProofCommon = {
    width,
    height,
    textBox: ink.box,
    safeBox,
    printSize: { widthMm: sheet.widthMm, heightMm: sheet.heightMm },
    fontSizeMm: (layout.fontSize * sheet.widthMm) / sheet.widthPx,
  }
  const proof: PngProof | SvgProof =
    type === 'png'
      ? { ...common, body: withPrintDensity(raster.asPng(), (width / sheet.widthMm) * 1000), mimeType: 'image/png' }
      : { ...common, body: asPrintSvg({ svg, sheet, title: text }), mimeType: 'image/svg+xml' }
  return proof as SloganProof<T>
}
