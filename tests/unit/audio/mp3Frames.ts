// A strict MPEG Layer III frame walker for tests, written apart from src/audio/mp3Duration.ts so the two check each other:
// every frame header must parse and the frames must tile the file from the first byte (after an ID3v2 tag) to the last.

const LAYER3_KBPS = {
  mpeg1: [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320],
  mpeg2: [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160],
}
const RATES = { 1: [44100, 48000, 32000], 2: [22050, 24000, 16000], 25: [11025, 12000, 8000] } as const

export type Mp3Frames = { bitratesKbps: Set<number>; frames: number; sampleRate: number; seconds: number }

/** Walks every frame of a Layer III file; throws with the byte offset where the stream stops being MPEG audio. */
export function walkMp3Frames(bytes: Uint8Array): Mp3Frames {
  let offset = 0
  if (bytes.length >= 10 && String.fromCharCode(bytes[0]!, bytes[1]!, bytes[2]!) === 'ID3') {
    offset = 10 + (((bytes[6]! & 0x7f) << 21) | ((bytes[7]! & 0x7f) << 14) | ((bytes[8]! & 0x7f) << 7) | (bytes[9]! & 0x7f))
  }
  let frames = 0
  let samples = 0
  let sampleRate = 0
  const bitratesKbps = new Set<number>()
  while (offset < bytes.length) {
    if (offset + 4 > bytes.length) throw new Error(`truncated frame header at byte ${offset} of ${bytes.length}`)
    const [b0, b1, b2] = [bytes[offset]!, bytes[offset + 1]!, bytes[offset + 2]!]
    if (b0 !== 0xff || (b1 & 0xe0) !== 0xe0) throw new Error(`no frame sync at byte ${offset} of ${bytes.length}`)
    const versionBits = (b1 >> 3) & 3
    if (versionBits === 1 || ((b1 >> 1) & 3) !== 1) throw new Error(`not MPEG Layer III at byte ${offset}`)
    const version = versionBits === 3 ? 1 : versionBits === 2 ? 2 : 25
    const bitrateIndex = b2 >> 4
    const rateIndex = (b2 >> 2) & 3
    if (bitrateIndex === 0 || bitrateIndex === 15 || rateIndex === 3) throw new Error(`reserved bitrate or sample rate at byte ${offset}`)
    const rate = RATES[version][rateIndex]!
    if (sampleRate && rate !== sampleRate) throw new Error(`sample rate changes at byte ${offset}`)
    sampleRate = rate
    const kbps = LAYER3_KBPS[version === 1 ? 'mpeg1' : 'mpeg2'][bitrateIndex]!
    bitratesKbps.add(kbps)
    const length = Math.floor(((version === 1 ? 144 : 72) * kbps * 1000) / rate) + ((b2 >> 1) & 1)
    if (offset + length > bytes.length) throw new Error(`frame at byte ${offset} runs ${offset + length - bytes.length} bytes past the end`)
    frames++
    samples += version === 1 ? 1152 : 576
    offset += length
  }
  if (!frames) throw new Error('no MPEG frames')
  return { bitratesKbps, frames, sampleRate, seconds: samples / sampleRate }
}
