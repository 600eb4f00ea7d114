// Turns grouped counts of a campaign's items into the steering committee's progress report; pure, no Payload import.
import {
  CHANNELS,
  CONTENT_COLLECTIONS,
  WORKFLOW_STATES,
  type Channel,
  type ContentCollection,
  type WorkflowState,
} from '../content/vocabulary'

type Id = number | string

/** One group of items from the database: a unit's items of one type in one workflow state. */
export type StateCount = { collection: ContentCollection; unit: Id | null; state: string; count: number; lastAt: string | null }
/** A unit's published items of one type carried by one channel. */
export type ChannelCount = { collection: ContentCollection; unit: Id | null; channel: string; count: number }
/** The latest workflow decision on any of a unit's items. */
export type UnitActivity = { unit: Id | null; lastAt: string | null }
/** An outlet that received at least one of the unit's items. */
export type OutletReach = { unit: Id | null; outlet: Id }

export type CampaignCounts = {
  states: StateCount[]
  channels: ChannelCount[]
  events: UnitActivity[]
  /** `null` when deliveries are not tracked (no deliveries collection). */
  outlets: OutletReach[] | null
}

export type ReportAssignment = { unit: { id: Id; code: string; name: string }; duty: string }

export type ReportCampaign = {
  id: Id
  slug: string
  title: string
  startsAt: string | null
  endsAt: string | null
  reportDueAt: string | null
  assignments: ReportAssignment[]
}

export type DeadlineFlag = 'deadline-near' | 'overdue'

type Tally<K extends string> = Record<K, number>

export type UnitProgress = {
  unit: { id: Id; code: string; name: string }
  duty: string
  items: number
  byType: Tally<ContentCollection>
  byState: Tally<WorkflowState>
  byTypeAndState: Record<ContentCollection, Tally<WorkflowState>>
  published: number
  publishedByChannel: Tally<Channel>
  outletsReached: number | null
  lastActivityAt: string | null
  /** Set when the unit has published nothing and the report is due within a week, or overdue. */
  flag: DeadlineFlag | null
}

export type CampaignReport = {
  campaign: Omit<ReportCampaign, 'assignments'>
  asOf: string
  /** Whole days until the report is due, rounded up; negative once it is past; null without a due date. */
  daysLeft: number | null
  units: UnitProgress[]
  totals: Omit<UnitProgress, 'unit' | 'duty' | 'flag'> & { flagged: number }
}

/** How close to the due date a unit with nothing published gets flagged. */
export const DEADLINE_WARNING_DAYS = 7
const DAY_MS = 86_400_000

const tally = <K extends string>(keys: readonly K[]): Tally<K> => Object.fromEntries(keys.map((k) => [k, 0])) as Tally<K>
const typeStateTally = () =>
  Object.fromEntries(CONTENT_COLLECTIONS.map((c) => [c, tally(WORKFLOW_STATES)])) as Record<ContentCollection, Tally<WorkflowState>>
// Stryker disable next-line EqualityOperator: for equal times a and b are the same string
const later = (a: string | null, b: string | null): string | null => (!a ? b : !b ? a : a > b ? a : b)
// Stryker disable next-line ConditionalExpression,StringLiteral: ids are numbers or numeric strings, never '' or 'null', so a unit-less count matches no row either way
const key = (id: Id | null) => (id === null ? '' : String(id))
const isState = (s: string): s is WorkflowState => (WORKFLOW_STATES as readonly string[]).includes(s)
const isChannel = (c: string): c is Channel => (CHANNELS as readonly string[]).includes(c)

export function daysUntil({ due, now }: { due: string | null; now: Date }): number | null {
  if (!due) return null
  return Math.ceil((new Date(due).getTime() - now.getTime()) / DAY_MS)
}

export function deadlineFlag({ published, daysLeft }: { published: number; daysLeft: number | null }): DeadlineFlag | null {
  if (published > 0 || daysLeft === null) return null
  if (daysLeft <= 0) return 'overdue'
  return daysLeft <= DEADLINE_WARNING_DAYS ? 'deadline-near' : null
}

