import { describe, expect, it } from 'vitest'

import { PRINT_SHEETS, isInside, safeBoxOf } from '../../../src/proofs/formats'
import { prepareSloganText, renderSloganProof } from '../../../src/proofs/renderSloganProof'
import { measureTextInk, parseHexColor } from '../../../src/proofs/textBox'
import { PLAN_232_SLOGANS } from '../../../src/seed/plan-232'
import { decodePng, expectReadableText, pngChunks, textInkOf } from './inspectProof'

describe('print sheets', () => {
  it('keep the real proportions of banner, pano and A2 poster on their pixel grids', () => {
    for (const sheet of Object.values(PRINT_SHEETS)) {
      expect(sheet.widthPx / sheet.heightPx).toBeCloseTo(sheet.widthMm / sheet.heightMm, 3)
    }
    expect(PRINT_SHEETS.banner).toMatchObject({ widthMm: 6000, heightMm: 800 })
    expect(PRINT_SHEETS.pano).toMatchObject({ widthMm: 6000, heightMm: 3000 })
    // A2 at 150 dpi.
    expect(PRINT_SHEETS.poster).toMatchObject({ widthMm: 420, heightMm: 594, widthPx: 2480, heightPx: 3508 })
  })

  it('keeps 5% of each edge clear', () => {
    expect(safeBoxOf(3000, 400)).toEqual({ x: 150, y: 20, width: 2700, height: 360 })
    expect(safeBoxOf(2480, 3508)).toEqual({ x: 124, y: 176, width: 2232, height: 3156 })
  })
})

describe('prepareSloganText', () => {
  it.each([
    ['Việt Nam bảo đảm quyền của người dân tộc thiểu số!', 'VIỆT NAM BẢO ĐẢM QUYỀN CỦA NGƯỜI DÂN TỘC THIỂU SỐ!'],
    ['đường ưu tiên, ơn, ỷ, ữ', 'ĐƯỜNG ƯU TIÊN, ƠN, Ỷ, Ữ'],
    // Decomposed text, as some editors paste it, comes out composed.
    ['Vie\u0323\u0302t  Nam\n', 'VIỆT NAM'],
  ])('sets %j in capitals as %j', (text, capitals) => {
    expect(prepareSloganText(text)).toBe(capitals)
  })

  it('keeps the case as written when capitals are off', () => {
    expect(prepareSloganText(' Việt Nam ', false)).toBe('Việt Nam')
  })
})

