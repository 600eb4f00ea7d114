import { describe, expect, it } from 'vitest'

import { groupByType, SEARCH_WORDS, statusWord, totalText, TYPE_WORDS, typeWord } from '../../../src/admin/search/searchResults'
import { SEARCHED_COLLECTIONS } from '../../../src/search/searchRows'

const doc = (collection: string, id: number) => ({ collection, id, snippet: '', status: 'published', title: `${collection} ${id}`, unit: null, updatedAt: '' })

describe('the global search results', () => {
  it('are grouped by type in a fixed order, keeping the ranking inside each group', () => {
    const groups = groupByType([doc('media', 1), doc('briefs', 2), doc('articles', 3), doc('briefs', 4), doc('articles', 5)])
    expect(groups.map((g) => g.collection)).toEqual(['articles', 'briefs', 'media'])
    expect(groups[0]!.docs.map((d) => d.id)).toEqual([3, 5])
    expect(groups[1]!.docs.map((d) => d.id)).toEqual([2, 4])
  })

  it('name types and states in Vietnamese, and in English when chosen', () => {
    expect(typeWord('briefs', 'vi')).toBe('Lập luận phản bác')
    expect(typeWord('talking-points', 'en')).toBe('Talking points')
    expect(statusWord('in_review', 'vi')).toBe('Chờ duyệt')
    expect(statusWord(null, 'vi')).toBeNull()
    expect(statusWord('unknown', 'vi')).toBeNull()
  })
})

describe('the global search words', () => {
  it('put every searched type in a fixed order: content first, media last', () => {
    const reversed = [...SEARCHED_COLLECTIONS].reverse().map((collection, i) => doc(collection, i))
    expect(groupByType(reversed).map((g) => g.collection)).toEqual(['articles', 'talking-points', 'briefs', 'slogans', 'bulletins', 'media'])
  })

  it('name every searched type and every part of the box in both languages, each in its own words', () => {
    for (const language of ['en', 'vi'] as const) {
      const types = SEARCHED_COLLECTIONS.map((collection) => typeWord(collection, language))
      expect(new Set(types).size).toBe(SEARCHED_COLLECTIONS.length)
      for (const [collection, word] of types.entries()) expect(word).not.toBe(SEARCHED_COLLECTIONS[collection])
      const box = Object.values(SEARCH_WORDS).map((words) => words[language])
      expect(new Set(box).size).toBe(box.length)
      for (const word of [...box, ...Object.values(TYPE_WORDS).map((words) => words[language])]) expect(word.trim().length).toBeGreaterThan(2)
    }
    expect(typeWord('incoming', 'vi')).toBe('incoming')
  })

  it('count exactly, or say "more than" and how to narrow when the search counted only up to its bound', () => {
    expect(totalText({ totalDocs: 7, totalIsLowerBound: false }, 'vi')).toBe('7 kết quả')
    expect(totalText({ totalDocs: 7 }, 'en')).toBe('7 results')
    expect(totalText({ totalDocs: 200, totalIsLowerBound: true }, 'vi')).toBe('Hơn 200 kết quả; gõ thêm từ để thu hẹp')
    expect(totalText({ totalDocs: 200, totalIsLowerBound: true }, 'en')).toBe('More than 200 results; type more words to narrow them')
  })
})
