// Stamps a PNG with its print density (pHYs chunk) so print software opens it at real size, not at 72 dpi.

const PNG_SIGNATURE_LENGTH = 8
// Signature, then IHDR: length (4) + type (4) + 13 data bytes + CRC (4); pHYs must come before the image data.
const AFTER_IHDR = PNG_SIGNATURE_LENGTH + 4 + 4 + 13 + 4

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})

// zlib.crc32 only arrived in Node 20.15; the engines field allows 20.9.
function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8)
  return (crc ^ 0xffffffff) >>> 0
}

/** Returns `png` with a pHYs chunk saying how many pixels make a metre of print. */
export function withPrintDensity(png: Buffer, pixelsPerMetre: number): Buffer {
  if (png.toString('latin1', 12, 16) !== 'IHDR') throw new Error('Not a PNG with IHDR first')
  const ppm = Math.round(pixelsPerMetre)
  const chunk = Buffer.alloc(4 + 4 + 9 + 4)
  chunk.writeUInt32BE(9, 0)
  // Stryker disable next-line StringLiteral: an empty encoding falls back to UTF-8, which writes ASCII 'pHYs' to the same four bytes
  chunk.write('pHYs', 4, 'latin1')
  chunk.writeUInt32BE(ppm, 8)
  chunk.writeUInt32BE(ppm, 12)
  chunk.writeUInt8(1, 16) // unit: metre
  chunk.writeUInt32BE(crc32(chunk.subarray(4, 17)), 17)
  return Buffer.concat([png.subarray(0, AFTER_IHDR), chunk, png.subarray(AFTER_IHDR)])
}
