import { describe, expect, it } from 'vitest'

import { PRINT_SHEETS, safeBoxOf } from '../../../src/proofs/formats'
import { renderSloganProof } from '../../../src/proofs/renderSloganProof'
import { PNG_SIGNATURE, decodePng, expectReadableText, pngChunks, textInkOf } from './inspectProof'
import { SLOGAN_CASES } from './sloganCases'

describe('PNG proofs of every Plan 232 slogan', () => {
  it('covers 8 slogans × 2 languages × 3 formats', () => {
    expect(SLOGAN_CASES).toHaveLength(48)
  })

  it.each(SLOGAN_CASES)(
    'renders the $format of slogan $number ($locale) at the documented size, text inside the safe area',
    async ({ format, text }) => {
      const sheet = PRINT_SHEETS[format]
      const proof = await renderSloganProof({ text, format, type: 'png' })

      expect(proof.mimeType).toBe('image/png')
      expect(proof.body.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true)
      const [ihdr] = pngChunks(proof.body)
      expect(ihdr.type).toBe('IHDR')
      expect([ihdr.data.readUInt32BE(0), ihdr.data.readUInt32BE(4)]).toEqual([sheet.widthPx, sheet.heightPx])
      expect([proof.width, proof.height]).toEqual([sheet.widthPx, sheet.heightPx])
      expect(proof.safeBox).toEqual(safeBoxOf(sheet.widthPx, sheet.heightPx))

      // Measured again on the decoded file, not on the renderer's own raster.
      const ink = textInkOf(decodePng(proof.body))
      expectReadableText(ink, proof.safeBox)
      expect(ink.box).toEqual(proof.textBox)
    },
  )
})
