// Estimates how long a text takes to read aloud on radio or a commune loudspeaker, from its Vietnamese syllables.

/** The project's default reading pace for Vietnamese broadcast text; tune it per channel if measured otherwise. */
export const SYLLABLES_PER_MINUTE = 233

const SCALE_GROUP_SYLLABLES = [0, 1, 1, 1, 2] // -, nghìn, triệu, tỷ, nghìn tỷ
// Longer digit runs are codes or phone numbers, read digit by digit.
const LONGEST_NUMBER_READ_AS_NUMBER = 15

/** Syllables of a three-digit group: "chín trăm bốn mươi tám" is 5, "không trăm linh năm" is 4. */
function groupSyllables(group: number, saysHundreds: boolean): number {
  const hundreds = Math.floor(group / 100)
  const tens = Math.floor(group / 10) % 10
  const ones = group % 10
  const spokenHundreds = saysHundreds || hundreds > 0
  let count = spokenHundreds ? 2 : 0
  if (tens === 0 && ones > 0) count += spokenHundreds ? 2 : 1 // "linh năm" or just "năm"
  else if (tens === 1) count += ones > 0 ? 2 : 1 // "mười", "mười lăm"
  else if (
    // Stryker disable next-line EqualityOperator: a ten of 1 took the branch above, so >= 1 picks the same groups as > 1
    tens > 1
  )
    count += ones > 0 ? 3 : 2 // "bốn mươi", "bốn mươi tám"
  return count
}

/** Syllables of a whole number as said in Vietnamese: 1948 → "một nghìn chín trăm bốn mươi tám" → 7. */
export function numberSyllables(digits: string): number {
  if (
    digits.length > LONGEST_NUMBER_READ_AS_NUMBER ||
    // Stryker disable next-line ConditionalExpression,EqualityOperator: a lone "0" read digit by digit is one syllable, as the number 0 is
    (digits.length > 1 && digits.startsWith('0'))
  ) {
    return digits.length
  }
  const value = Number(digits)
  if (value === 0) return 1
  const groups: number[] = []
  for (let rest = value; rest > 0; rest = Math.floor(rest / 1000)) groups.push(rest % 1000)
  let count = 0
  groups.forEach((group, scale) => {
    if (group === 0) return
    const isLeading = scale === groups.length - 1
    count += groupSyllables(group, !isLeading) + SCALE_GROUP_SYLLABLES[scale]
  })
  return count
}

// A number token: digit runs joined by separators that are read aloud, plus an optional percent sign.
const NUMBER = /\d+(?:[.,/:-]\d+)*%?/gu
const WORD = /[\p{L}\p{M}]+/gu
const THOUSANDS_GROUPED = /^\d{1,3}(?:\.\d{3})+$/

function numberTokenSyllables(token: string): number {
  const hasPercent = token.endsWith('%')
  const bare = hasPercent ? token.slice(0, -1) : token
  const percent = hasPercent ? 2 : 0 // "phần trăm"
  // 1.000.000 is one number in Vietnamese writing ("một triệu").
  if (THOUSANDS_GROUPED.test(bare)) return numberSyllables(bare.replaceAll('.', '')) + percent
  const runs = bare.split(/[.,/:-]/)
  // Each separator is spoken once: "tháng"/"năm" in dates, "phẩy" in decimals, "giờ" in times.
  const separators = runs.length - 1
  return runs.reduce((sum, run) => sum + numberSyllables(run), separators) + percent
}

/**
 * Syllables in a text as a Vietnamese reader would say it.
 * Rule: each run of letters is one syllable (Vietnamese writes one syllable per space-separated word);
 * an all-capital run of 2+ letters is an abbreviation spelled letter by letter (UBND → 4, as is
 * "Ủy ban nhân dân"), unless most of the text is in capitals; numbers are counted as spoken
 * (75 → 3, 1948 → 7, 10/12/2023 → 12 with "tháng"/"năm", 3,5% → 5; 1.000.000 → 2);
 * punctuation and symbols are silent. English text is counted one syllable per word, an underestimate.
 */
export function countSyllables(text: string): number {
  let count = 0
  const withoutNumbers = text.replace(NUMBER, (token) => {
    count += numberTokenSyllables(token)
    return ' '
  })
  const words = withoutNumbers.match(WORD) ?? []
  const longWords = words.filter((word) => word.length > 1)
  const isCapitals = (word: string) => word === word.toLocaleUpperCase('vi') && word !== word.toLocaleLowerCase('vi')
  // A headline set in capitals is words, not a string of abbreviations.
  const isShouting = longWords.filter(isCapitals).length * 2 > longWords.length
  for (const word of words) {
    const isAbbreviation =
      !isShouting &&
      // Stryker disable next-line ConditionalExpression,EqualityOperator: a one-letter capital spelled out is one letter, one syllable either way
      word.length > 1 &&
      isCapitals(word)
    count += isAbbreviation ? [...word.normalize('NFC')].filter((c) => /\p{L}/u.test(c)).length : 1
  }
  return count
}

/** Whole seconds needed to read the text aloud, rounded up so a broadcast slot is never too short. */
export function readAloudSeconds(text: string, syllablesPerMinute = SYLLABLES_PER_MINUTE): number {
  if (!(syllablesPerMinute > 0)) throw new RangeError(`syllablesPerMinute must be positive, got ${syllablesPerMinute}`)
  return Math.ceil((countSyllables(text) * 60) / syllablesPerMinute)
}
