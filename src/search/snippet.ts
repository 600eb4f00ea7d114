// Cuts the passage of a text that shows why it matched, with the matched words in <mark> and everything else escaped; pure.
import { normalizeText, wordsOf } from './folding'
import { matchesWord, type SearchQuery } from './query'

/** About how many characters a snippet shows. */
export const SNIPPET_LENGTH = 220
/** How much text before the first match a snippet keeps. */
const LEAD = 60

const ESCAPES: Record<string, string> = { '"': '&quot;', '&': '&amp;', "'": '&#39;', '<': '&lt;', '>': '&gt;' }
export const escapeHtml = (text: string): string => text.replace(/["&'<>]/g, (c) => ESCAPES[c]!)

/** The folded words of the query as the snippet marks them: each word, the last of a prefix term as a prefix. */
function queryWords({ terms }: SearchQuery): { prefix: boolean; word: string }[] {
  return terms.flatMap((term) => term.words.map((w, i) => ({ prefix: term.prefix && i === term.words.length - 1, word: w.folded })))
}

/**
 * The passage around the first matched word (the text's start when none matches), at most about SNIPPET_LENGTH
 * characters cut at word boundaries, "…" where it was cut; matched words wrapped in <mark>.
 */
export function snippetOf(text: string, query: SearchQuery): string {
  const nfc = normalizeText(text).replace(/\s+/g, ' ').trim()
  const words = wordsOf(nfc)
  const wanted = queryWords(query)
  const marked = words.filter((w) => wanted.some((q) => matchesWord(w.folded, q)))
  const first = marked[0]
  let start = first ? Math.max(0, first.start - LEAD) : 0
  // Start at a word, never inside one.
  if (start > 0) start = words.find((w) => w.start >= start)?.start ?? start
  let end = Math.min(nfc.length, start + SNIPPET_LENGTH)
  if (end < nfc.length) end = [...words].reverse().find((w) => w.end <= end && w.start >= start)?.end ?? end
  let html = ''
  let at = start
  for (const word of marked) {
    if (word.start < start || word.end > end) continue
    html += escapeHtml(nfc.slice(at, word.start)) + '<mark>' + escapeHtml(nfc.slice(word.start, word.end)) + '</mark>'
    at = word.end
  }
  html += escapeHtml(nfc.slice(at, end))
  return `${start > 0 ? '…' : ''}${html}${end < nfc.length ? '…' : ''}`
}
