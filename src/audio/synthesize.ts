// Reads a bulletin aloud with espeak-ng (WASM) and encodes the voice as a mono MP3 for commune loudspeakers.
//
// espeak-ng speaks at 22 050 Hz, 16-bit mono; that is the default output rate. 44 100 Hz is offered for players that
// insist on it; it is made by linear interpolation, so it sounds the same and, at the same bitrate, weighs the same.
// The text should already be speech text (see toSpeechText): espeak's own Vietnamese number reading is less careful.
import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { setImmediate as nextTick } from 'node:timers/promises'

import { Mp3Encoder } from '@breezystack/lamejs'
import ESpeakNg from 'espeak-ng'

import { splitSentences } from './speechText'

export type BulletinVoice = 'vi' | 'vi-vn-x-central'
export type BulletinSampleRate = 22050 | 44100

export type SynthesizedBulletin = { mp3: Buffer; durationSeconds: number; byteLength: number; sampleRate: number }

export type SynthesizeOptions = {
  text: string
  /** espeak-ng voice: Northern ('vi') or Central ('vi-vn-x-central') Vietnamese. */
  voice: BulletinVoice
  sampleRate?: BulletinSampleRate
  /** Constant bitrate of the MP3; 48 kbit/s keeps speech clear on horn loudspeakers. */
  bitrateKbps?: 32 | 48 | 64 | 96 | 128
  /** Reading pace in Vietnamese syllables a minute, as in the broadcast settings; converted to espeak-ng's own speed. */
  syllablesPerMinute?: number
  /** espeak-ng speed (its -s option) as is; 175 is espeak's default. Ignored when syllablesPerMinute is given. */
  wordsPerMinute?: number
  /** Called with the share of the text read and encoded so far, from 0 to 1. */
  onProgress?: (fraction: number) => void
}

const ESPEAK_SAMPLE_RATE = 22050
// About 25 s of speech per espeak-ng run: progress is reported often enough and each run stays small.
const MAX_CHUNK_CHARACTERS = 500
const SAMPLES_PER_ENCODE = 1152 * 20
// espeak-ng's -s counts English-length words; its Vietnamese voices say about 1.43 syllables per such "word"
// (measured on Plan 232 slogans from -s 120 to 233, both voices), so -s 233 would read at ~333 syllables a minute.
const SYLLABLES_PER_ESPEAK_WORD = 1.43

/** The espeak-ng -s value that reads Vietnamese at `syllablesPerMinute`; espeak accepts 80–450. */
export const espeakSpeedFor = (syllablesPerMinute: number) => Math.min(450, Math.max(80, Math.round(syllablesPerMinute / SYLLABLES_PER_ESPEAK_WORD)))

let compiledEspeak: Promise<WebAssembly.Module> | undefined

/** The 18 MB espeak-ng WASM module, compiled once per process; each run only instantiates it. */
function compileEspeak(): Promise<WebAssembly.Module> {
  compiledEspeak ??= (async () => {
    const entry = createRequire(import.meta.url).resolve('espeak-ng')
    return WebAssembly.compile(await readFile(join(dirname(entry), 'espeak-ng.wasm')))
  })().catch((error: unknown) => {
    // Let the next bulletin try again rather than caching the failure.
    compiledEspeak = undefined
    throw error
  })
  return compiledEspeak
}

/** One run of the espeak-ng command line on a text, returning the WAV file it wrote. */
async function speakToWav({ text, voice, wordsPerMinute }: { text: string; voice: BulletinVoice; wordsPerMinute?: number }): Promise<Uint8Array> {
  const compiled = await compileEspeak()
  const messages: string[] = []
  // The text goes through a file, not argv, so a sentence starting with "-" is never read as an option.
  const args = ['-v', voice, ...(wordsPerMinute ? ['-s', String(Math.round(wordsPerMinute))] : []), '-w', 'bulletin.wav', '-f', 'bulletin.txt']
  // Emscripten's instantiateWasm hook has no way to report failure, so a failed instantiation rejects this instead of hanging.
  let failInstantiation: (error: unknown) => void = () => undefined
  const instantiationFailed = new Promise<never>((_resolve, reject) => {
    failInstantiation = reject
  })
  const espeak = await Promise.race([
    ESpeakNg({
      arguments: args,
      print: (line) => messages.push(line),
      printErr: (line) => messages.push(line),
      preRun: [(instance) => instance.FS.writeFile('bulletin.txt', text)],
      instantiateWasm: (imports, receiveInstance) => {
        WebAssembly.instantiate(compiled, imports).then((instance) => receiveInstance(instance, compiled), failInstantiation)
        return {}
      },
    }),
    instantiationFailed,
  ])
  try {
    return espeak.FS.readFile('bulletin.wav')
  } catch {
    const reason = messages.find((line) => !line.startsWith('program exited')) ?? 'no output'
    throw new Error(`espeak-ng could not read the bulletin (voice ${voice}): ${reason}`)
  }
}

export type WavAudio = { sampleRate: number; channels: number; samples: Int16Array }

/**
 * Reads a RIFF/WAVE file of 16-bit PCM by walking its chunks (a "LIST" or "fact" chunk may precede "data"), and mixes
 * stereo down to mono. A data size larger than the file, as a streaming writer leaves it, is clamped to what is there.
 */
