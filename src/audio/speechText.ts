// Turns article text into the words a Vietnamese announcer reads on the commune loudspeakers, punctuated so espeak-ng pauses where a reader would.
//
// What comes out, and why:
// - one line of plain text; every sentence starts with a capital letter and ends with ". ". espeak-ng only ends a
//   clause at "." when the next word is capitalised (or at the end of the text), so "một. hai" would run on;
// - "!", "?", ";", paragraph breaks and line breaks (list items, headings) all become sentence ends: a question
//   intonation distorts Vietnamese tones, and a bulletin reads better with even pauses;
// - ":", parentheses, dashes between words, and bullets or middle dots inside a line become ", ", a short pause;
// - numbers, dates, times, percentages, ordinals and Roman section numbers become words, abbreviations are expanded,
//   and markup, URLs (bare domains such as "baochinhphu.vn" too), e-mail addresses, emoji and quotation marks are dropped.
import { decimalInWords, digitsInWords, numberInWords, ordinalInWords, romanToNumber } from './vietnameseNumbers'

export type SpeechTextOptions = {
  /** Added to (and overriding) DEFAULT_ABBREVIATIONS; keys are whole tokens, matched case-sensitively. */
  abbreviations?: Record<string, string>
}

/**
 * Abbreviations of provincial administration, read in full. Keys match whole tokens only, case-sensitively; a
 * hyphenated code whose parts are all known ("VPTT-CAT") is read part by part. "CP" and "CT" are left out on their own
 * ("Công ty CP" is a joint-stock company) and only appear inside document codes. "Số" needs no entry: it is a word.
 */
export const DEFAULT_ABBREVIATIONS: Readonly<Record<string, string>> = {
  UBND: 'Ủy ban nhân dân',
  HĐND: 'Hội đồng nhân dân',
  BCĐ: 'Ban Chỉ đạo',
  // Plan 232 itself writes "BCD" for "BCĐ".
  BCD: 'Ban Chỉ đạo',
  MTTQ: 'Mặt trận Tổ quốc',
  TW: 'Trung ương',
  TƯ: 'Trung ương',
  'T.Ư': 'Trung ương',
  TP: 'thành phố',
  'TP.': 'thành phố',
  'TP.HCM': 'Thành phố Hồ Chí Minh',
  HCM: 'Hồ Chí Minh',
  TX: 'thị xã',
  'TX.': 'thị xã',
  KH: 'Kế hoạch',
  NQ: 'Nghị quyết',
  QĐ: 'Quyết định',
  NĐ: 'Nghị định',
  'NĐ-CP': 'Nghị định Chính phủ',
  'NQ-CP': 'Nghị quyết Chính phủ',
  'QĐ-TTg': 'Quyết định Thủ tướng Chính phủ',
  'CT-TTg': 'Chỉ thị Thủ tướng Chính phủ',
  'QĐ-UBND': 'Quyết định Ủy ban nhân dân',
  TTg: 'Thủ tướng Chính phủ',
  VPTT: 'Văn phòng Thường trực',
  // "CAT" is the provincial police in a document code ("VPTT-CAT"); "CA" alone is the police in general.
  CAT: 'Công an tỉnh',
  CA: 'Công an',
  LHQ: 'Liên Hợp Quốc',
  'TT&TT': 'Thông tin và Truyền thông',
  'GD&ĐT': 'Giáo dục và Đào tạo',
  THCS: 'trung học cơ sở',
  THPT: 'trung học phổ thông',
  BHXH: 'bảo hiểm xã hội',
  BHYT: 'bảo hiểm y tế',
  CHXHCN: 'Cộng hòa xã hội chủ nghĩa',
  'v.v.': 'vân vân',
}

