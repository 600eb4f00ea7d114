// Loads Plan 232 (campaign, units, slogans), the demo users and, with them, the sample content; idempotent, and
// all-or-nothing in one transaction.
import type { Payload, PayloadRequest } from 'payload'

import { commitTransaction, createLocalReq, initTransaction, killTransaction } from 'payload'

import type { WorkflowState } from '../content/vocabulary'

import { lexicalFromText } from '../content/lexical'
import { SEED_WRITE } from '../workflow/performWorkflowAction'
import { DEMO_USERS, type DemoUser } from './demoUsers'
import { campaignHasContent, loadSampleContent, noSampleContent, type SampleContentCounts } from './loadSampleContent'
import { PLAN_232_CAMPAIGN, PLAN_232_DISPLAY_WINDOW, PLAN_232_SLOGANS, PLAN_232_UNITS } from './plan-232'
import { SAMPLE_AUTHORS } from './sampleContent'

export type SeedCounts = SampleContentCounts & { campaigns: number; slogans: number; units: number; users: number }
/** What this run created; `sampleByState` counts the sample items by the review state they were left in. */
export type SeedResult = { created: SeedCounts; sampleByState: Partial<Record<WorkflowState, number>> }

/** Tells hooks and the workflow that this write is the seed: decisions are recorded, but nobody is emailed and no webhook is queued. */
export const SEED_CONTEXT = { [SEED_WRITE]: true } as const

type Id = number | string

export async function seedPlan232(
  payload: Payload,
  {
    demoPassword,
    sampleContent = true,
  }: {
    demoPassword: null | string
    /** With the demo users, also the sample articles, talking points and briefs; suites that count their own items say false. */
    sampleContent?: boolean
  },
): Promise<SeedResult> {
  const req = await createLocalReq({ context: { ...SEED_CONTEXT } }, payload)
  await initTransaction(req)
  try {
    let sample = noSampleContent()
    const created = { campaigns: 0, slogans: 0, units: 0, users: 0 }
    const unitIds = new Map<string, Id>()
    for (const unit of PLAN_232_UNITS) {
      const { id, isNew } = await upsertUnit(req, unit)
      unitIds.set(unit.code, id)
      if (isNew) created.units++
    }
    const campaign = await findOne(req, 'campaigns', { slug: { equals: PLAN_232_CAMPAIGN.slug } })
    const campaignId = campaign ?? (await createCampaign(req, unitIds))
    if (!campaign) created.campaigns++
    for (const slogan of PLAN_232_SLOGANS) {
      const existing = await findOne(req, 'slogans', {
        and: [{ campaign: { equals: campaignId } }, { number: { equals: slogan.number } }],
      })
      if (existing) continue
      await createSlogan(req, { campaignId, slogan, unitId: unitIds.get('VPTT')! })
      created.slogans++
    }
    if (demoPassword) {
      // Sample content only with the demo users, and only into a campaign nobody has written for yet.
      const withSample = sampleContent && !(await campaignHasContent(req, campaignId))
      for (const user of withSample ? [...DEMO_USERS, ...SAMPLE_AUTHORS] : DEMO_USERS) {
        if (await createUserIfMissing(req, { demoPassword, unitIds, user })) created.users++
      }
      if (withSample) sample = await loadSampleContent({ campaignId, req })
    }
    await commitTransaction(req)
    return { created: { ...created, ...sample.created }, sampleByState: sample.byState }
  } catch (err) {
    await killTransaction(req)
    throw err
  }
}

const STATE_WORDS: Partial<Record<WorkflowState, string>> = {
  changes_requested: 'sent back',
  draft: 'draft',
  in_review: 'in review',
  published: 'published',
}

/** One line for the logs: what the run created, e.g. "created 1 campaign(s), … sample content: 9 article(s), … (10 published, …)". */
export function describeSeed({ created, sampleByState }: SeedResult): string {
  const plan = `created ${created.campaigns} campaign(s), ${created.units} unit(s), ${created.slogans} slogan(s), ${created.users} demo user(s)`
  const items = created.articles + created.talkingPoints + created.briefs
  if (items === 0) return plan
  const states = Object.entries(sampleByState).map(([state, n]) => `${n} ${STATE_WORDS[state as WorkflowState] ?? state}`)
  return `${plan}; sample content: ${created.articles} article(s), ${created.talkingPoints} talking-points sheet(s), ${created.briefs} brief(s) (${states.join(', ')})`
}

