import { describe, expect, it } from 'vitest'

import { groupByType, statusWord, typeWord } from '../../../src/admin/search/searchResults'

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
