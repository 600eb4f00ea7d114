// Loads Plan 232 (campaign, units, slogans) and the demo users; idempotent, and all-or-nothing in one transaction.
import type { Payload, PayloadRequest } from 'payload'

import { commitTransaction, createLocalReq, initTransaction, killTransaction } from 'payload'

import { lexicalFromText } from '../content/lexical'
import { DEMO_USERS } from './demoUsers'
import { PLAN_232_CAMPAIGN, PLAN_232_DISPLAY_WINDOW, PLAN_232_SLOGANS, PLAN_232_UNITS } from './plan-232'

export type SeedCounts = { campaigns: number; slogans: number; units: number; users: number }
export type SeedResult = { created: SeedCounts }

/** Tells hooks that this write is the seed, not a person (no notifications, no workflow events). */
export const SEED_CONTEXT = { isSeed: true } as const

type Id = number | string

export async function seedPlan232(payload: Payload, { demoPassword }: { demoPassword: null | string }): Promise<SeedResult> {
  const req = await createLocalReq({ context: { ...SEED_CONTEXT } }, payload)
  await initTransaction(req)
  try {
    const created: SeedCounts = { campaigns: 0, slogans: 0, units: 0, users: 0 }
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
      for (const user of DEMO_USERS) {
        if (await findOne(req, 'users', { email: { equals: user.email } })) continue
        await payload.create({
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
        created.users++
      }
    }
    await commitTransaction(req)
    return { created }
  } catch (err) {
    await killTransaction(req)
    throw err
  }
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