async function createUserIfMissing(
  req: PayloadRequest,
  { demoPassword, unitIds, user }: { demoPassword: string; unitIds: Map<string, Id>; user: DemoUser },
): Promise<boolean> {
  if (await findOne(req, 'users', { email: { equals: user.email } })) return false
  await req.payload.create({
    collection: 'users',
    data: {
      email: user.email,
      name: user.name,
      password: demoPassword,
      roles: user.roles,
      unit: user.unitCode ? (unitIds.get(user.unitCode) as number) : undefined,
    },
    overrideAccess: true,
    req,
  })
  return true
}

async function findOne(
  req: PayloadRequest,
  collection: 'campaigns' | 'slogans' | 'units' | 'users',
  where: Record<string, unknown>,
): Promise<Id | null> {
  const { docs } = await req.payload.find({
    collection,
    depth: 0,
    limit: 1,
    overrideAccess: true,
    pagination: false,
    req,
    where: where as never,
  })
  return docs[0]?.id ?? null
}

async function upsertUnit(req: PayloadRequest, unit: (typeof PLAN_232_UNITS)[number]): Promise<{ id: Id; isNew: boolean }> {
  const existing = await findOne(req, 'units', { code: { equals: unit.code } })
  if (existing) return { id: existing, isNew: false }
  const doc = await req.payload.create({
    collection: 'units',
    data: { code: unit.code, duties: lexicalFromText(unit.duties.vi) as never, kind: unit.kind, name: unit.name.vi },
    locale: 'vi',
    overrideAccess: true,
    req,
  })
  await req.payload.update({
    id: doc.id,
    collection: 'units',
    data: { duties: lexicalFromText(unit.duties.en) as never, name: unit.name.en },
    locale: 'en',
    overrideAccess: true,
    req,
  })
  return { id: doc.id, isNew: true }
}

async function createCampaign(req: PayloadRequest, unitIds: Map<string, Id>): Promise<Id> {
  const c = PLAN_232_CAMPAIGN
  const doc = await req.payload.create({
    collection: 'campaigns',
    data: {
      assignments: PLAN_232_UNITS.map((unit) => ({ duty: unit.duties.vi, unit: unitIds.get(unit.code) as number })),
      endsAt: c.endsAt,
      reportDueAt: c.reportDueAt,
      slug: c.slug,
      startsAt: c.startsAt,
      status: 'closed',
      summary: c.summary.vi,
      title: c.title.vi,
    },
    locale: 'vi',
    overrideAccess: true,
    req,
  })
  await req.payload.update({
    id: doc.id,
    collection: 'campaigns',
    data: {
      assignments: (doc.assignments ?? []).map((row, i) => ({ ...row, duty: PLAN_232_UNITS[i]!.duties.en })),
      summary: c.summary.en,
      title: c.title.en,
    },
    locale: 'en',
    overrideAccess: true,
    req,
  })
  return doc.id
}

/** The slogans are the plan itself, so they are seeded as published by the steering committee's standing office. */
async function createSlogan(
  req: PayloadRequest,
  { campaignId, slogan, unitId }: { campaignId: Id; slogan: (typeof PLAN_232_SLOGANS)[number]; unitId: Id },
): Promise<void> {
  const doc = await req.payload.create({
    collection: 'slogans',
    data: {
      _status: 'published',
      audiences: ['public'],
      campaign: campaignId as number,
      channels: ['newspaper', 'television', 'radio', 'loudspeaker', 'web'],
      displayFrom: PLAN_232_DISPLAY_WINDOW.from,
      displayUntil: PLAN_232_DISPLAY_WINDOW.until,
      formats: ['pano', 'poster', 'banner'],
      number: slogan.number,
      text: slogan.text.vi,
      unit: unitId as number,
      workflowStatus: 'published',
    },
    locale: 'vi',
    overrideAccess: true,
    req,
  })
  await req.payload.update({
    id: doc.id,
    collection: 'slogans',
    data: { _status: 'published', text: slogan.text.en },
    locale: 'en',
    overrideAccess: true,
    req,
  })
}
