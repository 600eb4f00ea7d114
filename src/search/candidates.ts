// Turns the bounded candidate set a search engine hands back into a page and a total: the ranking order and the
// meaning of a bound that was reached; pure.

/** A match the caller may read, with what it is ranked by. */
export type Candidate = {
  key: number
  /** Lower is better (BM25 and -ts_rank are both "lower is better"). */
  relevance: number
  /** How many of the words typed with marks appear as typed: higher first. */
  tier: number
  updatedAt: string
}

export type CandidatePage = {
  /** The keys of the page's matches, best first. */
  keys: number[]
  /** Exact when `totalIsLowerBound` is false; else the bound: at least that many match. */
  totalDocs: number
  totalIsLowerBound: boolean
}

/** Best first: exact-diacritic matches, then relevance, then the newest. */
export function compareCandidates(a: Candidate, b: Candidate): number {
  return b.tier - a.tier || a.relevance - b.relevance || (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : b.key - a.key)
}

/**
 * One page of the matches an engine found, fetched with a limit of `bound` + 1: more than `bound` rows mean the
 * query matches more than is counted, and then only the first `bound` (in the engine's scan order) are ranked.
 */
export function pageOfCandidates({ bound, candidates, limit, page }: { bound: number; candidates: Candidate[]; limit: number; page: number }): CandidatePage {
  const totalIsLowerBound = candidates.length > bound
  const ranked = candidates.slice(0, bound).sort(compareCandidates)
  return {
    keys: ranked.slice((page - 1) * limit, page * limit).map((c) => c.key),
    totalDocs: ranked.length,
    totalIsLowerBound,
  }
}
