import { describe, expect, it } from 'vitest'

import { measureTextInk, parseHexColor, type Rgb } from '../../../src/proofs/textBox'

const YELLOW: Rgb = [255, 255, 0]
const RED: Rgb = [218, 37, 29]

/** An RGBA image `width` wide from rows of characters: "." background, "#" text, "n" near the text. */
function image(rows: string[]): { rgba: Uint8Array; width: number; height: number } {
  const colours: Record<string, Rgb> = { '.': RED, '#': YELLOW, n: [250, 230, 5] }
  const width = rows[0].length
  const rgba = new Uint8Array(width * rows.length * 4)
  rows.forEach((row, y) => [...row].forEach((cell, x) => rgba.set([...colours[cell], 255], (y * width + x) * 4)))
  return { rgba, width, height: rows.length }
}

describe('parseHexColor', () => {
  it.each([
    ['#DA251D', [218, 37, 29]],
    ['#ffff00', [255, 255, 0]],
    ['#000000', [0, 0, 0]],
  ])('reads %s', (color, rgb) => {
    expect(parseHexColor(color)).toEqual(rgb)
  })

  it.each(['DA251D', '#DA251', '#DA251D0', 'red', '#GG0000', ' #DA251D', 'rgb(218, 37, 29)'])('refuses %j', (color) => {
    expect(() => parseHexColor(color)).toThrow(new RangeError(`Colour must be written #RRGGBB, got "${color}"`))
  })
})

describe('measureTextInk', () => {
  it('boxes the pixels nearer the text colour, counting each once', () => {
    const ink = measureTextInk({ ...image(['.....', '..#..', '.#n#.', '.....']), text: YELLOW, background: RED })
    expect(ink).toEqual({ box: { x: 1, y: 1, width: 3, height: 2 }, pixelCount: 4 })
  })

  it('reaches the edges of the image', () => {
    const ink = measureTextInk({ ...image(['#...', '....', '...#']), text: YELLOW, background: RED })
    expect(ink).toEqual({ box: { x: 0, y: 0, width: 4, height: 3 }, pixelCount: 2 })
  })

  it('counts a single pixel as a one-pixel box, in the top left corner too', () => {
    expect(measureTextInk({ ...image(['...', '.#.']), text: YELLOW, background: RED })).toEqual({ box: { x: 1, y: 1, width: 1, height: 1 }, pixelCount: 1 })
    expect(measureTextInk({ ...image(['#..', '...']), text: YELLOW, background: RED })).toEqual({ box: { x: 0, y: 0, width: 1, height: 1 }, pixelCount: 1 })
  })

  it('keeps the rightmost pixel when a later row ends further left', () => {
    expect(measureTextInk({ ...image(['..#', '#..']), text: YELLOW, background: RED })).toEqual({ box: { x: 0, y: 0, width: 3, height: 2 }, pixelCount: 2 })
  })

  it('reads each row to its end and no further, when the next row starts with text', () => {
    expect(measureTextInk({ ...image(['....', '#...']), text: YELLOW, background: RED })).toEqual({ box: { x: 0, y: 1, width: 1, height: 1 }, pixelCount: 1 })
  })

  it('finds no box on a blank proof, nor for pixels no nearer the text than the background', () => {
    expect(measureTextInk({ ...image(['...', '...']), text: YELLOW, background: RED })).toEqual({ box: null, pixelCount: 0 })
    // Equidistant from both colours: counted as background.
    const tie = new Uint8Array([10, 0, 0, 255])
    expect(measureTextInk({ rgba: tie, width: 1, height: 1, text: [20, 0, 0], background: [0, 0, 0] })).toEqual({ box: null, pixelCount: 0 })
  })

  it('tells the channels apart', () => {
    // Nearer the text only by green, only by blue, only by red.
    for (const pixel of [[0, 9, 0], [0, 0, 9], [9, 0, 0]]) {
      const text = pixel.map((v) => (v ? 10 : 0)) as Rgb
      expect(measureTextInk({ rgba: new Uint8Array([...pixel, 255]), width: 1, height: 1, text, background: [0, 0, 0] }).pixelCount).toBe(1)
    }
  })

  it('counts no pixel of the background colour, whichever channel the colours differ in', () => {
    for (const channel of [0, 1, 2]) {
      const colour = [0, 0, 0].map((_, c) => (c === channel ? 10 : 0)) as Rgb
      // The background has the channel and the text not, then the other way round; the pixel is the background.
      for (const [text, background] of [[[0, 0, 0], colour], [colour, [0, 0, 0]]] as [Rgb, Rgb][]) {
        const rgba = new Uint8Array([...background, 255])
        expect(measureTextInk({ rgba, width: 1, height: 1, text, background })).toEqual({ box: null, pixelCount: 0 })
      }
    }
  })
})
