// Vietnamese number reading at the edges the speech text tests do not reach: round hundreds, every scale up to
// nine digits and past a billion, leading zeros, decimals, ordinals and Roman numerals.
import { describe, expect, it } from 'vitest'

import { decimalInWords, digitsInWords, numberInWords, ordinalInWords, romanToNumber } from '../../../src/audio/vietnameseNumbers'

describe('numberInWords: round numbers and every scale', () => {
  it.each<[number | bigint | string, string]>([
    // A round hundred has nothing after "trăm": never "một trăm linh không".
    [100, 'một trăm'],
    [200, 'hai trăm'],
    [900, 'chín trăm'],
    [50, 'năm mươi'],
    [31, 'ba mươi mốt'],
    [44, 'bốn mươi tư'],
    [11, 'mười một'],
    [1100, 'một nghìn một trăm'],
    [1010, 'một nghìn không trăm mười'],
    [1001, 'một nghìn không trăm linh một'],
    [100_000, 'một trăm nghìn'],
    [100_100, 'một trăm nghìn một trăm'],
    [1_000_010, 'một triệu không trăm mười'],
    [100_000_000, 'một trăm triệu'],
    [123_456_789, 'một trăm hai mươi ba triệu bốn trăm năm mươi sáu nghìn bảy trăm tám mươi chín'],
    [999_999_999, 'chín trăm chín mươi chín triệu chín trăm chín mươi chín nghìn chín trăm chín mươi chín'],
    [1_000_000_000, 'một tỷ'],
    [1_000_000_001, 'một tỷ không trăm linh một'],
    [1_200_000_000, 'một tỷ hai trăm triệu'],
    [12_000_005_000, 'mười hai tỷ không trăm linh năm nghìn'],
    [10n ** 18n, 'một tỷ tỷ'],
    ['007', 'bảy'],
    ['0100', 'một trăm'],
    // Every leading zero goes, or a nine-digit number past them would be read as billions ("tỷ một trăm…").
    ['00123456789', 'một trăm hai mươi ba triệu bốn trăm năm mươi sáu nghìn bảy trăm tám mươi chín'],
    ['0001000000000', 'một tỷ'],
    ['00', 'không'],
    ['000000000000', 'không'],
    ['0', 'không'],
  ])('reads %s as "%s"', (value, words) => {
    expect(numberInWords(value)).toBe(words)
  })

  it.each(['', '1.5', ' 12', '12 ', '1e3', '-0'])('refuses %j', (value) => {
    expect(() => numberInWords(value)).toThrow(new TypeError(`Not a non-negative integer: ${value}`))
  })
})

describe('digits, decimals, ordinals and Roman numerals', () => {
  it('reads a phone number digit by digit, leading zero included', () => {
    expect(digitsInWords('0912345678')).toBe('không chín một hai ba bốn năm sáu bảy tám')
  })

  it.each([
    ['0', '5', 'không phẩy năm'],
    ['3', '0005', 'ba phẩy không không không năm'],
    ['3', '000', 'ba phẩy không không không'],
    ['3', '123', 'ba phẩy một trăm hai mươi ba'],
    ['3', '1000', 'ba phẩy một không không không'],
    ['3', '0100', 'ba phẩy không một trăm'],
  ])('reads the decimal %s,%s as "%s"', (integer, fraction, words) => {
    expect(decimalInWords(integer, fraction)).toBe(words)
  })

  it.each([
    [3, 'ba'],
    [10, 'mười'],
    [21, 'hai mươi mốt'],
  ])('says "thứ %s" as "thứ %s"', (value, word) => {
    expect(ordinalInWords(value)).toBe(word)
  })

  it.each([
    ['MMM', 3000],
    ['CD', 400],
    ['XC', 90],
    ['XL', 40],
    ['IX', 9],
    ['DCLXVI', 666],
    ['MMMCMXCIX', 3999],
    ['MMMM', undefined],
    ['iv', undefined],
    ['XIV ', undefined],
    [' XIV', undefined],
    ['IC', undefined],
  ])('reads the Roman numeral %j as %s', (numeral, value) => {
    expect(romanToNumber(numeral)).toBe(value)
  })
})
