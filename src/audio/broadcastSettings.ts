// Reads the broadcast-settings global once per job or request, with the defaults an empty global stands for.
import type { Payload, PayloadRequest } from 'payload'

import type { BulletinVoice } from './synthesize'

import { SYLLABLES_PER_MINUTE } from '../feeds/readAloud'
import { DEFAULT_ABBREVIATIONS } from './speechText'

export type BroadcastSettingsValues = {
  abbreviations: Record<string, string>
  assembleMinutesBefore: number
  intro: string
  maxSeconds: number
  outro: string
  slots: string[]
  syllablesPerMinute: number
  unit: null | number | string
  voice: BulletinVoice
}

type Stored = {
  abbreviations?: null | { abbreviation?: null | string; expansion?: null | string }[]
  assembleMinutesBefore?: null | number
  intro?: null | string
  maxSeconds?: null | number
  outro?: null | string
  slots?: null | { time?: null | string }[]
  syllablesPerMinute?: null | number
  unit?: null | number | string | { id: number | string }
  voice?: null | string
}

/** Stored settings with defaults filled in; extra abbreviations are merged over DEFAULT_ABBREVIATIONS. */
export function broadcastSettingsFrom(stored: Stored): BroadcastSettingsValues {
  const extra = Object.fromEntries(
    (stored.abbreviations ?? []).filter((a) => a.abbreviation?.trim() && a.expansion?.trim()).map((a) => [a.abbreviation!.trim(), a.expansion!.trim()]),
  )
  const slots = (stored.slots ?? []).map((s) => s.time ?? '').filter(Boolean)
  return {
    abbreviations: { ...DEFAULT_ABBREVIATIONS, ...extra },
    assembleMinutesBefore: stored.assembleMinutesBefore ?? 120,
    intro: stored.intro ?? '',
    maxSeconds: stored.maxSeconds ?? 900,
    outro: stored.outro ?? '',
    slots: slots.length ? slots : ['06:00', '17:00'],
    syllablesPerMinute: stored.syllablesPerMinute ?? SYLLABLES_PER_MINUTE,
    unit: stored.unit && typeof stored.unit === 'object' ? stored.unit.id : (stored.unit ?? null),
    voice: stored.voice === 'vi-vn-x-central' ? 'vi-vn-x-central' : 'vi',
  }
}

export async function loadBroadcastSettings({ payload, req }: { payload: Payload; req?: PayloadRequest }): Promise<BroadcastSettingsValues> {
  const stored = await payload.findGlobal({ depth: 0, overrideAccess: true, req, slug: 'broadcast-settings' })
  return broadcastSettingsFrom(stored as unknown as Stored)
}
