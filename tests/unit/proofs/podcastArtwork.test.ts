// The podcast cover: what it refuses before drawing anything, and what it draws, read back from the PNG's pixels
// without trusting the renderer (tests/unit/proofs/inspectProof.ts).
import { describe, expect, it } from 'vitest'

import { ARTWORK_SIZE, renderPodcastArtwork } from '../../../src/proofs/renderPodcastArtwork'
import { decodePng, PNG_SIGNATURE, textInkOf, type DecodedPng } from './inspectProof'

const colors = { background: '#DA251D', text: '#FFFF00' }
const MARGIN = ARTWORK_SIZE * 0.1

const pixelAt = (image: DecodedPng, x: number, y: number) => Array.from(image.rgba.subarray((y * image.width + x) * 4, (y * image.width + x) * 4 + 3))

type Band = { top: number; height: number; left: number; width: number }

/** The bands of rows that hold text pixels, top to bottom (a band is a line of text, or its marks), with their extent. */
function inkBands(image: DecodedPng, palette = colors): Band[] {
  const bands: Band[] = []
  let start = -1
  for (let y = 0; y <= image.height; y++) {
    const isInk = y < image.height && textInkOf({ height: 1, rgba: image.rgba.subarray(y * image.width * 4, (y + 1) * image.width * 4), width: image.width }, palette).pixelCount > 0
    if (isInk && start < 0) start = y
    if (!isInk && start >= 0) {
      const rows = { height: y - start, rgba: image.rgba.subarray(start * image.width * 4, y * image.width * 4), width: image.width }
      const box = textInkOf(rows, palette).box!
      bands.push({ height: y - start, left: box.x, top: start, width: box.width })
      start = -1
    }
  }
  return bands
}

const inkBandHeights = (image: DecodedPng, palette = colors) => inkBands(image, palette).map((band) => band.height)

/** Pixels exactly the text colour within rows [from, to): the text is drawn in the settings' colour, not a near one. */
function exactTextPixels(image: DecodedPng, from: number, to: number, [r, g, b]: number[]): number {
  let count = 0
  for (let p = from * image.width * 4; p < to * image.width * 4; p += 4) if (image.rgba[p] === r && image.rgba[p + 1] === g && image.rgba[p + 2] === b) count++
  return count
}

