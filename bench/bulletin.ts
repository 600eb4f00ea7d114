// Time to synthesize a five-minute loudspeaker bulletin (≈1,150 syllables at 233 syllables a minute) with espeak-ng and lamejs.
// Run: npx tsx bench/bulletin.ts [--voice vi|vi-vn-x-central] [--syllables 1150]
import { cpus } from 'node:os'

import { mp3DurationSeconds } from '../src/audio/mp3Duration'
import { toSpeechText } from '../src/audio/speechText'
import { type BulletinVoice, synthesizeMp3 } from '../src/audio/synthesize'
import { countSyllables, readAloudSeconds, SYLLABLES_PER_MINUTE } from '../src/feeds/readAloud'
import { PLAN_232_SLOGANS } from '../src/seed/plan-232'

const args = process.argv.slice(2)
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined)
const voice: BulletinVoice = option('--voice') === 'vi-vn-x-central' ? 'vi-vn-x-central' : 'vi'
const targetSyllables = Number(option('--syllables') ?? 1150)

/** Plan 232 slogans, as the announcer reads them, repeated until the script reaches the target length. */
function bulletinText(): string {
  const sentences: string[] = []
  for (let index = 0; countSyllables(sentences.join(' ')) < targetSyllables; index++) {
    sentences.push(toSpeechText(PLAN_232_SLOGANS[index % PLAN_232_SLOGANS.length]!.text.vi))
  }
  return sentences.join(' ')
}

const text = bulletinText()
// The first run pays for compiling the 18 MB WASM module; the bulletin job pays it once per process.
const coldStart = performance.now()
await synthesizeMp3({ text: 'Xin chào bà con.', voice })
const compileMs = performance.now() - coldStart

const started = performance.now()
const bulletin = await synthesizeMp3({ syllablesPerMinute: SYLLABLES_PER_MINUTE, text, voice })
const elapsedMs = performance.now() - started
const seconds = mp3DurationSeconds(bulletin.mp3)

console.log(`${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, Node ${process.version}, voice ${voice}`)
console.log(`script: ${countSyllables(text)} syllables, ${text.length} characters; estimate ${readAloudSeconds(text)} s at ${SYLLABLES_PER_MINUTE}/min`)
console.log(`MP3: ${seconds.toFixed(1)} s of speech, ${bulletin.byteLength} bytes at 48 kbit/s`)
console.log(`synthesis: ${(elapsedMs / 1000).toFixed(1)} s (${(seconds / (elapsedMs / 1000)).toFixed(1)}× real time), plus ${(compileMs / 1000).toFixed(1)} s for the first run in a process`)
