// Reads rendered proofs back in tests without trusting the renderer: PNG chunks and pixels, text ink, bands of ink rows.
import { inflateSync } from 'node:zlib'

import { expect } from 'vitest'

import { isInside, type ProofBox } from '../../../src/proofs/formats'
import { DEFAULT_PROOF_COLORS, type ProofColors } from '../../../src/proofs/renderSloganProof'
import { measureTextInk, parseHexColor, type TextInk } from '../../../src/proofs/textBox'

export const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])

export type PngChunk = { type: string; data: Buffer }

export function pngChunks(png: Buffer): PngChunk[] {
  if (!png.subarray(0, 8).equals(PNG_SIGNATURE)) throw new Error('No PNG signature')
  const chunks: PngChunk[] = []
  for (let offset = 8; offset < png.length; ) {
    const length = png.readUInt32BE(offset)
    chunks.push({ type: png.toString('latin1', offset + 4, offset + 8), data: png.subarray(offset + 8, offset + 8 + length) })
    offset += 12 + length
  }
  return chunks
}

export type DecodedPng = { width: number; height: number; rgba: Uint8Array }

/** Decodes the 8-bit RGB/RGBA, non-interlaced PNGs resvg writes. */
export function decodePng(png: Buffer): DecodedPng {
  const chunks = pngChunks(png)
  const header = chunks[0]
  if (header.type !== 'IHDR') throw new Error('IHDR is not the first chunk')
  const width = header.data.readUInt32BE(0)
  const height = header.data.readUInt32BE(4)
  const [bitDepth, colorType, , , interlace] = header.data.subarray(8)
  if (bitDepth !== 8 || (colorType !== 6 && colorType !== 2) || interlace !== 0) {
    throw new Error(`Unsupported PNG: depth ${bitDepth}, colour type ${colorType}, interlace ${interlace}`)
  }
  const channels = colorType === 6 ? 4 : 3
  const raw = inflateSync(Buffer.concat(chunks.filter((chunk) => chunk.type === 'IDAT').map((chunk) => chunk.data)))
  const stride = width * channels
  const pixels = new Uint8Array(stride * height)
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1))
    for (let i = 0; i < stride; i++) {
      const left = i >= channels ? pixels[y * stride + i - channels] : 0
      const up = y > 0 ? pixels[(y - 1) * stride + i] : 0
      const upLeft = y > 0 && i >= channels ? pixels[(y - 1) * stride + i - channels] : 0
      let predictor = 0
      if (filter === 1) predictor = left
      else if (filter === 2) predictor = up
      else if (filter === 3) predictor = (left + up) >> 1
      else if (filter === 4) {
        const p = left + up - upLeft
        const pa = Math.abs(p - left)
        const pb = Math.abs(p - up)
        const pc = Math.abs(p - upLeft)
        predictor = pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft
      }
      pixels[y * stride + i] = (line[i] + predictor) & 0xff
    }
  }
  if (channels === 4) return { width, height, rgba: pixels }
  const rgba = new Uint8Array(width * height * 4)
  for (let p = 0; p < width * height; p++) {
    rgba.set(pixels.subarray(p * 3, p * 3 + 3), p * 4)
    rgba[p * 4 + 3] = 255
  }
  return { width, height, rgba }
}

export function textInkOf(image: DecodedPng, colors: ProofColors = DEFAULT_PROOF_COLORS): TextInk {
  return measureTextInk({ ...image, text: parseHexColor(colors.text), background: parseHexColor(colors.background) })
}

/** Bands of consecutive rows holding text pixels: "E" is one band, "Ệ" is circumflex, letter and dot below. */
export function inkRowBands(image: DecodedPng, colors: ProofColors = DEFAULT_PROOF_COLORS): number {
  let bands = 0
  let wasInk = false
  for (let y = 0; y < image.height; y++) {
    const row = { width: image.width, height: 1, rgba: image.rgba.subarray(y * image.width * 4, (y + 1) * image.width * 4) }
    const isInk = textInkOf(row, colors).pixelCount > 0
    if (isInk && !wasInk) bands++
    wasInk = isInk
  }
  return bands
}

export function expectReadableText(ink: TextInk, safeBox: ProofBox): void {
  expect(ink.box).not.toBeNull()
  const box = ink.box as ProofBox
  // Bold capitals cover well over 5% of the box they span; a blank or near-blank proof does not.
  expect(ink.pixelCount).toBeGreaterThan(box.width * box.height * 0.05)
  expect(isInside(box, safeBox)).toBe(true)
}