describe('renderPodcastArtwork', () => {
  it.each([
    ['an empty title', { province: 'Hà Tĩnh', title: '   ' }, /no title/],
    ['a character Be Vietnam Pro lacks', { province: 'Hà Tĩnh', title: 'Bản tin 🎙' }, /no glyph for: 🎙/],
    ['one in the province name', { province: 'Hà Tĩnh ☎', title: 'Bản tin' }, /no glyph for: ☎/],
    ['several, each named once', { province: 'Hà Tĩnh ☎', title: 'Bản tin 🎙' }, /no glyph for: ☎ 🎙$/],
    ['a word too wide for the cover at any size', { province: 'Hà Tĩnh', title: 'Bảntinloaphátthanhxãphườngthịtrấnbảntinloaphátthanhxãphường' }, /does not fit its cover even at 80 px/],
  ])('refuses %s with a RangeError naming it', async (_case, request, message) => {
    const drawing = renderPodcastArtwork({ colors, ...request })
    await expect(drawing).rejects.toThrow(RangeError)
    await expect(drawing).rejects.toThrow(message)
  })

  it('draws a 3000 × 3000 PNG in the given colours, its text inside the 10 % margin', async () => {
    const png = await renderPodcastArtwork({ colors, province: 'Tỉnh Hà Tĩnh', title: 'Bản tin loa truyền thanh' })
    expect(png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true)
    const image = decodePng(png)
    expect([image.width, image.height]).toEqual([ARTWORK_SIZE, ARTWORK_SIZE])
    for (const [x, y] of [[0, 0], [ARTWORK_SIZE - 1, 0], [0, ARTWORK_SIZE - 1], [ARTWORK_SIZE - 1, ARTWORK_SIZE - 1], [Math.round(MARGIN / 2), ARTWORK_SIZE / 2]]) {
      expect(pixelAt(image, x!, y!)).toEqual([0xda, 0x25, 0x1d])
    }
    const ink = textInkOf(image, colors)
    expect(ink.box).not.toBeNull()
    const { height, width, x, y } = ink.box!
    expect(x).toBeGreaterThanOrEqual(MARGIN)
    expect(y).toBeGreaterThanOrEqual(MARGIN)
    expect(x + width).toBeLessThanOrEqual(ARTWORK_SIZE - MARGIN)
    expect(y + height).toBeLessThanOrEqual(ARTWORK_SIZE - MARGIN)
    // Large, centred text: the ink spans most of the inner width and sits around the middle.
    expect(width).toBeGreaterThan(ARTWORK_SIZE * 0.5)
    expect(Math.abs(x + width / 2 - ARTWORK_SIZE / 2)).toBeLessThan(ARTWORK_SIZE * 0.02)
    expect(Math.abs(y + height / 2 - ARTWORK_SIZE / 2)).toBeLessThan(ARTWORK_SIZE * 0.05)
    expect(ink.pixelCount).toBeGreaterThan(width * height * 0.05)
  })

  it('draws the province line above the title, smaller, and leaves it out when there is none', async () => {
    const title = 'Bản tin'
    const withProvince = decodePng(await renderPodcastArtwork({ colors, province: 'HÀ TĨNH', title }))
    const without = decodePng(await renderPodcastArtwork({ colors, province: '  ', title }))
    const bandsWith = inkBandHeights(withProvince)
    const bandsWithout = inkBandHeights(without)
    // "HÀ TĨNH" is a band of capitals with their marks above; "Bản tin" is the largest size, its marks joined to it.
    expect(bandsWith.length).toBeGreaterThan(bandsWithout.length)
    expect(Math.max(...bandsWith)).toBe(Math.max(...bandsWithout))
    // Above the title: the province in capitals of about 170 px (some 120 px of ink for a capital), in the text colour.
    const titleTop = inkBands(withProvince).find((band) => band.height === Math.max(...bandsWith))!.top
    const provinceBands = inkBands(withProvince).filter((band) => band.top < titleTop)
    expect(Math.max(...provinceBands.map((band) => band.height))).toBeGreaterThan(100)
    expect(Math.max(...provinceBands.map((band) => band.height))).toBeLessThan(250)
    expect(exactTextPixels(withProvince, provinceBands[0]!.top, titleTop, [0xff, 0xff, 0x00])).toBeGreaterThan(10_000)
    expect(textInkOf(without, colors).box!.height).toBeLessThan(textInkOf(withProvince, colors).box!.height)
  })

  it('picks the largest title size that fits: a long title is drawn smaller, on more lines, still inside the margin', async () => {
    const short = decodePng(await renderPodcastArtwork({ colors, province: '', title: 'Bản tin' }))
    const long = decodePng(await renderPodcastArtwork({ colors, province: '', title: 'Bản tin thông tin tuyên truyền của hệ thống loa truyền thanh cơ sở các xã, phường, thị trấn trên địa bàn tỉnh Hà Tĩnh' }))
    const shortLine = Math.max(...inkBandHeights(short))
    const longLine = Math.max(...inkBandHeights(long))
    expect(longLine).toBeLessThan(shortLine)
    expect(inkBandHeights(long).length).toBeGreaterThan(inkBandHeights(short).length)
    const box = textInkOf(long, colors).box!
    expect(box.y).toBeGreaterThanOrEqual(MARGIN)
    expect(box.y + box.height).toBeLessThanOrEqual(ARTWORK_SIZE - MARGIN)
    // The whole room is used: a smaller size would leave more of it empty.
    expect(box.height).toBeGreaterThan((ARTWORK_SIZE - 2 * MARGIN) * 0.6)
  })

  it('balances a wrapped title: its lines are of similar width, not a full line and a stray word', async () => {
    const image = decodePng(await renderPodcastArtwork({ colors, province: '', title: 'Tiếng loa truyền thanh của xã nhà hôm nay' }))
    const lines = inkBands(image).filter((band) => band.height > 150)
    expect(lines.length).toBeGreaterThanOrEqual(2)
    const widths = lines.map((line) => line.width)
    expect(Math.min(...widths) / Math.max(...widths)).toBeGreaterThan(0.6)
  })

  it('draws in whatever colours the settings give', async () => {
    const inverted = { background: '#FFFF00', text: '#DA251D' }
    const image = decodePng(await renderPodcastArtwork({ colors: inverted, province: '', title: 'Bản tin' }))
    expect(pixelAt(image, 0, 0)).toEqual([0xff, 0xff, 0x00])
    let red = 0
    let yellow = 0
    for (let p = 0; p < image.rgba.length; p += 4) {
      const [r, g, b] = [image.rgba[p], image.rgba[p + 1], image.rgba[p + 2]]
      if (r === 0xda && g === 0x25 && b === 0x1d) red++
      if (r === 0xff && g === 0xff && b === 0x00) yellow++
    }
    // Solid red text on a yellow page: the text's pixels are the settings' red, the page the settings' yellow.
    expect(red).toBeGreaterThan(100_000)
    expect(yellow).toBeGreaterThan(ARTWORK_SIZE * ARTWORK_SIZE * 0.8)
  })
})
