// Reads numbers as a Vietnamese announcer says them: cardinals, decimals, ordinals and Roman section numbers.

const DIGIT_WORDS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín']

/**
 * One group of three digits. `isFull` reads a zero hundreds digit ("không trăm"), as every group after the first must.
 * Rules: "linh" (not "lẻ") for a zero tens digit, "mười"/"mươi", "mốt" and "tư" after "mươi", "lăm" after a tens word.
 */
function readGroup(group: string, isFull: boolean): string[] {
  const [hundreds, tens, ones] = group.padStart(3, '0').split('').map(Number)
  const words: string[] = []
  if (isFull || hundreds > 0) words.push(DIGIT_WORDS[hundreds], 'trăm')
  if (tens === 0) {
    if (ones > 0) {
      if (words.length > 0) words.push('linh')
      words.push(DIGIT_WORDS[ones])
    }
    return words
  }
  if (tens === 1) words.push('mười')
  else words.push(DIGIT_WORDS[tens], 'mươi')
  if (ones === 0) return words
  if (ones === 5) words.push('lăm')
  else if (ones === 1 && tens > 1) words.push('mốt')
  else if (ones === 4 && tens > 1) words.push('tư')
  else words.push(DIGIT_WORDS[ones])
  return words
}

const GROUP_SCALES = ['', 'nghìn', 'triệu']

/** Digits below one billion (at most nine); zero groups are skipped, later groups are read in full. */
function readBelowBillion(digits: string, isLeading: boolean): string[] {
  const groups: string[] = []
  // Stryker disable next-line EqualityOperator: `end >= 0` adds an empty leading group, skipped as zero, and leaves every later group's scale as it was
  for (let end = digits.length; end > 0; end -= 3) groups.unshift(digits.slice(Math.max(0, end - 3), end))
  const words: string[] = []
  groups.forEach((group, index) => {
    if (Number(group) === 0) return
    const scale = GROUP_SCALES[groups.length - 1 - index]
    words.push(...readGroup(group, !isLeading || words.length > 0), ...(scale ? [scale] : []))
  })
  return words
}

function readDigits(digits: string, isLeading: boolean): string[] {
  if (digits.length <= 9) return readBelowBillion(digits, isLeading)
  // Above 999 999 999 Vietnamese counts in "tỷ": 10^12 is "nghìn tỷ", 10^18 is "tỷ tỷ".
  const billions = digits.slice(0, -9)
  const rest = digits.slice(-9)
  const words = [...readDigits(billions, isLeading), 'tỷ']
  // Stryker disable next-line ConditionalExpression: without the test a zero rest reads as nothing (its groups are skipped), the same words
  return Number(rest) === 0 ? words : [...words, ...readBelowBillion(rest, false)]
}

/** "1948" → "một nghìn chín trăm bốn mươi tám". Accepts a non-negative integer or a string of digits. */
export function numberInWords(value: number | bigint | string): string {
  const digits = String(value).replace(/^0+(?=\d)/, '')
  if (!/^\d+$/.test(digits)) throw new TypeError(`Not a non-negative integer: ${String(value)}`)
  // The leading zeros are gone, so a zero is the one digit left.
  if (digits === '0') return 'không'
  return readDigits(digits, true).join(' ')
}

/** Digit by digit, for phone numbers and numbers written with leading zeros: "09" → "không chín". */
export function digitsInWords(digits: string): string {
  return digits
    .split('')
    .map((digit) => DIGIT_WORDS[Number(digit)])
    .join(' ')
}

/**
 * A decimal written the Vietnamese way, integer part and fraction: ("3", "05") → "ba phẩy không năm".
 * Leading zeros of the fraction are read one by one; up to three further digits as a number, longer tails digit by digit.
 */
export function decimalInWords(integer: string, fraction: string): string {
  const rest = fraction.replace(/^0+/, '')
  const zeros = fraction.slice(0, fraction.length - rest.length)
  const fractionWords = [...(zeros ? [digitsInWords(zeros)] : []), ...(rest ? [rest.length <= 3 ? numberInWords(rest) : digitsInWords(rest)] : [])]
  return `${numberInWords(integer)} phẩy ${fractionWords.join(' ')}`
}

/** The word after "thứ": 1 → "nhất", 4 → "tư", otherwise the cardinal ("thứ hai", "thứ mười bốn"). */
export function ordinalInWords(value: number): string {
  if (value === 1) return 'nhất'
  if (value === 4) return 'tư'
  return numberInWords(value)
}

const ROMAN_NUMERAL = /^M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/
const ROMAN_VALUES: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 }

/** "XIV" → 14; undefined for anything that is not a well-formed Roman numeral. */
export function romanToNumber(numeral: string): number | undefined {
  if (!numeral || !ROMAN_NUMERAL.test(numeral)) return undefined
  let total = 0
  for (let index = 0; index < numeral.length; index++) {
    const value = ROMAN_VALUES[numeral[index]]
    const next = ROMAN_VALUES[numeral[index + 1]] ?? 0
    total += value < next ? -value : value
  }
  return total
}
