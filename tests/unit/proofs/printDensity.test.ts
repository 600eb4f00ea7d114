import { describe, expect, it } from 'vitest'

import { withPrintDensity } from '../../../src/proofs/printDensity'

// A PNG's first 33 bytes: the signature and an IHDR chunk (1 × 1 pixel, 8-bit RGBA), followed by stand-in bytes for the rest.
function tinyPng(): Buffer {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
  const ihdrData = Buffer.from([0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0])
  const ihdr = Buffer.concat([Buffer.from([0, 0, 0, 13]), Buffer.from('IHDR', 'latin1'), ihdrData, Buffer.alloc(4)])
  return Buffer.concat([signature, ihdr, Buffer.from('IDAT…IEND', 'latin1')])
}

describe('withPrintDensity', () => {
  it('inserts a pHYs chunk in pixels per metre right after IHDR', () => {
    const png = tinyPng()
    const stamped = withPrintDensity(png, 11_811.02) // 300 dpi
    expect(stamped.subarray(0, 33)).toEqual(png.subarray(0, 33))
    const chunk = stamped.subarray(33, 33 + 21)
    expect(chunk.readUInt32BE(0)).toBe(9)
    expect(chunk.toString('latin1', 4, 8)).toBe('pHYs')
    expect(chunk.readUInt32BE(8)).toBe(11_811)
    expect(chunk.readUInt32BE(12)).toBe(11_811)
    expect(chunk.readUInt8(16)).toBe(1)
    expect(stamped.subarray(54)).toEqual(png.subarray(33))
    expect(stamped).toHaveLength(png.length + 21)
  })

  it('rounds the density to whole pixels per metre', () => {
    expect(withPrintDensity(tinyPng(), 2834.5).readUInt32BE(33 + 8)).toBe(2835)
    expect(withPrintDensity(tinyPng(), 2834.4).readUInt32BE(33 + 12)).toBe(2834)
  })

  it('writes 72 dpi (2835 px/m) as every PNG encoder does, CRC 009a9c18 included', () => {
    expect(withPrintDensity(tinyPng(), 2835).subarray(33, 54).toString('hex')).toBe('00000009' + '70485973' + '00000b13' + '00000b13' + '01' + '009a9c18')
  })

  it('refuses what is not a PNG starting with IHDR', () => {
    const png = tinyPng()
    png.write('IDAT', 12, 'latin1')
    expect(() => withPrintDensity(png, 2835)).toThrow('Not a PNG with IHDR first')
    expect(() => withPrintDensity(Buffer.from('GIF89a'), 2835)).toThrow('Not a PNG with IHDR first')
  })
})