describe('renderSloganProof options', () => {
  it('stamps the poster PNG with 150 dpi so print software opens it at A2', async () => {
    const proof = await renderSloganProof({ text: PLAN_232_SLOGANS[4].text.vi, format: 'poster', type: 'png' })
    const density = pngChunks(proof.body).find((chunk) => chunk.type === 'pHYs')
    expect(density).toBeDefined()
    expect((density?.data.readUInt32BE(0) ?? 0) * 0.0254).toBeCloseTo(150, 0)
    expect(density?.data[8]).toBe(1)
    expect(proof.printSize).toEqual({ widthMm: 420, heightMm: 594 })
  })

  it('scales the PNG preview and keeps the text inside the scaled safe area', async () => {
    const proof = await renderSloganProof({ text: PLAN_232_SLOGANS[0].text.vi, format: 'banner', type: 'png', scale: 0.5 })
    expect([proof.width, proof.height]).toEqual([1500, 200])
    expect(proof.safeBox).toEqual({ x: 75, y: 10, width: 1350, height: 180 })
    expect(isInside(proof.textBox, proof.safeBox)).toBe(true)
  })

  it.each([0.05, 0.13, 0.33, 0.77, 1.5])('keeps the text inside the safe area of a %s× preview', async (scale) => {
    for (const format of ['banner', 'pano', 'poster'] as const) {
      const proof = await renderSloganProof({ text: PLAN_232_SLOGANS[2].text.vi, format, type: 'png', scale })
      const sheet = PRINT_SHEETS[format]
      expect(proof.width).toBeCloseTo(sheet.widthPx * scale, -1)
      expect(isInside(proof.textBox, proof.safeBox)).toBe(true)
    }
  })

  it('ignores scale for SVG, which is sized in millimetres', async () => {
    const proof = await renderSloganProof({ text: 'Việt Nam', format: 'pano', type: 'svg', scale: 0.5 })
    expect([proof.width, proof.height]).toEqual([3000, 1500])
  })

  it('paints the colours asked for', async () => {
    const colors = { background: '#003399', text: '#FFFFFF' }
    const proof = await renderSloganProof({ text: PLAN_232_SLOGANS[5].text.vi, format: 'pano', type: 'png', colors, scale: 0.25 })
    const image = decodePng(proof.body)
    expect(Array.from(image.rgba.subarray(0, 3))).toEqual([0x00, 0x33, 0x99])
    expectReadableText(textInkOf(image, colors), proof.safeBox)
  })

  it('escapes the slogan in the SVG title', async () => {
    const proof = await renderSloganProof({ text: 'Quyền & nghĩa vụ <2023>', format: 'banner', type: 'svg', isUpperCase: false })
    expect(proof.body).toContain('<title>Quyền &amp; nghĩa vụ &lt;2023&gt;</title>')
  })

  it.each([
    [{ colors: { background: 'red', text: 'yellow' } }, /#RRGGBB/],
    [{ colors: { background: '#DA251D', text: '#DA2520' } }, /too close/],
    [{ scale: 0 }, /Scale/],
    [{ scale: 10 }, /Scale/],
    [{ text: '  \n ' }, /empty/],
    // One unbreakable word wider than the banner even at the smallest size.
    [{ text: 'Ư'.repeat(1000) }, /does not fit/],
  ])('refuses %s', async (override, message) => {
    await expect(renderSloganProof({ text: 'Việt Nam', format: 'banner', type: 'png', ...override })).rejects.toThrow(message)
  })
})

describe('renderSloganProof layout', () => {
  // The ink of half a text block's rows: with two lines, the width of each line.
  const halfWidths = (png: Buffer, box: { x: number; y: number; width: number; height: number }) => {
    const image = decodePng(png)
    const middle = box.y + Math.floor(box.height / 2)
    const widthOf = (top: number, bottom: number) =>
      textInkOf({ width: image.width, height: bottom - top, rgba: image.rgba.subarray(top * image.width * 4, bottom * image.width * 4) }).box?.width ?? 0
    return [widthOf(box.y, middle), widthOf(middle, box.y + box.height)]
  }

  it('sets the slogan as large as the safe area allows: its ink reaches across or down the area', async () => {
    for (const text of ['Việt Nam', PLAN_232_SLOGANS[0].text.vi, PLAN_232_SLOGANS[5].text.vi]) {
      for (const format of ['banner', 'pano', 'poster'] as const) {
        const proof = await renderSloganProof({ text, format, type: 'png', scale: 0.25 })
        const filled = Math.max(proof.textBox.width / proof.safeBox.width, proof.textBox.height / proof.safeBox.height)
        expect(filled, `${format}: ${text}`).toBeGreaterThan(0.95)
        expect(filled, `${format}: ${text}`).toBeLessThanOrEqual(1)
      }
    }
  })

  it('balances the lines of every Plan 232 slogan on the banner instead of leaving a short last line', async () => {
    for (const slogan of PLAN_232_SLOGANS) {
      const proof = await renderSloganProof({ text: slogan.text.vi, format: 'banner', type: 'png', scale: 0.25 })
      const [top, bottom] = halfWidths(proof.body, proof.textBox)
      expect(Math.min(top, bottom) / Math.max(top, bottom), slogan.text.vi).toBeGreaterThan(0.8)
    }
  })

  it('gives the font size in millimetres of the printed sheet', async () => {
    // One line of capitals on the banner: its ink is about as tall as the font size (marks above, dot below).
    const banner = await renderSloganProof({ text: 'Việt Nam', format: 'banner', type: 'svg' })
    const inkHeightMm = banner.textBox.height * (PRINT_SHEETS.banner.heightMm / PRINT_SHEETS.banner.heightPx)
    expect(banner.fontSizeMm / inkHeightMm).toBeGreaterThan(0.8)
    expect(banner.fontSizeMm / inkHeightMm).toBeLessThan(1.6)
    // The same text set on the A2 poster (0.17 mm a pixel) is far smaller on paper than on a six-metre banner.
    const poster = await renderSloganProof({ text: 'Việt Nam', format: 'poster', type: 'svg' })
    expect(poster.fontSizeMm).toBeGreaterThan(20)
    expect(poster.fontSizeMm).toBeLessThan(banner.fontSizeMm / 3)
  })

  it('labels each proof with its media type', async () => {
    const png = await renderSloganProof({ text: 'Việt Nam', format: 'banner', type: 'png', scale: 0.25 })
    const svg = await renderSloganProof({ text: 'Việt Nam', format: 'banner', type: 'svg' })
    expect(png.mimeType).toBe('image/png')
    expect(svg.mimeType).toBe('image/svg+xml')
    expect(svg.body.startsWith('<svg width="6000mm" height="800mm"')).toBe(true)
  })

  it('escapes quotation marks in the SVG title', async () => {
    const proof = await renderSloganProof({ text: 'Nói "không" với tin giả', format: 'banner', type: 'svg', isUpperCase: false })
    expect(proof.body).toContain('<title>Nói &quot;không&quot; với tin giả</title>')
  })

  it('accepts colours 32 apart in one channel, the closest it prints', async () => {
    const colors = { background: '#DA251D', text: '#DA253D' }
    const proof = await renderSloganProof({ text: 'Việt Nam', format: 'banner', type: 'png', colors, scale: 0.25 })
    expect(isInside(proof.textBox, proof.safeBox)).toBe(true)
  })

  it('accepts a PNG whose long edge is exactly the 8,000-pixel limit', async () => {
    const proof = await renderSloganProof({ text: 'Việt Nam', format: 'banner', type: 'png', scale: 8000 / 3000 })
    expect(proof.width).toBe(8000)
  })

  it.each([
    [{ format: 'billboard' }, /Unknown proof format "billboard"/],
    [{ type: 'gif' }, /Unknown proof type "gif"/],
  ])('refuses %s by name', async (override, message) => {
    const request = { text: 'Việt Nam', format: 'banner', type: 'png', ...override } as unknown as Parameters<typeof renderSloganProof>[0]
    const refusal = await renderSloganProof(request).catch((err: unknown) => err)
    expect(refusal).toBeInstanceOf(RangeError)
    expect(String((refusal as Error).message)).toMatch(message)
  })
})

describe('measureTextInk', () => {
  it('boxes the pixels nearer the text colour and ignores faint anti-aliasing', () => {
    const width = 6
    const height = 4
    const rgba = new Uint8Array(width * height * 4)
    const paint = (x: number, y: number, rgb: number[]) => rgba.set([...rgb, 255], (y * width + x) * 4)
    paint(2, 1, [255, 255, 255])
    paint(3, 2, [200, 200, 200])
    paint(5, 3, [60, 60, 60])
    const ink = measureTextInk({ rgba, width, height, text: [255, 255, 255], background: [0, 0, 0] })
    expect(ink).toEqual({ box: { x: 2, y: 1, width: 2, height: 2 }, pixelCount: 2 })
  })

  it('finds nothing on a blank sheet', () => {
    const ink = measureTextInk({ rgba: new Uint8Array(16), width: 2, height: 2, text: [255, 255, 0], background: [0, 0, 0] })
    expect(ink).toEqual({ box: null, pixelCount: 0 })
  })

  it('reads #RRGGBB colours in either case', () => {
    expect(parseHexColor('#DA251D')).toEqual([0xda, 0x25, 0x1d])
    expect(parseHexColor('#ffff00')).toEqual([255, 255, 0])
  })
})
