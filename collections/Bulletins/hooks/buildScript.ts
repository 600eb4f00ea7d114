// Rebuilds a bulletin's script, read-aloud time, air time and title from its intro, items and outro whenever a person edits it.
import type { CollectionBeforeChangeHook } from 'payload'

import { ValidationError } from 'payload'

import { USER_EDIT } from '../../../hooks/markUserWrite'
import { buildBulletinScript, bulletinTitle, slotTime, vietnamDay } from '../../../src/audio/bulletinAssembly'
import { AUDIO_WRITE, idOfRelation } from '../../../src/audio/bulletinAudio'
import { loadBroadcastSettings } from '../../../src/audio/broadcastSettings'
import { type BulletinItemRef, itemKey, spokenItems } from '../../../src/audio/bulletinSources'
import type { BroadcastPriority } from '../../../src/content/vocabulary'
import { readAloudSeconds } from '../../../src/feeds/readAloud'

// Workflow writes (approve, publish) keep the script that was reviewed, even if an item has since expired.
export const buildScript: CollectionBeforeChangeHook = async ({ data, operation, originalDoc, req }) => {
  if (req.context?.[AUDIO_WRITE] || (operation !== 'create' && !req.context?.[USER_EDIT])) return data
  const merged = { ...originalDoc, ...data } as Record<string, unknown>
  const settings = await loadBroadcastSettings({ payload: req.payload, req })
  const refs = (merged.items ?? []) as BulletinItemRef[]
  const items = await spokenItems({ payload: req.payload, refs, req, syllablesPerMinute: settings.syllablesPerMinute })
  if (items.length < refs.length) {
    const live = new Set(items.map((item) => item.key))
    const missing = refs.map(itemKey).filter((key) => !live.has(key))
    throw new ValidationError({
      collection: 'bulletins',
      errors: [{ message: `Chỉ tin bài đã đăng trên kênh loa / Only live loudspeaker items: ${missing.join(', ')}`, path: 'items' }],
      req,
    })
  }
  const script = buildBulletinScript({ intro: merged.intro as string, items: items.map((item) => item.text), outro: merged.outro as string })
  data.script = script
  data.readAloudSeconds = readAloudSeconds(script, settings.syllablesPerMinute)
  data.channels = ['loudspeaker']
  if (typeof merged.date === 'string' && typeof merged.slot === 'string') {
    const date = vietnamDay(merged.date)
    data.airsAt = slotTime({ date, slot: merged.slot }).toISOString()
    data.title = bulletinTitle({ date, priority: (merged.priority ?? 'normal') as BroadcastPriority, slot: merged.slot })
  }
  // A synthetic reading of an older script no longer matches; a human recording is the editor's to judge.
  if (merged.audioSource === 'synthetic' && idOfRelation(merged.audio as never) !== null && merged.audioScript !== script) data.audioStatus = 'stale'
  return data
}
