import { describe, expect, it } from 'vitest'

import { slugify } from '../../../src/content/slugify'

describe('slugify, cut to a maximum length', () => {
  it.each([
    ['a cut that ends on the hyphen between two words drops it', 'Bản tin sáng', 8, 'ban-tin'],
    ['a cut inside a word keeps the part of the word', 'Bản tin sáng', 10, 'ban-tin-sa'],
    ['a limit longer than the slug keeps it whole', 'Bản tin sáng', 96, 'ban-tin-sang'],
  ])('%s', (_label, text, maxLength, slug) => {
    expect(slugify(text, maxLength)).toBe(slug)
  })

  it('trims the punctuation at both ends before cutting, so the cut counts only the slug', () => {
    expect(slugify('  — Đà Nẵng! —  ', 2)).toBe('da')
  })
})
