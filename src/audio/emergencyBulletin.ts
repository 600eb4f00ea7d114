// Emergency loudspeaker items are played at once, not in the next daily slot: the moment one goes live, an
// out-of-slot bulletin carrying it is made, its audio queued, and it goes straight to the reviewers.
import type { Payload, PayloadRequest, TaskConfig } from 'payload'

import type { ContentCollection } from '../content/vocabulary'

import { WORKFLOW_WRITE } from '../../hooks/markUserWrite'
import { notifyAfterDecision } from '../workflow/notify'
import { VIETNAM_OFFSET_MINUTES } from './bulletinAssembly'
import { BULLETINS_QUEUE, GENERATE_BULLETIN_AUDIO_TASK } from './bulletinAudio'
import { itemKey, spokenItems } from './bulletinSources'
import { loadBroadcastSettings } from './broadcastSettings'

type Id = number | string
type LiveItem = { channels?: null | string[]; id: Id; priority?: null | string }

export const ASSEMBLE_EMERGENCY_BULLETIN_TASK = 'assembleEmergencyBulletin' as const

/** An item that, once live, must be read on the loudspeakers at once. */
export const isEmergencyBroadcast = (collection: string, item: LiveItem): boolean =>
  collection !== 'bulletins' && item.priority === 'emergency' && (item.channels ?? []).includes('loudspeaker')

/** The Vietnam day and minute of an instant, as a bulletin's date and slot: `2023-12-10`, `14:07`. */
export function vietnamDateAndSlot(now: Date): { date: string; slot: string } {
  const local = new Date(now.getTime() + VIETNAM_OFFSET_MINUTES * 60_000).toISOString()
  return { date: local.slice(0, 10), slot: local.slice(11, 16) }
}

/**
 * Called where an item goes live (approval without embargo, or its embargo ending), in that transaction: queues the
 * emergency bulletin job, so a failed publication queues nothing and a committed one cannot lose its broadcast.
 */
export async function queueEmergencyBulletin({ collection, item, req }: { collection: string; item: LiveItem; req: PayloadRequest }): Promise<boolean> {
  if (!isEmergencyBroadcast(collection, item)) return false
  await req.payload.jobs.queue({ input: { collection, id: String(item.id) }, queue: BULLETINS_QUEUE, req, task: ASSEMBLE_EMERGENCY_BULLETIN_TASK })
  return true
}

export type EmergencyOutcome = { bulletin: Id; result: 'created' } | { bulletin: Id; result: 'exists' } | { result: 'not-live' }

/** The system, as the actor of the automatic submission (never a person, so every reviewer may approve). */
const SYSTEM = { id: 'system', roles: [] }

/**
 * Makes the out-of-slot emergency bulletin for one live item: in review at once (the item itself was approved; the
 * bulletin still needs a reviewer before it reaches a loudspeaker), audio queued, reviewers told. Idempotent per item.
 */
export async function assembleEmergencyBulletin({
  collection,
  id,
  now = new Date(),
  payload,
  req,
}: {
  collection: ContentCollection
  id: Id
  now?: Date
  payload: Payload
  req?: PayloadRequest
}): Promise<EmergencyOutcome> {
  const key = itemKey({ relationTo: collection, value: id })
  const { docs: earlier } = await payload.find({
    collection: 'bulletins',
    depth: 0,
    draft: true,
    limit: 50,
    overrideAccess: true,
    pagination: false,
    req,
    select: { items: true },
    sort: '-createdAt',
    where: { outOfSlot: { equals: true } },
  })
  const carrying = earlier.find((b) => ((b as { items?: null | { relationTo: string; value: Id | { id: Id } }[] }).items ?? []).some((ref) => itemKey(ref) === key))
  if (carrying) return { bulletin: carrying.id, result: 'exists' }

  const settings = await loadBroadcastSettings({ payload, req })
  const [spoken] = await spokenItems({ now, payload, refs: [{ relationTo: collection, value: id }], req, syllablesPerMinute: settings.syllablesPerMinute })
  if (!spoken) return { result: 'not-live' }
  const { date, slot } = vietnamDateAndSlot(now)
  const bulletin = await payload.create({
    collection: 'bulletins',
    context: { [WORKFLOW_WRITE]: true },
    data: {
      _status: 'draft',
      assembledAt: now.toISOString(),
      audiences: ['public'],
      audioStatus: 'queued',
      channels: ['loudspeaker'],
      date: `${date}T00:00:00.000+07:00`,
      intro: settings.intro,
      items: [spoken.ref],
      outOfSlot: true,
      outro: settings.outro,
      priority: 'emergency',
      slot,
      ...(settings.unit !== null ? { unit: settings.unit } : {}),
      workflowStatus: 'in_review',
    } as never,
    depth: 0,
    draft: true,
    overrideAccess: true,
    req,
  })
  await payload.jobs.queue({ input: { bulletin: String(bulletin.id) }, queue: BULLETINS_QUEUE, req, task: GENERATE_BULLETIN_AUDIO_TASK })
  payload.logger.warn({ msg: `Emergency bulletin ${bulletin.id} for ${key} (“${spoken.title}”) is waiting for a reviewer` })
  await notifyAfterDecision({ action: 'submit', actor: SYSTEM, collection: 'bulletins' as ContentCollection, item: bulletin as never, payload, to: 'in_review' })
  return { bulletin: bulletin.id, result: 'created' }
}

export const assembleEmergencyBulletinTask: TaskConfig<{ input: { collection: string; id: string }; output: { result: string } }> = {
  slug: ASSEMBLE_EMERGENCY_BULLETIN_TASK,
  label: 'Soạn bản tin loa khẩn cấp / Assemble an emergency loudspeaker bulletin',
  inputSchema: [
    { name: 'collection', type: 'text', required: true },
    { name: 'id', type: 'text', required: true },
  ],
  outputSchema: [{ name: 'result', type: 'text' }],
  retries: 3,
  handler: async ({ input, req }) => {
    const outcome = await assembleEmergencyBulletin({ collection: input.collection as ContentCollection, id: input.id, payload: req.payload, req })
    return { output: { result: JSON.stringify(outcome) } }
  },
}
