import { describe, expect, it } from 'vitest'

import { broadcastSettingsFrom } from '../../../src/audio/broadcastSettings'
import { mp3DurationSeconds } from '../../../src/audio/mp3Duration'
import { toSpeechText } from '../../../src/audio/speechText'
import { type BulletinVoice, espeakSpeedFor, parseWav, resample, synthesizeMp3 } from '../../../src/audio/synthesize'
import { readAloudSeconds } from '../../../src/feeds/readAloud'
import { PLAN_232_SLOGANS } from '../../../src/seed/plan-232'
import { walkMp3Frames } from './mp3Frames'

const slogan = (number: number) => toSpeechText(PLAN_232_SLOGANS.find((entry) => entry.number === number)!.text.vi)

const startsWithFrameSyncOrId3 = (mp3: Buffer) => (mp3[0] === 0xff && (mp3[1] & 0xe0) === 0xe0) || mp3.subarray(0, 3).toString('latin1') === 'ID3'

/** A RIFF/WAVE file with a LIST chunk before "data", as many editors write it. */
function wavWithListChunk(samples: number[], sampleRate: number, channels = 1): Uint8Array {
  const list = Buffer.from('INFOISFT\x06\x00\x00\x00Nguon\x00', 'latin1')
  const data = Buffer.alloc(samples.length * 2)
  samples.forEach((sample, index) => data.writeInt16LE(sample, index * 2))
  const fmt = Buffer.alloc(16)
  fmt.writeUInt16LE(1, 0)
  fmt.writeUInt16LE(channels, 2)
  fmt.writeUInt32LE(sampleRate, 4)
  fmt.writeUInt32LE(sampleRate * channels * 2, 8)
  fmt.writeUInt16LE(channels * 2, 12)
  fmt.writeUInt16LE(16, 14)
  const chunk = (id: string, body: Buffer) => Buffer.concat([Buffer.from(id, 'latin1'), Buffer.from(new Uint32Array([body.length]).buffer), body])
  const chunks = Buffer.concat([chunk('fmt ', fmt), chunk('LIST', list), chunk('data', data)])
  return Buffer.concat([Buffer.from('RIFF', 'latin1'), Buffer.from(new Uint32Array([4 + chunks.length]).buffer), Buffer.from('WAVE', 'latin1'), chunks])
}

describe('synthesizeMp3', () => {
  it.each(['vi', 'vi-vn-x-central'] as const)('reads a Plan 232 slogan aloud in the %s voice as a playable MP3', async (voice) => {
    const progress: number[] = []
    const bulletin = await synthesizeMp3({ text: slogan(5), voice, onProgress: (fraction) => progress.push(fraction) })
    expect(startsWithFrameSyncOrId3(bulletin.mp3)).toBe(true)
    expect(bulletin.sampleRate).toBe(22050)
    expect(bulletin.byteLength).toBe(bulletin.mp3.length)
    expect(bulletin.durationSeconds).toBeGreaterThan(2)
    expect(bulletin.durationSeconds).toBeLessThan(15)
    expect(Math.abs(mp3DurationSeconds(bulletin.mp3) - bulletin.durationSeconds) / bulletin.durationSeconds).toBeLessThan(0.05)
    expect(progress[0]).toBe(0)
    expect(progress.at(-1)).toBe(1)
    expect([...progress].sort((a, b) => a - b)).toEqual(progress)
  })

  it('resamples to 44 100 Hz on request, keeping the duration', async () => {
    const text = slogan(6)
    const native = await synthesizeMp3({ text, voice: 'vi' })
    const doubled = await synthesizeMp3({ text, voice: 'vi', sampleRate: 44100 })
    expect(doubled.sampleRate).toBe(44100)
    // MPEG-1 Layer III sync: 0xFFFB.
    expect(doubled.mp3.readUInt16BE(0)).toBe(0xfffb)
    expect(doubled.durationSeconds).toBeCloseTo(native.durationSeconds, 2)
    expect(Math.abs(mp3DurationSeconds(doubled.mp3) - doubled.durationSeconds) / doubled.durationSeconds).toBeLessThan(0.05)
  })

  it('reads a long text in several sentence groups and reports progress along the way', async () => {
    const text = PLAN_232_SLOGANS.map((entry) => toSpeechText(entry.text.vi)).join(' ')
    const progress: number[] = []
    const bulletin = await synthesizeMp3({ text, voice: 'vi', onProgress: (fraction) => progress.push(fraction) })
    expect(progress.length).toBeGreaterThan(3)
    expect(progress.filter((fraction) => fraction > 0 && fraction < 1).length).toBeGreaterThan(1)
    expect(bulletin.durationSeconds).toBeGreaterThan(25)
    expect(bulletin.durationSeconds).toBeLessThan(90)
  })

  it('reports an unknown voice with espeak-ng\'s own message', async () => {
    await expect(synthesizeMp3({ text: 'Xin chào.', voice: 'xx-none' as BulletinVoice })).rejects.toThrow(/voice xx-none.*does not exist/)
  })

  it('refuses an empty bulletin', async () => {
    await expect(synthesizeMp3({ text: '  ', voice: 'vi' })).rejects.toThrow(/empty/)
  })
})

