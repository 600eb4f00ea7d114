// Renders the loudspeaker podcast's cover: a 3000 × 3000 PNG (Apple's largest size) with the province and the podcast's
// title in Be Vietnam Pro, in the proof colours, by the slogan proofs' satori + resvg path.
import { Resvg, renderAsync, type ResvgRenderOptions } from '@resvg/resvg-js'
import { createElement, type ReactElement } from 'react'
import satori from 'satori'

import { PROOF_FONT_FAMILY, PROOF_FONT_WEIGHT, missingGlyphs, proofFonts } from './fonts'
import { prepareSloganText, type ProofColors } from './renderSloganProof'
import { measureTextInk, parseHexColor } from './textBox'

export const ARTWORK_SIZE = 3000

export type PodcastArtworkRequest = { colors: ProofColors; province: string; title: string }

// Stryker disable next-line ObjectLiteral,BooleanLiteral: satori draws glyphs as paths, so resvg never shapes text with any font
const RESVG_OPTIONS: ResvgRenderOptions = { font: { loadSystemFonts: false } }
// Podcast apps show the cover as small as 55 px: text stays inside a 10 % margin and large.
const MARGIN = ARTWORK_SIZE * 0.1
const INNER = ARTWORK_SIZE - 2 * MARGIN
const PROVINCE_SIZE = 170
const GAP = 120
const TITLE_SIZES = [420, 380, 340, 300, 270, 240, 210, 180, 160, 140, 120, 100, 80]

const block = ({ color, fontSize, text }: { color: string; fontSize: number; text: string }): ReactElement =>
  createElement(
    // Stryker disable next-line StringLiteral: satori lays out any element name as a box; only the style matters
    'div',
    {
      style: {
        color,
        display: 'flex',
        fontFamily: PROOF_FONT_FAMILY,
        fontSize,
        fontWeight: PROOF_FONT_WEIGHT,
        justifyContent: 'center',
        lineHeight: 1.3,
        textAlign: 'center',
        textWrap: 'balance',
        width: INNER,
      },
    },
    text,
  )

/** Ink height of the title at `fontSize` wrapped to the inner width, or null if a word is wider than it. */
async function titleHeight(title: string, fontSize: number): Promise<null | number> {
  // Stryker disable next-line StringLiteral: a bounding box does not depend on the colour it is drawn in
  const svg = await satori(block({ color: '#000000', fontSize, text: title }), { fonts: proofFonts(), width: INNER })
  const box = new Resvg(svg, RESVG_OPTIONS).getBBox()
  // Stryker disable next-line EqualityOperator: a wrapped title measuring exactly the inner width is not a case fonts produce
  if (!box || box.width > INNER) return null
  return box.height
}

/** The largest title size whose lines fit beside the province line. */
async function titleSize(title: string, room: number): Promise<number> {
  for (const size of TITLE_SIZES) {
    const height = await titleHeight(title, size)
    // Stryker disable next-line EqualityOperator: a title whose ink is exactly the room's height is not a case fonts produce
    if (height !== null && height <= room) return size
  }
  throw new RangeError(`The podcast title does not fit its cover even at ${TITLE_SIZES.at(-1)} px`)
}

/** The cover as PNG bytes; a RangeError names what cannot be drawn (a glyph the font lacks, a title too long). */
export async function renderPodcastArtwork({ colors, province, title }: PodcastArtworkRequest): Promise<Buffer> {
  const provinceLine = prepareSloganText(province)
  const titleText = prepareSloganText(title)
  if (!titleText) throw new RangeError('The podcast has no title')
  const missing = missingGlyphs(provinceLine + titleText)
  if (missing.length > 0) throw new RangeError(`Be Vietnam Pro has no glyph for: ${missing.join(' ')}`)
  const room = INNER - (provinceLine ? PROVINCE_SIZE * 1.3 + GAP : 0)
  const fontSize = await titleSize(titleText, room)
  const page = createElement(
    // Stryker disable next-line StringLiteral: satori lays out any element name as a box; only the style matters
    'div',
    {
      style: {
        alignItems: 'center',
        backgroundColor: colors.background,
        display: 'flex',
        flexDirection: 'column',
        gap: GAP,
        height: ARTWORK_SIZE,
        justifyContent: 'center',
        width: ARTWORK_SIZE,
      },
    },
    ...(provinceLine ? [block({ color: colors.text, fontSize: PROVINCE_SIZE, text: provinceLine })] : []),
    block({ color: colors.text, fontSize, text: titleText }),
  )
  const svg = await satori(page, { fonts: proofFonts(), height: ARTWORK_SIZE, width: ARTWORK_SIZE })
  const raster = await renderAsync(svg, RESVG_OPTIONS)
  const ink = measureTextInk({ background: parseHexColor(colors.background), height: raster.height, rgba: raster.pixels, text: parseHexColor(colors.text), width: raster.width })
  // The margin is kept by measurement, as the slogan proofs keep theirs: apps crop covers into circles and rounded squares.
  // Stryker disable next-line ConditionalExpression,StringLiteral: a title is always drawn (an empty one is refused above), so the ink is never empty
  if (!ink.box) throw new Error('The podcast cover came out blank')
  const { x, y, width, height } = ink.box
  // Stryker disable next-line all: a guard the size choice above never trips; it makes a font or satori change fail loudly
  if (x < MARGIN || y < MARGIN || x + width > ARTWORK_SIZE - MARGIN || y + height > ARTWORK_SIZE - MARGIN) throw new Error('The podcast cover’s text runs into its margin')
  return raster.asPng()
}