export function parseWav(bytes: Uint8Array): WavAudio {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const tag = (offset: number) => String.fromCharCode(...bytes.subarray(offset, offset + 4))
  if (bytes.byteLength < 12 || tag(0) !== 'RIFF' || tag(8) !== 'WAVE') throw new Error('Not a WAV file: no RIFF/WAVE header')
  let format: { audioFormat: number; channels: number; sampleRate: number; bitsPerSample: number } | undefined
  for (let offset = 12; offset + 8 <= bytes.byteLength; ) {
    const id = tag(offset)
    const size = view.getUint32(offset + 4, true)
    const body = offset + 8
    if (id === 'fmt ') {
      format = {
        audioFormat: view.getUint16(body, true),
        channels: view.getUint16(body + 2, true),
        sampleRate: view.getUint32(body + 4, true),
        bitsPerSample: view.getUint16(body + 14, true),
      }
      // WAVE_FORMAT_EXTENSIBLE names the real format in the first two bytes of its sub-format GUID.
      if (format.audioFormat === 0xfffe && size >= 26) format.audioFormat = view.getUint16(body + 24, true)
    } else if (id === 'data') {
      if (!format) throw new Error('Not a readable WAV file: "data" comes before "fmt "')
      if (format.audioFormat !== 1 || format.bitsPerSample !== 16) throw new Error(`Unsupported WAV encoding: format ${format.audioFormat}, ${format.bitsPerSample}-bit`)
      const frameBytes = 2 * format.channels
      const frames = Math.floor(Math.min(size, bytes.byteLength - body) / frameBytes)
      const samples = new Int16Array(frames)
      for (let frame = 0; frame < frames; frame++) {
        let sum = 0
        for (let channel = 0; channel < format.channels; channel++) sum += view.getInt16(body + frame * frameBytes + channel * 2, true)
        samples[frame] = Math.round(sum / format.channels)
      }
      return { sampleRate: format.sampleRate, channels: format.channels, samples }
    }
    // Chunks are padded to an even length.
    offset = body + size + (size % 2)
  }
  throw new Error('Not a readable WAV file: no "data" chunk')
}

/** Linear-interpolation resampling; good enough for speech going up from espeak's 22 050 Hz. */
export function resample({ samples, fromRate, toRate }: { samples: Int16Array; fromRate: number; toRate: number }): Int16Array {
  if (fromRate === toRate || samples.length === 0) return samples
  const length = Math.max(1, Math.round((samples.length * toRate) / fromRate))
  const resampled = new Int16Array(length)
  const step = fromRate / toRate
  for (let index = 0; index < length; index++) {
    const position = index * step
    const before = Math.min(Math.floor(position), samples.length - 1)
    const after = Math.min(before + 1, samples.length - 1)
    const weight = position - before
    resampled[index] = Math.round(samples[before] * (1 - weight) + samples[after] * weight)
  }
  return resampled
}

/** Sentences grouped into runs of at most MAX_CHUNK_CHARACTERS (a longer sentence stays whole). */
function chunkBySentence(text: string): string[] {
  const chunks: string[] = []
  for (const sentence of splitSentences(text)) {
    const last = chunks.at(-1)
    if (last !== undefined && last.length + 1 + sentence.length <= MAX_CHUNK_CHARACTERS) chunks[chunks.length - 1] = `${last} ${sentence}`
    else chunks.push(sentence)
  }
  return chunks
}

/** Reads the text with espeak-ng, sentence group by sentence group, into one continuous constant-bitrate mono MP3. */
export async function synthesizeMp3({
  text,
  voice,
  sampleRate = ESPEAK_SAMPLE_RATE,
  bitrateKbps = 48,
  syllablesPerMinute,
  wordsPerMinute,
  onProgress,
}: SynthesizeOptions): Promise<SynthesizedBulletin> {
  const chunks = chunkBySentence(text)
  if (chunks.length === 0) throw new Error('Nothing to read: the bulletin text is empty')
  const espeakSpeed = syllablesPerMinute === undefined ? wordsPerMinute : espeakSpeedFor(syllablesPerMinute)
  const totalCharacters = chunks.reduce((sum, chunk) => sum + chunk.length, 0)
  const encoder = new Mp3Encoder(1, sampleRate, bitrateKbps)
  const mp3Parts: Buffer[] = []
  // lamejs hands back Int8Array views whatever its types say; Buffer.concat wants bytes.
  const keep = (part: ArrayBufferView) => mp3Parts.push(Buffer.from(part.buffer, part.byteOffset, part.byteLength))
  let sampleCount = 0
  let charactersDone = 0
  onProgress?.(0)
  for (const chunk of chunks) {
    const wav = parseWav(await speakToWav({ text: chunk, voice, wordsPerMinute: espeakSpeed }))
    const samples = resample({ samples: wav.samples, fromRate: wav.sampleRate, toRate: sampleRate })
    sampleCount += samples.length
    for (let start = 0; start < samples.length; start += SAMPLES_PER_ENCODE) {
      keep(encoder.encodeBuffer(samples.subarray(start, start + SAMPLES_PER_ENCODE)))
      // Encoding is synchronous; yielding between blocks keeps the server answering during a long bulletin.
      await nextTick()
    }
    charactersDone += chunk.length
    onProgress?.(Math.min(charactersDone / totalCharacters, 0.999))
  }
  keep(encoder.flush())
  const mp3 = Buffer.concat(mp3Parts)
  onProgress?.(1)
  return { mp3, durationSeconds: sampleCount / sampleRate, byteLength: mp3.byteLength, sampleRate }
}