describe('a bulletin read at the broadcast settings\' speed', () => {
  const settings = broadcastSettingsFrom({})
  // Every Plan 232 slogan, a paragraph each: about 36 s of announcer text.
  const script = PLAN_232_SLOGANS.map((entry) => entry.text.vi).join('\n\n')

  // Not it.each: its printf-style names would eat the "%".
  for (const voice of ['vi', 'vi-vn-x-central'] as const) {
    it(`an MP3 is produced, decodes, and its duration is within 20% of the read-aloud estimate (${voice})`, async () => {
      const text = toSpeechText(script, { abbreviations: settings.abbreviations })
      const estimate = readAloudSeconds(text, settings.syllablesPerMinute)
      const bulletin = await synthesizeMp3({ syllablesPerMinute: settings.syllablesPerMinute, text, voice })
      const frames = walkMp3Frames(bulletin.mp3)
      expect(frames).toMatchObject({ bitratesKbps: new Set([48]), sampleRate: 22050 })
      const seconds = mp3DurationSeconds(bulletin.mp3)
      expect(frames.seconds).toBeCloseTo(seconds, 6)
      expect(estimate).toBeGreaterThan(30)
      expect(Math.abs(seconds - estimate) / estimate, `${seconds.toFixed(1)} s of audio for a ${estimate} s estimate`).toBeLessThan(0.2)
    })
  }

  it('converts syllables a minute into espeak-ng\'s speed, which counts longer words', () => {
    expect(espeakSpeedFor(233)).toBe(163)
    expect(espeakSpeedFor(10)).toBe(80)
    expect(espeakSpeedFor(10_000)).toBe(450)
  })

  it('has a frame walker that refuses a truncated, padded or corrupted MP3', async () => {
    const { mp3 } = await synthesizeMp3({ text: slogan(4), voice: 'vi' })
    expect(() => walkMp3Frames(mp3.subarray(0, mp3.length - 7))).toThrow(/past the end/)
    expect(() => walkMp3Frames(Buffer.concat([mp3, Buffer.from('junk at the end')]))).toThrow(/no frame sync at byte/)
    const corrupted = Buffer.from(mp3)
    corrupted.fill(0, 0, 2)
    expect(() => walkMp3Frames(corrupted)).toThrow(/no frame sync at byte 0/)
  })
})

describe('mp3DurationSeconds', () => {
  it('agrees with the constant bitrate: bytes × 8 / 48 kbit/s', async () => {
    const bulletin = await synthesizeMp3({ text: slogan(4), voice: 'vi', bitrateKbps: 48 })
    const constantBitrateSeconds = (bulletin.byteLength * 8) / 48_000
    expect(Math.abs(mp3DurationSeconds(bulletin.mp3) - constantBitrateSeconds) / constantBitrateSeconds).toBeLessThan(0.01)
  })

  it('skips an ID3v2 tag, leading junk and a trailing ID3v1 tag', async () => {
    const bulletin = await synthesizeMp3({ text: slogan(4), voice: 'vi' })
    const id3v2 = Buffer.concat([Buffer.from([0x49, 0x44, 0x33, 4, 0, 0, 0, 0, 0, 20]), Buffer.alloc(20)])
    const junk = Buffer.from([0x00, 0xff, 0x12, 0x34])
    const id3v1 = Buffer.concat([Buffer.from('TAG', 'latin1'), Buffer.alloc(125)])
    const tagged = Buffer.concat([id3v2, junk, bulletin.mp3, id3v1])
    expect(mp3DurationSeconds(tagged)).toBeCloseTo(mp3DurationSeconds(bulletin.mp3), 6)
  })

  it('trusts the frame count of a Xing header', () => {
    // One MPEG-1 Layer III frame, 128 kbit/s, 44 100 Hz, stereo: 417 bytes, Xing tag after 32 bytes of side info.
    const frame = Buffer.alloc(417)
    frame.set([0xff, 0xfb, 0x90, 0x00])
    frame.write('Xing', 36, 'latin1')
    frame.writeUInt32BE(0x1, 40)
    frame.writeUInt32BE(3828, 44)
    expect(mp3DurationSeconds(frame)).toBeCloseTo((3828 * 1152) / 44100, 6)
  })

  it('refuses a file with no MPEG audio frames', () => {
    expect(() => mp3DurationSeconds(Buffer.from('ID3 is not enough, this is text'))).toThrow(/Not an MP3/)
    expect(() => mp3DurationSeconds(wavWithListChunk([1, 2, 3], 22050))).toThrow(/Not an MP3/)
  })
})

describe('parseWav', () => {
  it('finds the samples after a LIST chunk instead of assuming a 44-byte header', () => {
    const wav = parseWav(wavWithListChunk([0, 1000, -1000, 32767], 22050))
    expect(wav.sampleRate).toBe(22050)
    expect([...wav.samples]).toEqual([0, 1000, -1000, 32767])
  })

  it('mixes stereo down to mono', () => {
    const wav = parseWav(wavWithListChunk([100, 300, -200, -400], 44100, 2))
    expect(wav.channels).toBe(2)
    expect([...wav.samples]).toEqual([200, -300])
  })

  it('refuses what is not a WAV file', () => {
    expect(() => parseWav(Buffer.from('RIFX0000WAVE'))).toThrow(/Not a WAV/)
  })

  it('doubles the rate by interpolating between samples', () => {
    expect([...resample({ samples: new Int16Array([0, 100, 200]), fromRate: 22050, toRate: 44100 })]).toEqual([0, 50, 100, 150, 200, 200])
  })
})
