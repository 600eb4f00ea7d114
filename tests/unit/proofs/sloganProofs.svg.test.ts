import { renderAsync } from '@resvg/resvg-js'
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { describe, expect, it } from 'vitest'

import { PRINT_SHEETS } from '../../../src/proofs/formats'
import { prepareSloganText, renderSloganProof } from '../../../src/proofs/renderSloganProof'
import { expectReadableText, textInkOf } from './inspectProof'
import { SLOGAN_CASES } from './sloganCases'

describe('SVG proofs of every Plan 232 slogan', () => {
  it.each(SLOGAN_CASES)(
    'renders the $format of slogan $number ($locale) as well-formed XML at real size, text inside the safe area',
    async ({ format, text }) => {
      const sheet = PRINT_SHEETS[format]
      const proof = await renderSloganProof({ text, format, type: 'svg' })

      expect(proof.mimeType).toBe('image/svg+xml')
      expect(XMLValidator.validate(proof.body)).toBe(true)
      const root = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(proof.body).svg
      expect(root.width).toBe(`${sheet.widthMm}mm`)
      expect(root.height).toBe(`${sheet.heightMm}mm`)
      expect(root.viewBox).toBe(`0 0 ${sheet.widthPx} ${sheet.heightPx}`)
      expect(root.title).toBe(prepareSloganText(text))
      // Letters are outlines, so the print shop needs no font.
      expect(proof.body).not.toMatch(/<text[\s>]/)

      const raster = await renderAsync(proof.body, {
        font: { loadSystemFonts: false },
        fitTo: { mode: 'width', value: sheet.widthPx },
      })
      const ink = textInkOf({ width: raster.width, height: raster.height, rgba: raster.pixels })
      expectReadableText(ink, proof.safeBox)
      // A2's 420 × 594 mm and its 2480 × 3508 px grid differ by 0.015%, so rasterising by width may move an edge a pixel.
      for (const side of ['x', 'y', 'width', 'height'] as const) {
        expect(Math.abs((ink.box?.[side] ?? -99) - proof.textBox[side])).toBeLessThanOrEqual(2)
      }
    },
  )
})