/** The zero counts a unit's row and the campaign totals both start from. */
const zeroCounts = () => ({
  items: 0,
  byType: tally(CONTENT_COLLECTIONS),
  byState: tally(WORKFLOW_STATES),
  byTypeAndState: typeStateTally(),
  published: 0,
  publishedByChannel: tally(CHANNELS),
})

function emptyProgress(assignment: ReportAssignment, outletsTracked: boolean): UnitProgress {
  return {
    ...assignment,
    ...zeroCounts(),
    outletsReached: outletsTracked ? 0 : null,
    lastActivityAt: null,
    flag: null,
  }
}

/**
 * The report for the assigned units in `visibleUnits` (all when omitted), in the order of the campaign's
 * assignments. Totals add up the rows shown, so an editor's report never reveals other units' figures.
 */
export function buildCampaignReport({
  campaign,
  counts,
  now,
  visibleUnits,
}: {
  campaign: ReportCampaign
  counts: CampaignCounts
  now: Date
  visibleUnits?: Id[]
}): CampaignReport {
  const visible = visibleUnits ? new Set(visibleUnits.map(key)) : null
  const outletsTracked = counts.outlets !== null
  const rows = new Map<string, UnitProgress>()
  for (const assignment of campaign.assignments) {
    const id = key(assignment.unit.id)
    if (rows.has(id) || (visible && !visible.has(id))) continue
    rows.set(id, emptyProgress(assignment, outletsTracked))
  }

  for (const group of counts.states) {
    const row = rows.get(key(group.unit))
    if (!row || !isState(group.state)) continue
    row.items += group.count
    row.byType[group.collection] += group.count
    row.byState[group.state] += group.count
    row.byTypeAndState[group.collection][group.state] += group.count
    row.lastActivityAt = later(row.lastActivityAt, group.lastAt)
  }
  for (const group of counts.channels) {
    const row = rows.get(key(group.unit))
    if (row && isChannel(group.channel)) row.publishedByChannel[group.channel] += group.count
  }
  for (const activity of counts.events) {
    const row = rows.get(key(activity.unit))
    if (row) row.lastActivityAt = later(row.lastActivityAt, activity.lastAt)
  }
  const outletsByUnit = new Map<string, Set<string>>()
  // Stryker disable next-line ArrayDeclaration: without deliveries every outletsReached is null, whatever this loop collects
  for (const reach of counts.outlets ?? []) {
    const id = key(reach.unit)
    if (!rows.has(id)) continue
    if (!outletsByUnit.has(id)) outletsByUnit.set(id, new Set())
    outletsByUnit.get(id)!.add(String(reach.outlet))
  }

  const daysLeft = daysUntil({ due: campaign.reportDueAt, now })
  const units = [...rows.entries()].map(([id, row]) => {
    const published = row.byState.published
    return {
      ...row,
      published,
      outletsReached: outletsTracked ? (outletsByUnit.get(id)?.size ?? 0) : null,
      flag: deadlineFlag({ published, daysLeft }),
    }
  })

  const totals: CampaignReport['totals'] = {
    ...zeroCounts(),
    // An outlet reached by two units counts once.
    outletsReached: outletsTracked ? new Set([...outletsByUnit.values()].flatMap((set) => [...set])).size : null,
    lastActivityAt: null,
    flagged: 0,
  }
  for (const row of units) {
    totals.items += row.items
    totals.published += row.published
    for (const c of CONTENT_COLLECTIONS) {
      totals.byType[c] += row.byType[c]
      for (const s of WORKFLOW_STATES) totals.byTypeAndState[c][s] += row.byTypeAndState[c][s]
    }
    for (const s of WORKFLOW_STATES) totals.byState[s] += row.byState[s]
    for (const ch of CHANNELS) totals.publishedByChannel[ch] += row.publishedByChannel[ch]
    totals.lastActivityAt = later(totals.lastActivityAt, row.lastActivityAt)
    if (row.flag) totals.flagged++
  }

  const { assignments: _assignments, ...summary } = campaign
  return { campaign: summary, asOf: now.toISOString(), daysLeft, units, totals }
}
