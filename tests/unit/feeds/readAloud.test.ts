import { describe, expect, it } from 'vitest'

import { countSyllables, numberSyllables, readAloudSeconds } from '../../../src/feeds/readAloud'
import { PLAN_232_SLOGANS } from '../../../src/seed/plan-232'

const slogan = (number: number) => PLAN_232_SLOGANS.find((s) => s.number === number)!.text.vi

/** A text of exactly n one-syllable words, taken in turn from slogans 2–8 (no numbers, no abbreviations). */
function sloganWords(n: number): string {
  const words = [2, 3, 4, 5, 6, 7, 8].flatMap((number) => slogan(number).replace(/[,!]/g, '').split(/\s+/))
  return Array.from({ length: n }, (_, i) => words[i % words.length]).join(' ')
}

describe('countSyllables', () => {
  it.each([
    [slogan(1), 37], // 13 words + "bảy mươi lăm" + two dates of 12 syllables each
    [slogan(2), 18],
    [slogan(3), 23],
    [slogan(4), 15],
    [slogan(5), 12],
    [slogan(6), 11],
    [slogan(7), 9],
    [slogan(8), 11],
  ])('counts the Plan 232 slogan "%s" as %i syllables', (text, syllables) => {
    expect(countSyllables(text)).toBe(syllables)
  })

  it.each([
    ['75', 3], // bảy mươi lăm
    ['10/12/2023', 12], // mười tháng mười hai năm hai nghìn không trăm hai mươi ba
    ['3,5%', 5], // ba phẩy năm phần trăm
    ['1.000.000 người', 3], // một triệu người
    ['Kế hoạch số 232/VPTT-CAT', 15], // abbreviations spelled letter by letter
    ['UBND tỉnh Hà Tĩnh', 7],
    ['VIỆT NAM LUÔN BẢO ĐẢM QUYỀN TỰ DO TÍN NGƯỠNG, TÔN GIÁO!', 12], // a slogan in capitals is not twelve abbreviations
    ['Gọi 0912345678', 11], // a phone number is read digit by digit
    ['12.000', 3], // mười hai nghìn: a first group of two digits
    ['1.000.000%', 4], // một triệu phần trăm
    ['1.0000', 6], // not thousands: một chấm không không không không
    ['1234.000', 11], // not thousands: một nghìn hai trăm ba mươi tư chấm không không không
    ['mã ab12cd', 5], // a number between letters parts them into two words
    ['UBND tỉnh', 5], // half the words in capitals is not a text in capitals
    ['Khối A, B, C của UBND tỉnh', 10], // one-letter words neither make nor break a text in capitals
    ['chữ 漢字 là', 3], // a script without capitals has no abbreviations
    ['— !? …', 0],
    ['', 0],
  ])('counts "%s" as %i syllables', (text, syllables) => {
    expect(countSyllables(text)).toBe(syllables)
  })

  it('spells only the letters of an abbreviation, not an accent mark that no letter carries', () => {
    expect(countSyllables('UBND\u0301 tỉnh Hà Tĩnh')).toBe(countSyllables('UBND tỉnh Hà Tĩnh'))
  })

  it('counts combining-mark Vietnamese the same as precomposed', () => {
    const precomposed = slogan(6)
    expect(countSyllables(precomposed.normalize('NFD'))).toBe(countSyllables(precomposed))
  })
})

describe('numberSyllables', () => {
  it.each([
    ['0', 1],
    ['5', 1],
    ['10', 1],
    ['15', 2],
    ['20', 2],
    ['21', 3],
    ['100', 2],
    ['105', 4], // một trăm linh năm
    ['232', 5],
    ['1005', 6], // một nghìn không trăm linh năm
    ['1948', 7],
    ['2023', 7],
    ['1000000', 2],
    ['100000000000000', 4], // một trăm nghìn tỷ: the longest run still read as a number
    ['1234567890123456', 16], // too long to be a number: a code, read digit by digit
  ])('says %s in %i syllables', (digits, syllables) => {
    expect(numberSyllables(digits)).toBe(syllables)
  })
})

describe('readAloudSeconds', () => {
  it.each([
    [233, 233, 60],
    [466, 233, 120],
    [233, 466, 30],
    [1, 233, 1], // rounded up: a slot is never too short
    [0, 233, 0],
    [234, 233, 61],
  ])('reads %i syllables at %i a minute in %i s', (syllables, perMinute, seconds) => {
    const text = syllables === 0 ? '' : sloganWords(syllables)
    expect(countSyllables(text)).toBe(syllables)
    expect(readAloudSeconds(text, perMinute)).toBe(seconds)
  })

  it('reads at 233 syllables a minute unless told otherwise', () => {
    expect(readAloudSeconds(sloganWords(233))).toBe(60)
  })

  it('refuses a pace that is not positive', () => {
    expect(() => readAloudSeconds(slogan(1), 0)).toThrow(RangeError)
    expect(() => readAloudSeconds(slogan(1), Number.NaN)).toThrow(RangeError)
    expect(() => readAloudSeconds(slogan(1), -233)).toThrow('syllablesPerMinute must be positive, got -233')
  })
})
