// Plans a loudspeaker bulletin: which slot comes next, which published items go in and in what order, and the script read aloud.
import type { BroadcastPriority } from '../content/vocabulary'

import { BROADCAST_PRIORITIES } from '../content/vocabulary'

/** Vietnam (Indochina Time) is UTC+7 all year, with no daylight saving. */
export const VIETNAM_OFFSET_MINUTES = 7 * 60
const MINUTE_MS = 60_000
const DAY_MS = 24 * 60 * MINUTE_MS
const SLOT = /^([01]\d|2[0-3]):([0-5]\d)$/

export type BulletinSlot = {
  /** The day in Vietnam, `YYYY-MM-DD`. */
  date: string
  /** `HH:MM`, Vietnam time. */
  slot: string
  airsAt: Date
}

export type BulletinCandidate = {
  /** `collection:id`, the same key whichever bulletin mentions the item. */
  key: string
  priority: BroadcastPriority
  /** When the item went live (its embargo end, or its approval). */
  liveAt: string
  /** Read-aloud time of the item's part of the script. */
  seconds: number
}

export const isSlot = (value: string): boolean => SLOT.test(value)

export const priorityRank = (priority: BroadcastPriority): number => BROADCAST_PRIORITIES.indexOf(priority)

/** The highest of the priorities; `normal` for none. */
export const highestPriority = (priorities: BroadcastPriority[]): BroadcastPriority =>
  BROADCAST_PRIORITIES[Math.max(0, ...priorities.map(priorityRank))]

/** The instant a slot airs: `2023-12-10` at `06:00` Vietnam time is 2023-12-09T23:00Z. */
export function slotTime({ date, slot }: { date: string; slot: string }): Date {
  const match = SLOT.exec(slot)
  if (!match || !/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new RangeError(`Not a bulletin slot: ${date} ${slot}`)
  const midnightUtc = Date.parse(`${date}T00:00:00Z`)
  return new Date(midnightUtc + (Number(match[1]) * 60 + Number(match[2]) - VIETNAM_OFFSET_MINUTES) * MINUTE_MS)
}

/** The first daily slot strictly after `now` (today's later slots, else tomorrow's first). */
export function nextSlot({ now, slots }: { now: Date; slots: string[] }): BulletinSlot {
  const daily = [...new Set(slots.filter(isSlot))].sort()
  if (daily.length === 0) throw new RangeError('No daily bulletin slots are set')
  const vietnamNow = new Date(now.getTime() + VIETNAM_OFFSET_MINUTES * MINUTE_MS)
  for (const dayOffset of [0, 1]) {
    const date = new Date(vietnamNow.getTime() + dayOffset * DAY_MS).toISOString().slice(0, 10)
    for (const slot of daily) {
      const airsAt = slotTime({ date, slot })
      if (airsAt.getTime() > now.getTime()) return { airsAt, date, slot }
    }
  }
  // Stryker disable next-line StringLiteral: unreachable, tomorrow's first slot is always after now, so no test sees this message
  throw new Error('unreachable: tomorrow always has a slot')
}

/**
 * The items of the next bulletin: those live after `since` and not already in the last bulletin, highest priority
 * first (then oldest first, so nothing waits twice), each taken if it still fits in `maxSeconds` with `reservedSeconds`
 * (intro and outro) already counted. An item too long for what is left is skipped, and shorter ones after it may fit.
 */
export function selectBulletinItems({
  alreadyBroadcast,
  candidates,
  maxSeconds,
  reservedSeconds = 0,
  since,
}: {
  alreadyBroadcast?: string[]
  candidates: BulletinCandidate[]
  maxSeconds: number
  reservedSeconds?: number
  since?: null | string
}): { chosen: BulletinCandidate[]; left: BulletinCandidate[]; seconds: number } {
  const cutoff = since ? Date.parse(since) : Number.NEGATIVE_INFINITY
  // `new Set(undefined)` is empty, so an absent list needs no default.
  const done = new Set(alreadyBroadcast)
  const seen = new Set<string>()
  const fresh = candidates.filter((c) => {
    if (done.has(c.key) || seen.has(c.key) || !(Date.parse(c.liveAt) > cutoff)) return false
    seen.add(c.key)
    return true
  })
  const ordered = fresh.sort(
    (a, b) => priorityRank(b.priority) - priorityRank(a.priority) || Date.parse(a.liveAt) - Date.parse(b.liveAt) || a.key.localeCompare(b.key),
  )
  const chosen: BulletinCandidate[] = []
  const left: BulletinCandidate[] = []
  let seconds = reservedSeconds
  for (const candidate of ordered) {
    if (seconds + candidate.seconds <= maxSeconds) {
      chosen.push(candidate)
      seconds += candidate.seconds
    } else {
      left.push(candidate)
    }
  }
  return { chosen, left, seconds }
}

/** The text read on air: intro, each item's spoken text, outro, as paragraphs. */
export function buildBulletinScript({ intro, items, outro }: { intro?: null | string; items: string[]; outro?: null | string }): string {
  return [intro, ...items, outro]
    .map((part) => (part ?? '').replace(/\r\n?/g, '\n').replace(/\n{3,}/g, '\n\n').trim())
    .filter(Boolean)
    .join('\n\n')
}

const PRIORITY_TITLES: Record<BroadcastPriority, string> = { emergency: 'Bản tin khẩn cấp', normal: 'Bản tin', priority: 'Bản tin ưu tiên' }

/** "Bản tin 17:00 ngày 10/12/2023", as the admin lists it. */
export function bulletinTitle({ date, priority, slot }: { date: string; priority: BroadcastPriority; slot: string }): string {
  const [year, month, day] = date.slice(0, 10).split('-')
  return `${PRIORITY_TITLES[priority]} ${slot} ngày ${day}/${month}/${year}`
}

/** The day in Vietnam of an instant or date value, `YYYY-MM-DD` (Payload stores a day-only date as midnight UTC-ish ISO). */
export function vietnamDay(value: Date | string): string {
  return new Date(new Date(value).getTime() + VIETNAM_OFFSET_MINUTES * MINUTE_MS).toISOString().slice(0, 10)
}
