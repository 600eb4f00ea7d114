// Reads what a user typed into a search box as terms (words and quoted phrases), and writes them for each engine; pure.
import { exactForm, foldWord, normalizeText, wordsOf } from './folding'

/** A word of a term: folded for matching, exact for ranking exact-diacritic matches first. */
export type QueryWord = { exact: string; folded: string }

/** Every term must match. A phrase's words must be adjacent; `prefix` makes its last word match as a prefix. */
export type QueryTerm = { prefix: boolean; words: QueryWord[] }

export type SearchQuery = { terms: QueryTerm[] }

/** Longest query accepted, in characters; longer ones are refused before any work (400). */
export const MAX_QUERY_LENGTH = 256
/** At most this many terms are searched; the rest of a long query is ignored. */
export const MAX_TERMS = 12
/** Longer words are cut: no real word is longer, and the engines' cost grows with it. */
const MAX_WORD_LENGTH = 40

/**
 * The terms of a query: quoted text is one phrase (an unclosed quote runs to the end), other words are terms of
 * their own, a word the text splits into several (10/12/2023, COVID-19) is a phrase, and the last word is a prefix
 * while the query ends inside a word (search as you type). Operators of any engine (OR, NEAR,
 * -, *, :, parentheses) and SQL wildcards are text, so they are only words or separators here.
 */
export function parseSearchQuery(input: string): SearchQuery {
  const text = normalizeText(input)
  const terms: QueryTerm[] = []
  const parts = text.split('"')
  // Still typing: the query ends inside a word.
  const endsOpen = /[\p{L}\p{N}\p{M}]$/u.test(text)
  parts.forEach((part, i) => {
    const quoted = i % 2 === 1
    const chunks = quoted ? [part] : part.split(/\s+/)
    for (const chunk of chunks) {
      const words = wordsOf(chunk).map((w) => ({ exact: exactForm(w.exact).slice(0, MAX_WORD_LENGTH), folded: foldWord(w.folded).slice(0, MAX_WORD_LENGTH) }))
      if (words.length) terms.push({ prefix: false, words })
    }
  })
  const last = terms.at(-1)
  if (last && endsOpen) last.prefix = true
  return { terms: terms.slice(0, MAX_TERMS) }
}

/**
 * SQLite's prefix indexes hold prefixes of this many characters at most (`prefix = '2 3'`): a longer prefix made FTS5
 * merge the whole doclist of every word with that prefix, on every search (≈ 2 ms a use at 100,000 items, growing with
 * the archive), so it is written as the words themselves (`prefixExpansion`), read from the index's word list.
 */
export const INDEXED_PREFIX_LENGTH = 3
/** A prefix that starts more words than this keeps FTS5's own prefix query. */
export const MAX_PREFIX_EXPANSION = 64

/** The prefix of a query to write as the words it starts, if any: the last word of a prefix term, longer than the prefix indexes. */
export function expandablePrefix({ terms }: SearchQuery): null | string {
  const last = terms.at(-1)
  const word = last?.prefix ? last.words.at(-1)!.folded : ''
  return word.length > INDEXED_PREFIX_LENGTH && /^[a-z0-9]+$/.test(word) ? word : null
}

/**
 * The words a prefix stands for, when they can replace it: plain folded words (what the word list holds of
 * Vietnamese), at most MAX_PREFIX_EXPANSION of them. `null` keeps the prefix query (no words listed, too many, or a
 * word FTS5's tokenizer might spell differently).
 */
export function prefixExpansion(prefix: string, words: readonly string[]): null | string[] {
  const starting = words.filter((w) => w.startsWith(prefix))
  if (!starting.length || starting.length > MAX_PREFIX_EXPANSION || starting.some((w) => !/^[a-z0-9]+$/.test(w))) return null
  return starting
}

/**
 * SQLite FTS5 MATCH expression over the folded column: each word quoted, so no character of the query is syntax.
 * With `expansion`, the prefix term is written as those words instead (an OR of the phrases they end).
 */
export function fts5Match({ terms }: SearchQuery, expansion: null | readonly string[] = null): string {
  return terms
    .map((term, i) => {
      const words = term.words.map((w) => w.folded)
      if (!term.prefix) return `"${words.join(' ')}"`
      if (i !== terms.length - 1 || !expansion?.length) return `"${words.join(' ')}" *`
      const alternatives = expansion.map((word) => `"${[...words.slice(0, -1), word].join(' ')}"`)
      return alternatives.length === 1 ? alternatives[0]! : `(${alternatives.join(' OR ')})`
    })
    .join(' AND ')
}

/** PostgreSQL to_tsquery('simple', …) text over the folded words; the words hold only letters and digits. */
export function tsQuery({ terms }: SearchQuery): string {
  return terms
    .map((term) => {
      const words = term.words.map((w, i) => `'${w.folded}'${term.prefix && i === term.words.length - 1 ? ':*' : ''}`)
      return words.length > 1 ? `(${words.join(' <-> ')})` : words[0]!
    })
    .join(' & ')
}

/** The written words (with marks) that rank a match higher when they appear as written; a prefix word as a prefix. */
export function markedWords({ terms }: SearchQuery): { exact: string; prefix: boolean }[] {
  return terms.flatMap((term) =>
    term.words
      .map((w, i) => ({ exact: w.exact, folded: w.folded, prefix: term.prefix && i === term.words.length - 1 }))
      .filter((w) => w.exact !== w.folded)
      .map(({ exact, prefix }) => ({ exact, prefix })),
  )
}

/** Whether a word of a text matches a term's word: equal when folded, or starting with it when it is the prefix. */
export function matchesWord(folded: string, { prefix, word }: { prefix: boolean; word: string }): boolean {
  return prefix ? folded.startsWith(word) : folded === word
}
