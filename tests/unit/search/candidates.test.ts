import { describe, expect, it } from 'vitest'

import { type Candidate, compareCandidates, pageOfCandidates } from '../../../src/search/candidates'

const at = (key: number, over: Partial<Candidate> = {}): Candidate => ({ key, relevance: 0, tier: 0, updatedAt: '2026-01-01T00:00:00.000Z', ...over })

describe('compareCandidates', () => {
  it.each([
    ['more words as typed first', at(1, { tier: 2, relevance: 5 }), at(2, { tier: 1, relevance: -9 })],
    ['then lower relevance (BM25, -ts_rank)', at(1, { relevance: -3 }), at(2, { relevance: -1 })],
    ['then the newest', at(1, { updatedAt: '2026-02-01T00:00:00.000Z' }), at(2)],
    ['then the higher key', at(2), at(1)],
  ])('%s', (_, better, worse) => {
    expect(compareCandidates(better, worse)).toBeLessThan(0)
    expect(compareCandidates(worse, better)).toBeGreaterThan(0)
  })
})

describe('pageOfCandidates', () => {
  const ten = Array.from({ length: 10 }, (_, i) => at(100 - i, { relevance: i % 3 }))

  it('counts exactly and ranks every match within the bound', () => {
    const { keys, totalDocs, totalIsLowerBound } = pageOfCandidates({ bound: 10, candidates: ten, limit: 4, page: 1 })
    expect({ totalDocs, totalIsLowerBound }).toEqual({ totalDocs: 10, totalIsLowerBound: false })
    expect(keys).toEqual([100, 97, 94, 91])
  })

  it('past the bound: the bound as a lower-bound total, and only the first `bound` matches found are ranked', () => {
    const { keys, totalDocs, totalIsLowerBound } = pageOfCandidates({ bound: 9, candidates: ten, limit: 20, page: 1 })
    expect({ totalDocs, totalIsLowerBound }).toEqual({ totalDocs: 9, totalIsLowerBound: true })
    expect(keys).toHaveLength(9)
    expect(keys).not.toContain(91)
  })

  it('pages without overlap, and a page past the end is empty with the same total', () => {
    const pages = [1, 2, 3].map((page) => pageOfCandidates({ bound: 10, candidates: ten, limit: 4, page }))
    expect(pages.flatMap((p) => p.keys).sort()).toEqual(ten.map((c) => c.key).sort())
    expect(pageOfCandidates({ bound: 10, candidates: ten, limit: 4, page: 4 })).toEqual({ keys: [], totalDocs: 10, totalIsLowerBound: false })
  })

  it('answers nothing for no match', () => {
    expect(pageOfCandidates({ bound: 10, candidates: [], limit: 4, page: 1 })).toEqual({ keys: [], totalDocs: 0, totalIsLowerBound: false })
  })

  it('does not reorder the caller’s array', () => {
    const copy = [...ten]
    pageOfCandidates({ bound: 10, candidates: copy, limit: 4, page: 1 })
    expect(copy).toEqual(ten)
  })
})
