// MP3 playing time from frames built here byte by byte (no encoder): every MPEG version and layer, tags around the
// audio, junk between frames, and the frame counts VBR encoders write in the first frame.
import { describe, expect, it } from 'vitest'

import { mp3DurationSeconds } from '../../../src/audio/mp3Duration'

type Version = 1 | 2 | 25
type Layer = 1 | 2 | 3
type FrameSpec = { bitrateIndex: number; isMono?: boolean; layer: Layer; padding?: 0 | 1; sampleRateIndex: number; version: Version }

// The tables of ISO 11172-3 and 13818-3, written out again here so the module's own are checked against them.
const KBPS: Record<`${1 | 2}-${Layer}`, number[]> = {
  '1-1': [0, 32, 64, 96, 128, 160, 192, 224, 256, 288, 320, 352, 384, 416, 448],
  '1-2': [0, 32, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 384],
  '1-3': [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320],
  '2-1': [0, 32, 48, 56, 64, 80, 96, 112, 128, 144, 160, 176, 192, 224, 256],
  '2-2': [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160],
  '2-3': [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160],
}
const HZ: Record<Version, number[]> = { 1: [44100, 48000, 32000], 2: [22050, 24000, 16000], 25: [11025, 12000, 8000] }

const sampleRateOf = (spec: FrameSpec) => HZ[spec.version][spec.sampleRateIndex]!
const samplesOf = ({ layer, version }: FrameSpec) => (layer === 1 ? 384 : layer === 3 && version !== 1 ? 576 : 1152)

function frameLength(spec: FrameSpec): number {
  const bitrate = KBPS[`${spec.version === 1 ? 1 : 2}-${spec.layer}`][spec.bitrateIndex]! * 1000
  const rate = sampleRateOf(spec)
  const padding = spec.padding ?? 0
  if (spec.layer === 1) return (Math.floor((12 * bitrate) / rate) + padding) * 4
  return Math.floor(((spec.layer === 3 && spec.version !== 1 ? 72 : 144) * bitrate) / rate) + padding
}

/** One frame: its four header bytes, then zeros up to its length. */
function frame(spec: FrameSpec): Buffer {
  const bytes = Buffer.alloc(frameLength(spec))
  const versionBits = spec.version === 1 ? 3 : spec.version === 2 ? 2 : 0
  bytes[0] = 0xff
  bytes[1] = 0xe0 | (versionBits << 3) | ((4 - spec.layer) << 1) | 1
  bytes[2] = (spec.bitrateIndex << 4) | (spec.sampleRateIndex << 2) | ((spec.padding ?? 0) << 1)
  bytes[3] = spec.isMono ? 0xc0 : 0x00
  return bytes
}

const frames = (spec: FrameSpec, count: number) => Buffer.concat(Array.from({ length: count }, () => frame(spec)))
const secondsOf = (spec: FrameSpec, count: number) => (count * samplesOf(spec)) / sampleRateOf(spec)

/** An ID3v2 tag of `size` bytes after its header (syncsafe size), with a 10-byte footer when asked. */
function id3v2(size: number, hasFooter = false): Buffer {
  const header = Buffer.from([0x49, 0x44, 0x33, 4, 0, hasFooter ? 0x10 : 0, (size >> 21) & 0x7f, (size >> 14) & 0x7f, (size >> 7) & 0x7f, size & 0x7f])
  return Buffer.concat([header, Buffer.alloc(size + (hasFooter ? 10 : 0))])
}

const MPEG1_L3: FrameSpec = { bitrateIndex: 9, layer: 3, sampleRateIndex: 0, version: 1 }
/** MPEG-1 Layer II at 384 kbit/s, 48 kHz: 1,152 bytes a frame. */
const OTHER_STREAM: FrameSpec = { bitrateIndex: 14, layer: 2, sampleRateIndex: 1, version: 1 }

