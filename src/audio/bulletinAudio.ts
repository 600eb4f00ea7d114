// Gives a bulletin its audio: synthesizes the script into an MP3 stored in media, or measures a human recording that replaces it.
import type { Payload, PayloadRequest } from 'payload'

import { commitTransaction, createLocalReq, initTransaction, killTransaction } from 'payload'

import { readStoredMedia } from '../media/mediaStorage'
import { loadBroadcastSettings } from './broadcastSettings'
import { mp3DurationSeconds } from './mp3Duration'
import { readLockedItem } from '../workflow/readItem'
import { toSpeechText } from './speechText'
import { synthesizeMp3 } from './synthesize'

type Id = number | string
type Relation = null | undefined | Id | { id: Id }

export const BULLETINS_QUEUE = 'bulletins'
export const GENERATE_BULLETIN_AUDIO_TASK = 'generateBulletinAudio' as const
export const ASSEMBLE_BULLETIN_TASK = 'assembleBulletin' as const
/** Set on req.context by bulletin audio writes, so the bulletin's own hooks do not measure again. */
export const AUDIO_WRITE = 'nguonBulletinAudioWrite'

export const AUDIO_STATUSES = ['none', 'queued', 'generating', 'ready', 'stale', 'failed'] as const
export type AudioStatus = (typeof AUDIO_STATUSES)[number]

export type AudioState = { audioError?: null | string; audioProgress?: number; audioStatus: AudioStatus }

export const idOfRelation = (relation: Relation): Id | null => (relation === null || relation === undefined ? null : typeof relation === 'object' ? relation.id : relation)

/**
 * Progress and status are written on the bulletin's row directly, without hooks or a new version: they describe the
 * job, not the reviewed content, and a version per tenth of progress would bury the real history.
 */
export async function setAudioState({ id, payload, state }: { id: Id; payload: Payload; state: AudioState }): Promise<void> {
  await payload.db.updateOne({ collection: 'bulletins', data: state, id, returning: false } as never)
  // The admin edits the latest version, so it must show the same state.
  const { docs } = await payload.db.findVersions({ collection: 'bulletins', limit: 1, pagination: false, sort: '-updatedAt', where: { parent: { equals: id } } } as never)
  const latest = docs[0] as undefined | { id: Id }
  if (latest) await payload.db.updateVersion({ collection: 'bulletins', id: latest.id, returning: false, versionData: { version: state } } as never)
}

export type MeasuredAudio = { audioBytes: number; audioSeconds: number; mimeType: string }

/** Reads a stored media file and measures it: its byte length and, for MP3, its playing time from the frames. */
export async function measureMedia({ id, payload, req }: { id: Id; payload: Payload; req?: PayloadRequest }): Promise<MeasuredAudio> {
  const media = (await payload.findByID({ collection: 'media', depth: 0, id, overrideAccess: true, req })) as unknown as { _objectKey?: null | string; filename?: string; mimeType?: string }
  if (media.mimeType !== 'audio/mpeg' || !media.filename) throw new Error('Bản ghi phải là tệp MP3 / The recording must be an MP3 file')
  const stored = await readStoredMedia({ filename: media.filename, objectKey: media._objectKey, payload })
  if (!stored) throw new Error(`Không tìm thấy tệp / File not found: ${media.filename}`)
  const bytes = stored.body
  return { audioBytes: bytes.byteLength, audioSeconds: Math.round(mp3DurationSeconds(bytes) * 1000) / 1000, mimeType: media.mimeType }
}

type BulletinForAudio = {
  audio?: Relation
  id: Id
  outOfSlot?: boolean | null
  recording?: Relation
  script?: null | string
  title?: null | string
  unit?: Relation
  workflowStatus?: null | string
}

/** Thrown when the bulletin moved on while its audio was being made: the audio is dropped, not written under review. */
export class AudioNoLongerWanted extends Error {
  override name = 'AudioNoLongerWanted'
}

/**
 * May audio made from `script` still be written to the bulletin as it stands now? Only while it is a draft (or sent
 * back) with that same script; an emergency bulletin, which is made in review, takes its first audio there.
 */
export function takesAudio(bulletin: BulletinForAudio, script: string): boolean {
  if ((bulletin.script ?? '') !== script) return false
  if (bulletin.workflowStatus === 'draft' || bulletin.workflowStatus === 'changes_requested') return true
  return bulletin.workflowStatus === 'in_review' && bulletin.outOfSlot === true && idOfRelation(bulletin.audio) === null
}