// "v.v." closes a list, so its dot also ends the sentence when a capitalised word follows.
const ABBREVIATIONS_ENDING_SENTENCES = new Set(['v.v.'])

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—', hellip: '…',
  laquo: '«', raquo: '»', ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’', bull: '•', middot: '·', percnt: '%',
  agrave: 'à', aacute: 'á', acirc: 'â', atilde: 'ã', egrave: 'è', eacute: 'é', ecirc: 'ê', igrave: 'ì', iacute: 'í',
  ograve: 'ò', oacute: 'ó', ocirc: 'ô', otilde: 'õ', ugrave: 'ù', uacute: 'ú', yacute: 'ý',
  Agrave: 'À', Aacute: 'Á', Acirc: 'Â', Atilde: 'Ã', Egrave: 'È', Eacute: 'É', Ecirc: 'Ê', Igrave: 'Ì', Iacute: 'Í',
  Ograve: 'Ò', Oacute: 'Ó', Ocirc: 'Ô', Otilde: 'Õ', Ugrave: 'Ù', Uacute: 'Ú', Yacute: 'Ý',
}

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
    if (name[0] === '#') {
      const codePoint = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10)
      return codePoint > 0 && codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : ' '
    }
    return NAMED_ENTITIES[name] ?? entity
  })
}

const BLOCK_TAGS = /<\/?(p|div|br|li|ul|ol|h[1-6]|tr|table|blockquote|section|article|header|footer|figure|figcaption|hr)\b[^>]*>/gi

function stripMarkup(text: string): string {
  return decodeEntities(
    text
      .replace(/<!--[\s\S]*?-->/g, ' ')
      .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, ' ')
      .replace(BLOCK_TAGS, '\n')
      .replace(/<\/?[a-z][^>]*>/gi, ' '),
  )
}

function stripLinksAndEmoji(text: string): string {
  return (
    text
      .replace(/\b(?:https?:\/\/|www\.)[^\s<>"“”]*[^\s<>"“”.,;:!?)\]]/giu, ' ')
      .replace(/[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu, ' ')
      // A bare domain ("baochinhphu.vn", "hatinh.gov.vn/tin"), known by its top-level domain, goes like a link.
      .replace(/[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:vn|com|net|org|edu|gov|info)(?![\p{L}\p{N}])(?:\/[^\s<>"“”]*[^\s<>"“”.,;:!?)\]])?/giu, ' ')
      // Pictographs, plus the joiners, skin tones, keycaps, flags and variation selectors that build emoji sequences.
      .replace(/\p{Extended_Pictographic}|[\u{1F1E6}-\u{1F1FF}]|[\u{1F3FB}-\u{1F3FF}]|\u200D|\u20E3|\uFE0E|\uFE0F/gu, '')
  )
}

const TOKEN = /[\p{L}\p{N}&][\p{L}\p{N}&.]*(?:-[\p{L}\p{N}&.]+)*/gu

function expandAbbreviations(text: string, abbreviations: Record<string, string>): string {
  const lookup = (token: string): string | undefined => (Object.hasOwn(abbreviations, token) ? abbreviations[token] : undefined)
  const expand = (token: string): string | undefined => {
    const exact = lookup(token)
    if (exact !== undefined) return exact
    const parts = token.split('-')
    // Stryker disable next-line ConditionalExpression: without a hyphen the one part is the token, already looked up
    if (parts.length < 2) return undefined
    const expanded = parts.map(lookup)
    return expanded.every((part) => part !== undefined) ? expanded.join(' ') : undefined
  }
  return text.replace(TOKEN, (token, offset: number, whole: string) => {
    const exact = expand(token)
    if (exact !== undefined) {
      // Stryker disable next-line ConditionalExpression,StringLiteral: a token without a dot is never in ABBREVIATIONS_ENDING_SENTENCES
      if (!token.endsWith('.')) return exact
      // At the end of a line the sentence ends anyway (toSpeechText adds the last dot).
      const endsSentence = ABBREVIATIONS_ENDING_SENTENCES.has(token) && /^\s+\p{Lu}/u.test(whole.slice(offset + token.length))
      return endsSentence ? `${exact}.` : exact
    }
    const bare = token.replace(/\.+$/, '')
    // Stryker disable next-line ConditionalExpression: a token without trailing dots was looked up above, and is returned below
    if (bare === token) return token
    const expanded = expand(bare)
    return expanded === undefined ? token : expanded + token.slice(bare.length)
  })
}

