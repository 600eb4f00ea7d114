import { describe, expect, it } from 'vitest'

import { exactForm, foldWord, hasMarks, indexForms, wordsOf } from '../../../src/search/folding'

// Every Vietnamese vowel with each of the six tones (none, sắc, huyền, hỏi, ngã, nặng), written out as people type them.
const VOWELS: [string, string][] = [
  ['a', 'a á à ả ã ạ'],
  ['a', 'ă ắ ằ ẳ ẵ ặ'],
  ['a', 'â ấ ầ ẩ ẫ ậ'],
  ['e', 'e é è ẻ ẽ ẹ'],
  ['e', 'ê ế ề ể ễ ệ'],
  ['i', 'i í ì ỉ ĩ ị'],
  ['o', 'o ó ò ỏ õ ọ'],
  ['o', 'ô ố ồ ổ ỗ ộ'],
  ['o', 'ơ ớ ờ ở ỡ ợ'],
  ['u', 'u ú ù ủ ũ ụ'],
  ['u', 'ư ứ ừ ử ữ ự'],
  ['y', 'y ý ỳ ỷ ỹ ỵ'],
]
const CELLS = VOWELS.flatMap(([base, row]) => row.split(' ').map((letter) => [letter, base] as const))

describe('foldWord', () => {
  it('has the 72 vowel × tone cells', () => expect(CELLS).toHaveLength(72))

  it.each(CELLS)('folds %s to %s, in capitals and in NFD too', (letter, base) => {
    expect(foldWord(letter)).toBe(base)
    expect(foldWord(letter.toUpperCase())).toBe(base)
    expect(foldWord(letter.normalize('NFD'))).toBe(base)
    expect(foldWord(letter.toUpperCase().normalize('NFD'))).toBe(base)
    expect(foldWord(`m${letter}`)).toBe(`m${base}`)
  })

  it.each(CELLS)('keeps %s as written (NFC, lower case) for exact matches', (letter) => {
    expect(exactForm(letter.toUpperCase().normalize('NFD'))).toBe(letter)
    expect(hasMarks(letter)).toBe(letter !== letter.normalize('NFD').replace(/\p{M}/gu, ''))
  })

  it.each([
    ['đ', 'd'],
    ['Đ', 'd'],
    ['Đà Nẵng', 'da nang'],
    ['ĐẢNG', 'dang'],
    ['NHÂN QUYỀN', 'nhan quyen'],
    ['Quyền con người', 'quyen con nguoi'],
    ['nhân quyền'.normalize('NFD'), 'nhan quyen'],
    ['Hà Tĩnh', 'ha tinh'],
    ['75', '75'],
  ])('folds %j to %j', (text, folded) => expect(foldWord(text)).toBe(folded))

  it('treats đ as a mark an exact match honours', () => {
    expect(hasMarks('đi')).toBe(true)
    expect(hasMarks('di')).toBe(false)
    expect(hasMarks('Ma')).toBe(false)
  })
})

describe('wordsOf and indexForms', () => {
  it('splits dates and numbers into their digits groups and keeps offsets in the NFC text', () => {
    const text = 'Ngày 10/12/2023, kỷ niệm 75 năm'
    expect(wordsOf(text).map((w) => w.folded)).toEqual(['ngay', '10', '12', '2023', 'ky', 'niem', '75', 'nam'])
    for (const w of wordsOf(text)) expect(text.slice(w.start, w.end).toLowerCase()).toBe(w.exact)
  })

  it('gives the same words for NFC and NFD text', () => {
    const nfc = 'Bảo đảm quyền con người, QUYỀN CÔNG DÂN'
    expect(indexForms(nfc.normalize('NFD'))).toEqual(indexForms(nfc))
    expect(indexForms(nfc)).toEqual({ exact: 'bảo đảm quyền con người quyền công dân', folded: 'bao dam quyen con nguoi quyen cong dan' })
  })

  it('makes control characters, quotes and operators separators', () => {
    expect(indexForms('a\u0000b "c" d*e (f) g-h NEAR:i 50%_x').folded).toBe('a b c d e f g h near i 50 x')
  })
})