describe('mp3DurationSeconds', () => {
  it.each<[string, FrameSpec]>([
    ['MPEG-1 Layer I, 32 kbit/s, 44.1 kHz', { bitrateIndex: 1, layer: 1, sampleRateIndex: 0, version: 1 }],
    ['MPEG-1 Layer I, 448 kbit/s, 32 kHz, padded', { bitrateIndex: 14, layer: 1, padding: 1, sampleRateIndex: 2, version: 1 }],
    ['MPEG-1 Layer II, 192 kbit/s, 48 kHz', { bitrateIndex: 10, layer: 2, sampleRateIndex: 1, version: 1 }],
    ['MPEG-1 Layer II, 384 kbit/s, 44.1 kHz, padded', { bitrateIndex: 14, layer: 2, padding: 1, sampleRateIndex: 0, version: 1 }],
    ['MPEG-1 Layer III, 128 kbit/s, 44.1 kHz', MPEG1_L3],
    ['MPEG-1 Layer III, 40 kbit/s, 32 kHz, padded', { bitrateIndex: 2, layer: 3, padding: 1, sampleRateIndex: 2, version: 1 }],
    ['MPEG-1 Layer III, 320 kbit/s, 48 kHz, mono', { bitrateIndex: 14, isMono: true, layer: 3, sampleRateIndex: 1, version: 1 }],
    ['MPEG-2 Layer I, 144 kbit/s, 22.05 kHz', { bitrateIndex: 9, layer: 1, sampleRateIndex: 0, version: 2 }],
    ['MPEG-2 Layer I, 256 kbit/s, 16 kHz', { bitrateIndex: 14, layer: 1, sampleRateIndex: 2, version: 2 }],
    ['MPEG-2 Layer II, 8 kbit/s, 24 kHz', { bitrateIndex: 1, layer: 2, sampleRateIndex: 1, version: 2 }],
    ['MPEG-2 Layer II, 160 kbit/s, 16 kHz, padded', { bitrateIndex: 14, layer: 2, padding: 1, sampleRateIndex: 2, version: 2 }],
    ['MPEG-2 Layer III, 48 kbit/s, 24 kHz', { bitrateIndex: 6, layer: 3, sampleRateIndex: 1, version: 2 }],
    ['MPEG-2 Layer III, 144 kbit/s, 22.05 kHz, padded', { bitrateIndex: 13, layer: 3, padding: 1, sampleRateIndex: 0, version: 2 }],
    ['MPEG-2.5 Layer III, 8 kbit/s, 8 kHz', { bitrateIndex: 1, layer: 3, sampleRateIndex: 2, version: 25 }],
    ['MPEG-2.5 Layer III, 64 kbit/s, 11.025 kHz', { bitrateIndex: 8, layer: 3, sampleRateIndex: 0, version: 25 }],
    ['MPEG-2.5 Layer III, 32 kbit/s, 12 kHz', { bitrateIndex: 4, layer: 3, sampleRateIndex: 1, version: 25 }],
  ])('counts the frames of %s', (_label, spec) => {
    expect(mp3DurationSeconds(frames(spec, 5))).toBeCloseTo(secondsOf(spec, 5), 9)
  })

  it('counts every bitrate of a variable-bitrate stream without a frame count', () => {
    const bytes = Buffer.concat([1, 5, 9, 14, 3].map((bitrateIndex) => frame({ ...MPEG1_L3, bitrateIndex })))
    expect(mp3DurationSeconds(bytes)).toBeCloseTo(secondsOf(MPEG1_L3, 5), 9)
  })

  it('counts every bitrate of each version and layer (each table read in full)', () => {
    for (const [version, layer] of [[1, 1], [1, 2], [1, 3], [2, 1], [2, 2], [2, 3], [25, 3]] as const) {
      const specs = Array.from({ length: 14 }, (_, i) => ({ bitrateIndex: i + 1, layer, sampleRateIndex: 0, version }) as FrameSpec)
      const bytes = Buffer.concat(specs.map(frame))
      expect(mp3DurationSeconds(bytes), `MPEG-${version} Layer ${layer}`).toBeCloseTo(secondsOf(specs[0]!, 14), 9)
    }
  })

  /** An ID3v2 tag whose content is frames of another stream (confirmed by one another): read as audio unless skipped. */
  const tagOfFrames = (count: number, hasFooter = false) => {
    // One byte before the frames, so that the size's last syncsafe byte is not 0.
    const content = Buffer.concat([Buffer.alloc(1), frames(OTHER_STREAM, count)])
    const header = id3v2(content.length, hasFooter)
    content.copy(header, 10)
    return header
  }

  it.each<[string, () => Buffer]>([
    ['an ID3v2 tag', () => tagOfFrames(3)],
    ['an ID3v2 tag with a footer, then another', () => Buffer.concat([tagOfFrames(2, true), tagOfFrames(3)])],
    ['an ID3v2 tag whose size needs every syncsafe byte', () => tagOfFrames(1835)],
  ])('skips %s before the audio', (_label, tag) => {
    const bytes = tag()
    if (bytes.length > 2_000_000) expect(bytes.subarray(6, 10).every((byte) => byte > 0)).toBe(true)
    expect(mp3DurationSeconds(Buffer.concat([bytes, frames(MPEG1_L3, 3)]))).toBeCloseTo(secondsOf(MPEG1_L3, 3), 9)
  })

  it.each([
    ['AD3', [0x41, 0x44, 0x33]],
    ['IX3', [0x49, 0x58, 0x33]],
    ['IDX', [0x49, 0x44, 0x58]],
  ])('does not skip junk that only looks like a tag (%s)', (_label, start) => {
    // Read as a tag, its size (449) would skip the first frame and land inside the second.
    const junk = Buffer.from([...start, 0, 0, 0, 0, 0, 0x03, 0x41])
    expect(mp3DurationSeconds(Buffer.concat([junk, frames(MPEG1_L3, 3)]))).toBeCloseTo(secondsOf(MPEG1_L3, 3), 9)
  })

  it('reads a file too short for a tag header as audio, even when it starts with ID3', () => {
    // Seven bytes: "ID3", then a frame header cut short by the end.
    expect(mp3DurationSeconds(Buffer.from([0x49, 0x44, 0x33, 0xff, 0xfb, 0x90, 0x00]))).toBeCloseTo(secondsOf(MPEG1_L3, 1), 9)
  })

  it('finds no audio in a lone ID3v2 tag header, whatever bytes it holds', () => {
    expect(() => mp3DurationSeconds(Buffer.from([0x49, 0x44, 0x33, 0xff, 0xfb, 0x90, 0, 0, 0, 0]))).toThrow('Not an MP3: no MPEG audio frame found')
  })

  it('resynchronises after junk between frames and ignores a lone false sync in it', () => {
    const junk = Buffer.from([0x00, 0xff, 0xfb, 0x12, 0x34, 0xff, 0x00])
    const bytes = Buffer.concat([junk, frames(MPEG1_L3, 2), junk, frames(MPEG1_L3, 3)])
    expect(mp3DurationSeconds(bytes)).toBeCloseTo(secondsOf(MPEG1_L3, 5), 9)
  })

  it('skips frames of another stream inside the audio', () => {
    const other: FrameSpec = { bitrateIndex: 5, layer: 2, sampleRateIndex: 1, version: 1 }
    const bytes = Buffer.concat([frames(MPEG1_L3, 2), frames(other, 2), frames(MPEG1_L3, 1)])
    expect(mp3DurationSeconds(bytes)).toBeCloseTo(secondsOf(MPEG1_L3, 3), 9)
  })

  it('takes as first frame only one the next frame confirms', () => {
    // A header of another stream first, whose length does not lead to another of its kind.
    const stray = frame({ bitrateIndex: 1, layer: 2, sampleRateIndex: 1, version: 1 }).subarray(0, 50)
    const bytes = Buffer.concat([stray, frames(MPEG1_L3, 4)])
    expect(mp3DurationSeconds(bytes)).toBeCloseTo(secondsOf(MPEG1_L3, 4), 9)
  })

  it('does not take as first frame one whose next frame is of another stream', () => {
    const other: FrameSpec = { bitrateIndex: 9, layer: 3, sampleRateIndex: 1, version: 1 }
    const bytes = Buffer.concat([frame(other), frames(MPEG1_L3, 3)])
    expect(mp3DurationSeconds(bytes)).toBeCloseTo(secondsOf(MPEG1_L3, 3), 9)
  })

  it('stops at a trailing ID3v1 tag', () => {
    const id3v1 = Buffer.concat([Buffer.from('TAG', 'latin1'), Buffer.alloc(125)])
    expect(mp3DurationSeconds(Buffer.concat([frames(MPEG1_L3, 4), id3v1]))).toBeCloseTo(secondsOf(MPEG1_L3, 4), 9)
  })

  it('counts a last frame cut short', () => {
    const bytes = frames(MPEG1_L3, 3).subarray(0, 417 * 2 + 100)
    expect(mp3DurationSeconds(bytes)).toBeCloseTo(secondsOf(MPEG1_L3, 3), 9)
  })

  it('skips frames of the same version and sample rate but another layer', () => {
    const other: FrameSpec = { ...MPEG1_L3, layer: 2 }
    const bytes = Buffer.concat([frames(MPEG1_L3, 2), frames(other, 2), frames(MPEG1_L3, 1)])
    expect(mp3DurationSeconds(bytes)).toBeCloseTo(secondsOf(MPEG1_L3, 3), 9)
  })

  it('skips a header with the reserved bitrate inside the audio', () => {
    const reserved = frame(MPEG1_L3)
    reserved[2] = reserved[2]! | 0xf0
    const bytes = Buffer.concat([frames(MPEG1_L3, 2), reserved, frames(MPEG1_L3, 2)])
    expect(mp3DurationSeconds(bytes)).toBeCloseTo(secondsOf(MPEG1_L3, 4), 9)
  })

  it('counts a last frame of which only the header is left, and not three bytes of one', () => {
    const header = frame(MPEG1_L3).subarray(0, 4)
    expect(mp3DurationSeconds(Buffer.concat([frames(MPEG1_L3, 2), header]))).toBeCloseTo(secondsOf(MPEG1_L3, 3), 9)
    expect(mp3DurationSeconds(Buffer.concat([frames(MPEG1_L3, 2), header.subarray(0, 3)]))).toBeCloseTo(secondsOf(MPEG1_L3, 2), 9)
    // After junk, a header that is the file's last four bytes is its one frame.
    expect(mp3DurationSeconds(Buffer.concat([Buffer.from([0x00]), header]))).toBeCloseTo(secondsOf(MPEG1_L3, 1), 9)
  })

  it('does not count a header made of the last byte of a frame and the bytes after it', () => {
    const audio = frames(MPEG1_L3, 2)
    audio[audio.length - 1] = 0xff
    expect(mp3DurationSeconds(Buffer.concat([audio, Buffer.from([0xfb, 0x90, 0x00])]))).toBeCloseTo(secondsOf(MPEG1_L3, 2), 9)
  })

  it('counts the frames when the first frame has no Xing, Info or VBRI tag, whatever its audio bytes', () => {
    const first = frame(MPEG1_L3)
    first.writeUInt32BE(0xffffffff, 40)
    first.writeUInt32BE(3828, 44)
    first.writeUInt32BE(2500, 50)
    expect(mp3DurationSeconds(Buffer.concat([first, frames(MPEG1_L3, 2)]))).toBeCloseTo(secondsOf(MPEG1_L3, 3), 9)
  })

  it('reads a frame count from a Xing or Info header after the side information', () => {
    for (const [spec, sideInfo] of [
      [MPEG1_L3, 32],
      [{ ...MPEG1_L3, isMono: true }, 17],
      [{ bitrateIndex: 8, layer: 3, sampleRateIndex: 0, version: 2 }, 17],
      [{ bitrateIndex: 8, isMono: true, layer: 3, sampleRateIndex: 0, version: 2 }, 9],
    ] as [FrameSpec, number][]) {
      for (const tag of ['Xing', 'Info']) {
        const first = frame(spec)
        first.write(tag, 4 + sideInfo, 'latin1')
        first.writeUInt32BE(0x0f, 8 + sideInfo)
        first.writeUInt32BE(3828, 12 + sideInfo)
        const bytes = Buffer.concat([first, frames(spec, 2)])
        expect(mp3DurationSeconds(bytes), `${tag} after ${sideInfo} bytes`).toBeCloseTo(secondsOf(spec, 3828), 9)
      }
    }
  })

  it('counts the frames when the Xing header has no frame count', () => {
    const first = frame(MPEG1_L3)
    first.write('Xing', 36, 'latin1')
    first.writeUInt32BE(0x0e, 40)
    first.writeUInt32BE(3828, 44)
    expect(mp3DurationSeconds(Buffer.concat([first, frames(MPEG1_L3, 2)]))).toBeCloseTo(secondsOf(MPEG1_L3, 3), 9)
  })

  it('reads a Xing frame count that ends with the file, and not one cut off', () => {
    const first = frame(MPEG1_L3)
    first.write('Xing', 36, 'latin1')
    first.writeUInt32BE(0x01, 40)
    first.writeUInt32BE(3828, 44)
    expect(mp3DurationSeconds(first.subarray(0, 48))).toBeCloseTo(secondsOf(MPEG1_L3, 3828), 9)
    expect(mp3DurationSeconds(first.subarray(0, 47))).toBeCloseTo(secondsOf(MPEG1_L3, 1), 9)
    // The tag's own four bytes at the very end: a tag, but no room for its flags.
    expect(mp3DurationSeconds(first.subarray(0, 40))).toBeCloseTo(secondsOf(MPEG1_L3, 1), 9)
  })

  it('reads a frame count from a VBRI header 32 bytes after the frame header', () => {
    const spec: FrameSpec = { ...MPEG1_L3, isMono: true }
    const first = frame(spec)
    first.write('VBRI', 36, 'latin1')
    first.writeUInt32BE(2500, 50)
    expect(mp3DurationSeconds(Buffer.concat([first, frames(spec, 2)]))).toBeCloseTo(secondsOf(spec, 2500), 9)
    expect(mp3DurationSeconds(first.subarray(0, 54))).toBeCloseTo(secondsOf(spec, 2500), 9)
    expect(mp3DurationSeconds(first.subarray(0, 53))).toBeCloseTo(secondsOf(spec, 1), 9)
  })

  it('reads a frame count in a buffer that is a view into a larger one', () => {
    const first = frame(MPEG1_L3)
    first.write('Xing', 36, 'latin1')
    first.writeUInt32BE(0x01, 40)
    first.writeUInt32BE(1000, 44)
    const larger = Buffer.concat([Buffer.from('prefix bytes'), first])
    expect(mp3DurationSeconds(new Uint8Array(larger.buffer, larger.byteOffset + 12, first.length))).toBeCloseTo(secondsOf(MPEG1_L3, 1000), 9)
  })

  it.each<[string, (bytes: Buffer) => void]>([
    ['the reserved version', (bytes) => (bytes[1] = (bytes[1]! & ~0x18) | 0x08)],
    ['the reserved layer', (bytes) => (bytes[1] = bytes[1]! & ~0x06)],
    ['free-format bitrate', (bytes) => (bytes[2] = bytes[2]! & 0x0f)],
    ['the reserved bitrate', (bytes) => (bytes[2] = bytes[2]! | 0xf0)],
    ['the reserved sample rate', (bytes) => (bytes[2] = bytes[2]! | 0x0c)],
    ['no frame sync (first byte)', (bytes) => (bytes[0] = 0xfe)],
    ['no frame sync (second byte)', (bytes) => (bytes[1] = bytes[1]! & ~0x20)],
  ])('refuses frames with %s', (_label, spoil) => {
    const bytes = frames(MPEG1_L3, 3)
    for (let i = 0; i < 3; i++) spoil(bytes.subarray(i * 417))
    expect(() => mp3DurationSeconds(bytes)).toThrow('Not an MP3: no MPEG audio frame found')
  })

  it('refuses a file with no frame at all', () => {
    expect(() => mp3DurationSeconds(Buffer.alloc(0))).toThrow(/Not an MP3/)
    expect(() => mp3DurationSeconds(Buffer.from([0xff, 0xfb, 0x90]))).toThrow(/Not an MP3/)
    expect(() => mp3DurationSeconds(Buffer.from('ID3 is not enough, this is text'))).toThrow(/Not an MP3/)
  })
})