const isDay = (day: string) => Number(day) >= 1 && Number(day) <= 31
const isMonth = (month: string) => Number(month) >= 1 && Number(month) <= 12

/** "28", "6", "2023" → "28 tháng 6 năm 2023" in words, without the leading "ngày". */
function dateInWords(day: string, month: string, year: string): string {
  return `${numberInWords(day)} tháng ${monthInWords(month)} năm ${numberInWords(year)}`
}

// Month four is "tháng tư", never "tháng bốn".
const monthInWords = (month: string) => (Number(month) === 4 ? 'tư' : numberInWords(month))

// Day, separator, month, year; the separator is captured so "28/6-2023" is not a date. Group numbers as in DATE_OR_RANGE.
// Stryker disable next-line StringLiteral: not equivalent but a false survivor: emptying the date pattern leaves \3 and \8 naming no group, the module fails to load, and Stryker's vitest runner counts a test file that cannot load as survived (stryker-js#6150)
const date = (separatorGroup: number) => String.raw`(\d{1,2})([/-])(\d{1,2})` + `\\${separatorGroup}` + String.raw`(\d{4})`
const DATE_OR_RANGE = new RegExp(String.raw`(?<![\p{N}/])(?:(ngày)\s+)?${date(3)}(?:\s*[–—-]\s*(?:(ngày)\s+)?${date(8)})?(?![\p{N}/])`, 'giu')

function expandDates(text: string): string {
  return (
    text
      // "10/12/1948 – 10/12/2023": each date gets its "ngày", the dash becomes "đến".
      .replace(DATE_OR_RANGE, (match, ...groups: (string | undefined)[]) => {
        const [firstWord, day, , month, year, secondWord, secondDay, , secondMonth, secondYear] = groups as string[]
        if (!isDay(day) || !isMonth(month)) return match
        const first = `${firstWord ?? 'ngày'} ${dateInWords(day, month, year)}`
        if (!secondDay) return first
        if (!isDay(secondDay) || !isMonth(secondMonth)) return match
        return `${first} đến ${secondWord ?? 'ngày'} ${dateInWords(secondDay, secondMonth, secondYear)}`
      })
      // Document numbers: "162/2017/NĐ-CP" is decree 162 of 2017; "232/VPTT-CAT" is number 232 from that office.
      .replace(/(?<![\p{N}/])(\d+)\/(\d{4})\/(?=\p{L})/gu, '$1 năm $2 ')
      .replace(/(?<![\p{N}/])(\d+)\/(?=\p{Lu})/gu, '$1 ')
      // "ngày 20/12" without a year.
      .replace(/(?<![\p{L}\p{N}])(ngày)\s+(\d{1,2})\/(\d{1,2})(?![\p{N}/])/giu, (match, word: string, day: string, month: string) =>
        isDay(day) && isMonth(month) ? `${word} ${numberInWords(day)} tháng ${monthInWords(month)}` : match,
      )
      // "tháng 6/2023", "quý 2/2023", "số 5/2023", or a bare "6/2023" (a month).
      .replace(/(?<![\p{L}\p{N}/])(?:(tháng|quý|số)\s+)?(\d{1,2})\/(\d{4})(?![\p{N}/])/giu, (match, word: string | undefined, number: string, year: string) => {
        if (word) return `${word} ${word.toLowerCase() === 'tháng' ? monthInWords(number) : numberInWords(number)} năm ${numberInWords(year)}`
        return isMonth(number) ? `tháng ${monthInWords(number)} năm ${numberInWords(year)}` : match
      })
  )
}

function expandTimes(text: string): string {
  return text.replace(/(?<![\p{L}\p{N}])(\d{1,2})(?:h|:)(\d{2})?(?![\p{L}\p{N}:])/gu, (match, hours: string, minutes: string | undefined) => {
    if (Number(hours) > 24 || Number(minutes ?? 0) > 59) return match
    if (minutes === undefined) return match.endsWith(':') ? match : `${numberInWords(hours)} giờ`
    return Number(minutes) === 0 ? `${numberInWords(hours)} giờ` : `${numberInWords(hours)} giờ ${numberInWords(minutes)} phút`
  })
}

