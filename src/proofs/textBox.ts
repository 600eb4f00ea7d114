// Finds where the text ink landed on a rendered proof, from its RGBA pixels.
import type { ProofBox } from './formats'

export type Rgb = [number, number, number]

/** Reads `#RRGGBB`; other CSS colour syntaxes are refused so that text pixels can be told from background pixels. */
export function parseHexColor(color: string): Rgb {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color)
  if (!match) throw new RangeError(`Colour must be written #RRGGBB, got "${color}"`)
  return [parseInt(match[1], 16), parseInt(match[2], 16), parseInt(match[3], 16)]
}

export type TextInk = { box: ProofBox | null; pixelCount: number }

/**
 * Bounding box and count of the pixels nearer the text colour than the background colour.
 * Anti-aliased edge pixels under half coverage count as background, as they do to the eye.
 */
export function measureTextInk({
  rgba,
  width,
  height,
  text,
  background,
}: {
  rgba: Uint8Array
  width: number
  height: number
  text: Rgb
  background: Rgb
}): TextInk {
  let minX = width
  let minY = height
  let maxX = -1
  let maxY = 0 // the last text pixel's row, read only once one is found
  let pixelCount = 0
  // Stryker disable next-line EqualityOperator: a row past the end reads undefined channels, never nearer the text
  for (let y = 0; y < height; y++) {
    let offset = y * width * 4
    for (let x = 0; x < width; x++, offset += 4) {
      const r = rgba[offset]
      const g = rgba[offset + 1]
      const b = rgba[offset + 2]
      const toText = (r - text[0]) ** 2 + (g - text[1]) ** 2 + (b - text[2]) ** 2
      const toBackground = (r - background[0]) ** 2 + (g - background[1]) ** 2 + (b - background[2]) ** 2
      if (toText < toBackground) {
        pixelCount++
        minX = Math.min(minX, x)
        maxX = Math.max(maxX, x)
        minY = Math.min(minY, y)
        // Rows are scanned top to bottom: the last text pixel found is on the lowest row.
        maxY = y
      }
    }
  }
  const box = pixelCount === 0 ? null : { x: minX, y: minY, width: maxX - minX + 1, height: maxY - minY + 1 }
  return { box, pixelCount }
}