/** Reads the bulletin's script aloud into a new media upload and makes it the bulletin's audio unless a recording replaces it. */
export async function generateBulletinAudio({ id, payload, req }: { id: Id; payload: Payload; req?: PayloadRequest }): Promise<{ audioBytes: number; audioSeconds: number; elapsedMs: number; media: Id }> {
  const started = Date.now()
  const bulletin = (await payload.findByID({ collection: 'bulletins', depth: 0, draft: true, id, overrideAccess: true, req })) as unknown as BulletinForAudio
  const settings = await loadBroadcastSettings({ payload, req })
  const text = toSpeechText(bulletin.script ?? '', { abbreviations: settings.abbreviations })
  if (!text.trim()) {
    await setAudioState({ id, payload, state: { audioError: 'Bản tin chưa có nội dung / The bulletin has no script', audioProgress: 0, audioStatus: 'failed' } })
    throw new Error(`Bulletin ${id} has no script to read`)
  }
  try {
    await setAudioState({ id, payload, state: { audioError: null, audioProgress: 0, audioStatus: 'generating' } })
    let reported = 0
    let writes = Promise.resolve()
    const synthesized = await synthesizeMp3({
      onProgress: (fraction) => {
        const percent = Math.min(99, Math.floor(fraction * 100))
        // Every tenth of the way is enough for a progress bar and keeps writes few.
        if (percent - reported < 10) return
        reported = percent
        writes = writes.then(() => setAudioState({ id, payload, state: { audioProgress: percent, audioStatus: 'generating' } })).catch(() => undefined)
      },
      text,
      voice: settings.voice,
      syllablesPerMinute: settings.syllablesPerMinute,
    })
    await writes
    const audioSeconds = Math.round(mp3DurationSeconds(synthesized.mp3) * 1000) / 1000
    // The write happens under the bulletin's lock, and only if it still takes this audio (a submit may have come first).
    const writeReq = req ?? (await createLocalReq({}, payload))
    const startedHere = await initTransaction(writeReq)
    let media: { id: Id }
    try {
      const { latest } = await readLockedItem({ collection: 'bulletins', id, req: writeReq })
      if (!latest || !takesAudio(latest as BulletinForAudio, bulletin.script ?? '')) {
        throw new AudioNoLongerWanted(
          'Bản tin đã thay đổi hoặc đã gửi duyệt trong khi tạo âm thanh; hãy tạo lại / The bulletin changed or was submitted while its audio was made; generate it again',
        )
      }
      media = await payload.create({
        collection: 'media',
        // The bulletin's unit owns its audio, so the unit's editors and reviewers can play it before it goes live.
        data: { alt: bulletin.title || `Bản tin ${id}`, credit: `espeak-ng (${settings.voice})`, kind: 'audio', unit: idOfRelation(bulletin.unit) as null | number },
        file: { data: synthesized.mp3, mimetype: 'audio/mpeg', name: `ban-tin-${id}-${Date.now()}.mp3`, size: synthesized.byteLength },
        overrideAccess: true,
        req: writeReq,
      })
      const hasRecording = idOfRelation(bulletin.recording) !== null
      await payload.update({
        collection: 'bulletins',
        context: { [AUDIO_WRITE]: true },
        data: {
          _status: 'draft',
          audioError: null,
          audioProgress: 100,
          audioScript: bulletin.script ?? '',
          audioStatus: 'ready',
          syntheticAudio: media.id,
          ...(hasRecording ? {} : { audio: media.id, audioBytes: synthesized.byteLength, audioSeconds, audioSource: 'synthetic' }),
        } as never,
        depth: 0,
        draft: true,
        id,
        overrideAccess: true,
        req: writeReq,
      })
      if (startedHere) await commitTransaction(writeReq)
    } catch (err) {
      if (startedHere) await killTransaction(writeReq)
      throw err
    }
    await setAudioState({ id, payload, state: { audioError: null, audioProgress: 100, audioStatus: 'ready' } })
    return { audioBytes: synthesized.byteLength, audioSeconds, elapsedMs: Date.now() - started, media: media.id }
  } catch (err) {
    if (err instanceof AudioNoLongerWanted) payload.logger.info({ msg: `Bulletin ${id}: audio dropped: ${err.message}` })
    else payload.logger.error({ err, msg: `Bulletin ${id}: audio generation failed` })
    await setAudioState({ id, payload, state: { audioError: String((err as Error).message ?? err).slice(0, 500), audioStatus: 'failed' } }).catch(() => undefined)
    throw err
  }
}