const ROMAN_AFTER = String.raw`phần|chương|mục|khóa|khoá|thế kỷ|thế kỉ|đại hội|kỳ họp|lần`

function expandOrdinalsAndRoman(text: string): string {
  return (
    text
      // "thứ 4" → "thứ tư", "lần thứ XIII" → "lần thứ mười ba".
      .replace(/(?<![\p{L}\p{N}])(thứ)\s+(\d+|[IVXLC]+)(?![\p{L}\p{N}])/giu, (match, word: string, value: string) => {
        // Stryker disable next-line Regex: the value is all digits or all Roman letters, so either anchor alone decides
        const number = /^\d+$/.test(value) ? Number(value) : romanToNumber(value)
        return number === undefined || number === 0 ? match : `${word} ${ordinalInWords(number)}`
      })
      .replace(new RegExp(String.raw`(?<![\p{L}\p{N}])(${ROMAN_AFTER})\s+([IVXLC]+)(?![\p{L}\p{N}])`, 'giu'), (match, word: string, numeral: string) => {
        const number = romanToNumber(numeral)
        return number === undefined ? match : `${word} ${numberInWords(number)}`
      })
  )
}

function expandNumbers(text: string): string {
  return (
    text
      // Ranges of plain numbers: "2023-2025", "5 – 7".
      .replace(/(?<![\p{L}\p{N}.,])(\d+)\s*[–—]\s*(?=\d)|(?<![\p{L}\p{N}.,])(\d+)-(?=\d+(?![\p{L}\p{N}-]))/gu, (_match, spaced: string | undefined, tight: string | undefined) => `${spaced ?? tight} đến `)
      // A "%" after the number is left to punctuateForSpeech, which reads it "phần trăm".
      .replace(/(?<![\p{L}\p{N}])(\d+(?:\.\d+)*)(?:,(\d+))?(?![\p{L}\p{N}])/gu, (_match, integer: string, fraction: string | undefined) => {
        // Dots group thousands ("1.234.567") only in groups of three; otherwise it is a section number ("1.2").
        if (integer.includes('.') && !/^\d{1,3}(?:\.\d{3})+$/.test(integer)) {
          const section = integer.split('.').map((part) => numberInWords(part)).join(' chấm ')
          return section + (fraction === undefined ? '' : `, ${fraction}`)
        }
        const whole = integer.replace(/\./g, '')
        // Stryker disable next-line ConditionalExpression,EqualityOperator: a one-digit whole ("0" included) reads the same digit by digit as a number
        return fraction !== undefined ? decimalInWords(whole, fraction) : whole.length > 1 && whole[0] === '0' ? digitsInWords(whole) : numberInWords(whole)
      })
      // Digits stuck to letters ("COVID-19", "F0") are read as a plain number, a word of its own ("F không", not "Fkhông").
      .replace(/\d+/g, (digits) => ` ${numberInWords(digits)} `)
  )
}

/** Headings and list items: "I." and "1." become their own sentence, bullets and "a)" markers go. */
function readLineStart(line: string): string {
  // Stryker disable next-line Regex: blanks a shorter match leaves follow the ". " put before them, and punctuateForSpeech folds them into it
  const roman = /^([IVX]+)[.)]\s+/.exec(line)
  const romanNumber = roman ? romanToNumber(roman[1]) : undefined
  if (romanNumber !== undefined) return `${numberInWords(romanNumber)}. ${line.slice(roman![0].length)}`
  // Stryker disable next-line Regex: either form matches the same lines (after one blank, a digit stops both); blanks the shorter match leaves follow ". " and fold into it
  const numbered = /^(\d{1,2})[.)]\s+(?!\d)/.exec(line)
  if (numbered) return `${numberInWords(numbered[1])}. ${line.slice(numbered[0].length)}`
  // Stryker disable next-line Regex: blanks a shorter match leaves start the line, and punctuateForSpeech trims them
  return line.replace(/^(?:[-–—•*+·]+|[a-zđ]\))\s+/u, '')
}

