// The podcast cover refuses what it cannot draw before drawing anything (the drawing itself: tests/integration/bulletins.test.ts).
import { describe, expect, it } from 'vitest'

import { renderPodcastArtwork } from '../../../src/proofs/renderPodcastArtwork'

const colors = { background: '#DA251D', text: '#FFFF00' }

describe('renderPodcastArtwork', () => {
  it.each([
    ['an empty title', { province: 'Hà Tĩnh', title: '   ' }, /no title/],
    ['a character Be Vietnam Pro lacks', { province: 'Hà Tĩnh', title: 'Bản tin 🎙' }, /no glyph for: 🎙/],
    ['one in the province name', { province: 'Hà Tĩnh ☎', title: 'Bản tin' }, /no glyph for: ☎/],
  ])('refuses %s with a RangeError naming it', async (_case, request, message) => {
    await expect(renderPodcastArtwork({ colors, ...request })).rejects.toThrow(RangeError)
    await expect(renderPodcastArtwork({ colors, ...request })).rejects.toThrow(message)
  })
})
