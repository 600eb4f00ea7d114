// The jobs-queue tasks for bulletins: assemble a draft for the next slot, and read a bulletin's script into an MP3.
import type { Payload, PayloadRequest, TaskConfig, Where } from 'payload'

import { buildBulletinScript, highestPriority, nextSlot, selectBulletinItems } from './bulletinAssembly'
import { ASSEMBLE_BULLETIN_TASK, AudioNoLongerWanted, BULLETINS_QUEUE, GENERATE_BULLETIN_AUDIO_TASK, generateBulletinAudio } from './bulletinAudio'
import { loadBroadcastSettings } from './broadcastSettings'
import { itemKey, loudspeakerCandidates } from './bulletinSources'
import { readAloudSeconds } from '../feeds/readAloud'
import { observeAudioGeneration } from '../ops/metricsRegistry'

type Id = number | string
type StoredBulletin = { assembledAt?: null | string; createdAt: string; id: Id; items?: null | { relationTo: string; value: Id | { id: Id } }[] }

export type AssemblyOutcome =
  | { result: 'created'; bulletin: Id; items: number; left: number }
  | { result: 'exists' | 'nothing-new' | 'not-yet'; slot: string }

/**
 * Makes the draft bulletin for the next slot, once the slot is near (settings: assembleMinutesBefore): items that went
 * live on loudspeakers since the last bulletin was assembled and that it did not carry, highest priority first, within the
 * maximum length. Idempotent: a slot that has a bulletin is left alone, and no bulletin is made from nothing.
 */
export async function assembleNextBulletin({ now = new Date(), payload, req }: { now?: Date; payload: Payload; req?: PayloadRequest }): Promise<AssemblyOutcome> {
  const settings = await loadBroadcastSettings({ payload, req })
  const next = nextSlot({ now, slots: settings.slots })
  const label = `${next.date} ${next.slot}`
  if (next.airsAt.getTime() - now.getTime() > settings.assembleMinutesBefore * 60_000) return { result: 'not-yet', slot: label }

  const bulletins = async (where: Where, { limit, sort }: { limit?: number; sort?: string } = {}) =>
    (await payload.find({ collection: 'bulletins', depth: 0, draft: true, limit, overrideAccess: true, pagination: false, req, sort, where })).docs as unknown as StoredBulletin[]
  const inSlot: Where = { or: [{ outOfSlot: { equals: false } }, { outOfSlot: { exists: false } }] }
  const airsAt = next.airsAt.toISOString()
  if ((await bulletins({ and: [inSlot, { airsAt: { equals: airsAt } }] }, { limit: 1 })).length) return { result: 'exists', slot: label }

  const [last] = await bulletins({ and: [inSlot, { airsAt: { less_than: airsAt } }] }, { limit: 1, sort: '-airsAt' })
  const since = last ? (last.assembledAt ?? last.createdAt) : null
  // Emergencies played at once since then (src/audio/emergencyBulletin.ts) are not read again in the slot.
  const emergencies = await bulletins({ and: [{ outOfSlot: { equals: true } }, ...(since ? [{ createdAt: { greater_than_equal: since } }] : [])] })

  const candidates = await loudspeakerCandidates({ now, payload, req, since, syllablesPerMinute: settings.syllablesPerMinute })
  const reservedSeconds = readAloudSeconds(buildBulletinScript({ intro: settings.intro, items: [], outro: settings.outro }), settings.syllablesPerMinute)
  const { chosen, left } = selectBulletinItems({
    alreadyBroadcast: [last, ...emergencies].flatMap((b) => (b?.items ?? []).map(itemKey)),
    candidates,
    maxSeconds: settings.maxSeconds,
    reservedSeconds,
    since,
  })
  if (chosen.length === 0) return { result: 'nothing-new', slot: label }
  const byKey = new Map(candidates.map((c) => [c.key, c]))
  const refs = chosen.map((c) => byKey.get(c.key)!.ref)

  const bulletin = await payload.create({
    collection: 'bulletins',
    data: {
      _status: 'draft',
      assembledAt: now.toISOString(),
      audiences: ['public'],
      channels: ['loudspeaker'],
      date: `${next.date}T00:00:00.000+07:00`,
      intro: settings.intro,
      items: refs,
      outro: settings.outro,
      priority: highestPriority(chosen.map((c) => c.priority)),
      slot: next.slot,
      ...(settings.unit !== null ? { unit: settings.unit } : {}),
      workflowStatus: 'draft',
    } as never,
    depth: 0,
    draft: true,
    overrideAccess: true,
    req,
  })
  payload.logger.info({ msg: `Bulletin ${bulletin.id} assembled for ${label}: ${chosen.length} items, ${left.length} left for later` })
  return { bulletin: bulletin.id, items: chosen.length, left: left.length, result: 'created' }
}

export const assembleBulletinTask: TaskConfig<{ input: { now?: string }; output: { result: string } }> = {
  slug: ASSEMBLE_BULLETIN_TASK,
  label: 'Soạn bản tin loa cho khung giờ tới / Assemble the next loudspeaker bulletin',
  inputSchema: [{ name: 'now', type: 'text' }],
  outputSchema: [{ name: 'result', type: 'text' }],
  retries: 2,
  // Every ten minutes; the task itself waits until the slot is near and never makes a slot's bulletin twice.
  schedule: [{ cron: '0 */10 * * * *', queue: BULLETINS_QUEUE }],
  handler: async ({ input, req }) => {
    const outcome = await assembleNextBulletin({ now: input?.now ? new Date(input.now) : new Date(), payload: req.payload, req })
    return { output: { result: JSON.stringify(outcome) } }
  },
}

export const generateBulletinAudioTask: TaskConfig<{ input: { bulletin: string }; output: { audioBytes: number; audioSeconds: number; elapsedMs: number } }> = {
  slug: GENERATE_BULLETIN_AUDIO_TASK,
  label: 'Đọc bản tin thành MP3 / Read a bulletin into MP3',
  inputSchema: [{ name: 'bulletin', type: 'text', required: true }],
  outputSchema: [
    { name: 'audioBytes', type: 'number' },
    { name: 'audioSeconds', type: 'number' },
    { name: 'elapsedMs', type: 'number' },
  ],
  retries: 1,
  handler: async ({ input, req }) => {
    try {
      const { audioBytes, audioSeconds, elapsedMs } = await generateBulletinAudio({ id: input.bulletin, payload: req.payload, req })
      observeAudioGeneration(elapsedMs)
      return { output: { audioBytes, audioSeconds, elapsedMs } }
    } catch (err) {
      // Nothing to retry: the bulletin moved on; its audio state says why.
      if (err instanceof AudioNoLongerWanted) return { output: { audioBytes: 0, audioSeconds: 0, elapsedMs: 0 } }
      throw err
    }
  },
}