function punctuateForSpeech(line: string): string {
  return (
    line
      // An ellipsis before a capital (or at the end) closes a sentence; inside one it is a short pause.
      .replace(
        // Stryker disable next-line Regex: at the end of the line a comma or a dot is replaced by the closing dot alike
        /(?:\.{3,}|…)(?=\s*(?:\p{Lu}|\p{N}|$))/gu,
        '.',
      )
      .replace(/(?:\.{3,}|…)/g, ',')
      .replace(/[!?;]/g, '.')
      .replace(/[:()[\]{}]/g, ',')
      .replace(
        // Stryker disable next-line Regex: blanks left outside a shorter match fold into its ", " when runs of pauses collapse
        /\s+[-–—]+\s+/g,
        ', ',
      )
      .replace(/[–—•·]/g, ', ')
      .replace(/%/g, ' phần trăm ')
      .replace(/&/g, ' và ')
      // A hyphen inside words, a slash, and the remaining symbols are not read.
      .replace(/["“”„«»‘’`´*#_|~^=<>\\/@+-]/g, ' ')
      .replace(/(?<!\p{L})'|'(?!\p{L})/gu, ' ')
      // Runs of pauses collapse into the strongest one.
      .replace(/\s*([.,](?:\s*[.,])*)\s*/g, (run: string) => (run.includes('.') ? '. ' : ', '))
      .replace(/\s+/g, ' ')
      .replace(
        // Stryker disable next-line Regex: after the collapse a line starts with at most one pause and one blank, and trim drops the blank
        /^[\s.,]+/,
        '',
      )
      .trim()
  )
}

const capitalise = (sentence: string) => sentence.replace(/^\p{Ll}/u, (letter) => letter.toLocaleUpperCase('vi'))

/** Converts article text (plain or HTML) into the text an announcer reads; see the module comment for the format. */
export function toSpeechText(input: string, options: SpeechTextOptions = {}): string {
  const abbreviations = { ...DEFAULT_ABBREVIATIONS, ...options.abbreviations }
  const plain = stripLinksAndEmoji(stripMarkup(input.normalize('NFC'))).replace(/\r\n?/g, '\n').replace(/[\t\f\v\u00a0\u2000-\u200b\u202f\u205f\u3000]/g, ' ')
  // Stryker disable next-line MethodExpression: an empty line gives the sentence ".", which the filter on letters below drops
  const lines = plain
    .split('\n')
    .map((line) => line.replace(/ +/g, ' ').trim())
    .filter(Boolean)
    .map((line) => readLineStart(expandAbbreviations(line, abbreviations)))
  const sentences = lines.flatMap((line) => {
    const spoken = punctuateForSpeech(expandNumbers(expandOrdinalsAndRoman(expandTimes(expandDates(line)))))
    // Every dot left is a sentence end: abbreviation dots were expanded with their abbreviations.
    // Stryker disable next-line Regex: punctuateForSpeech leaves single blanks
    return `${spoken.replace(/[.,]$/, '')}.`.split(/(?<=\.)\s+/)
  })
  return sentences
    .map((sentence) => capitalise(sentence))
    .filter((sentence) => /[\p{L}\p{N}]/u.test(sentence))
    .join(' ')
}

/**
 * Splits text into sentences at ".", "!", "?", ";" or "…" followed by a capital letter, a digit or an opening quote,
 * and at line breaks. Exact on toSpeechText's output; on raw text an abbreviation such as "TP. Hà Tĩnh" also splits.
 */
export function splitSentences(text: string): string[] {
  return text
    .split(
      // Stryker disable next-line Regex: the empty pieces between line breaks are trimmed and filtered out
      /\n+|(?<=[.!?;…])\s+(?=[\p{Lu}\p{N}"“'‘(])/u,
    )
    .map((sentence) => sentence.trim())
    .filter(Boolean)
}
