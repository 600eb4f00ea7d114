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

/** SQLite FTS5 MATCH expression over the folded column: each word quoted, so no character of the query is syntax. */
export function fts5Match({ terms }: SearchQuery): string {
  return terms.map((term) => `"${term.words.map((w) => w.folded).join(' ')}"${term.prefix ? ' *' : ''}`).join(' AND ')
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
