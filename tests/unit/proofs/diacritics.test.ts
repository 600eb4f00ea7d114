import { describe, expect, it } from 'vitest'

import { missingGlyphs } from '../../../src/proofs/fonts'
import { prepareSloganText, renderSloganProof, type PngProof } from '../../../src/proofs/renderSloganProof'
import { PLAN_232_SLOGANS } from '../../../src/seed/plan-232'
import { decodePng, inkRowBands } from './inspectProof'

const renderLetter = (text: string, isUpperCase = true) =>
  renderSloganProof({ text, format: 'poster', type: 'png', scale: 0.25, isUpperCase })

const aspect = (proof: PngProof) => proof.textBox.height / proof.textBox.width

// Đ is a letter of its own, not D plus a mark, so NFD leaves it whole.
const bareLetterOf = (char: string) => (char === 'Đ' ? 'D' : char.normalize('NFD').replace(/\p{M}/gu, ''))

const ACCENTED_CAPITALS = [...new Set(PLAN_232_SLOGANS.flatMap((slogan) => [...prepareSloganText(slogan.text.vi)]))]
  .filter((char) => /\p{L}/u.test(char) && !/[A-Z]/.test(char))
  .sort()

describe('Vietnamese diacritics on proofs', () => {
  it('draws Ệ as circumflex, letter and dot below, where E is one shape', async () => {
    const [plain, marked] = await Promise.all([renderLetter('E'), renderLetter('Ệ')])
    expect(inkRowBands(decodePng(plain.body))).toBe(1)
    expect(inkRowBands(decodePng(marked.body))).toBe(3)
    // A missing-glyph box would be about as tall for its width as E.
    expect(aspect(marked)).toBeGreaterThan(aspect(plain) * 1.3)
  })

  it('draws lower-case ệ with both marks when capitals are off', async () => {
    const proof = await renderLetter('ệ', false)
    expect(inkRowBands(decodePng(proof.body))).toBe(3)
  })

  it('finds the 32 accented capitals the campaign uses', () => {
    expect(ACCENTED_CAPITALS).toHaveLength(32)
    expect(ACCENTED_CAPITALS).toEqual(expect.arrayContaining(['Đ', 'Ệ', 'Ư', 'Ờ', 'Ẩ', 'Ỗ', 'Ỷ']))
  })

  it.each(ACCENTED_CAPITALS)('draws %s differently from its bare letter', async (char) => {
    const [plain, marked] = await Promise.all([renderLetter(bareLetterOf(char)), renderLetter(char)])
    // Marks make the ink taller, a horn or a bar wider; rounding moves the ratio by well under 1%.
    expect(Math.abs(aspect(marked) / aspect(plain) - 1)).toBeGreaterThan(0.02)
  })

  it('has a glyph for every character of every slogan, in capitals or not', () => {
    for (const slogan of PLAN_232_SLOGANS) {
      for (const text of [slogan.text.vi, slogan.text.en]) {
        expect(missingGlyphs(text)).toEqual([])
        expect(missingGlyphs(prepareSloganText(text))).toEqual([])
      }
    }
  })

  it('refuses a slogan with characters the font cannot draw rather than print a gap', async () => {
    expect(missingGlyphs('Nhân quyền 人权')).toEqual(['人', '权'])
    await expect(renderSloganProof({ text: 'Nhân quyền 人权', format: 'banner', type: 'svg' })).rejects.toThrow(/no glyph for: 人 权/)
  })
})
