// Vietnamese folding for search: NFC text, case, tone marks, vowel marks and đ folded away, so "Nhân quyền", "nhan quyen", "NHÂN QUYỀN" and the NFD spellings meet.

/** One word of a text: as written (NFC, lower case) and folded; `start`/`end` are offsets in the NFC text. */
export type Word = { end: number; exact: string; folded: string; start: number }

// A word is letters and digits; the combining marks NFC leaves (rare, outside Vietnamese) stay inside it.
const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*/gu
const MARKS = /\p{M}/gu

/** The text in NFC, with control characters made spaces (they separate words, never join them). */
export function normalizeText(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.normalize('NFC').replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ')
}

/** A word as written, for exact-diacritic matches: NFC, lower case. */
export const exactForm = (word: string): string => word.normalize('NFC').toLowerCase()

/** A word folded: lower case, without tone or vowel marks, đ as d ("Quyền" → "quyen", "ĐÀ" → "da"). */
export function foldWord(word: string): string {
  return word
    .normalize('NFD')
    .replace(MARKS, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .normalize('NFC')
}

/** Whether folding changes the word: it carries a mark (or đ) that an exact match can honour. */
export const hasMarks = (word: string): boolean => foldWord(word) !== exactForm(word)

/** The words of a text, in order, with their exact and folded forms; "10/12/2023" is the three words 10, 12, 2023. */
export function wordsOf(text: string): Word[] {
  const nfc = normalizeText(text)
  const words: Word[] = []
  for (const match of nfc.matchAll(WORD)) {
    words.push({ end: match.index + match[0].length, exact: exactForm(match[0]), folded: foldWord(match[0]), start: match.index })
  }
  return words
}

/** What the index stores of a text: its words as written and folded, one space apart. */
export function indexForms(text: string): { exact: string; folded: string } {
  const words = wordsOf(text)
  return { exact: words.map((w) => w.exact).join(' '), folded: words.map((w) => w.folded).join(' ') }
}
