// Loads the sample content as the demo users would make it: written and translated by the unit's editor, then submitted and
// decided through the workflow, so authors, four-eyes approvals and the workflow-events trail are real.
import type { PayloadRequest } from 'payload'

import { createLocalReq } from 'payload'

import type { ContentCollection, WorkflowState } from '../content/vocabulary'
import type { User } from '../payload-types'
import type { WorkflowAction } from '../workflow/stateMachine'

import { lexicalFromText } from '../content/lexical'
import { performWorkflowAction, SEED_WRITE } from '../workflow/performWorkflowAction'
import { SAMPLE_ITEMS, type SampleItem, type SampleReview } from './sampleContent'

type Id = number | string
type Data = Record<string, unknown>

export type SampleContentCounts = { articles: number; briefs: number; talkingPoints: number }
export type SampleContentResult = { byState: Partial<Record<WorkflowState, number>>; created: SampleContentCounts }

const SAMPLE_COLLECTIONS = ['articles', 'talking-points', 'briefs'] as const satisfies ContentCollection[]
const COUNT_KEY = { articles: 'articles', briefs: 'briefs', 'talking-points': 'talkingPoints' } as const

export const noSampleContent = (): SampleContentResult => ({ byState: {}, created: { articles: 0, briefs: 0, talkingPoints: 0 } })

/** The sample goes only into a campaign nobody has written for yet, so a rerun (or a database in real use) gets none. */
export async function campaignHasContent(req: PayloadRequest, campaignId: Id): Promise<boolean> {
  for (const collection of SAMPLE_COLLECTIONS) {
    const { totalDocs } = await req.payload.count({ collection, overrideAccess: true, req, where: { campaign: { equals: campaignId } } })
    if (totalDocs > 0) return true
  }
  return false
}

/** Everyone who writes or decides something in the sample. */
const sampleContentPeople = (): string[] =>
  [...new Set(SAMPLE_ITEMS.flatMap((item) => [item.author, ...('reviewer' in item.review ? [item.review.reviewer] : [])]))]

/** The sample items, written into `campaignId` inside the seed's transaction (`req`); the caller checked campaignHasContent. */
export async function loadSampleContent({ campaignId, req }: { campaignId: Id; req: PayloadRequest }): Promise<SampleContentResult> {
  const people = new Map<string, User>()
  for (const email of sampleContentPeople()) {
    const { docs } = await req.payload.find({ collection: 'users', depth: 0, limit: 1, overrideAccess: true, req, where: { email: { equals: email } } })
    if (!docs[0]) throw new Error(`Sample content: the demo user ${email} is missing`)
    people.set(email, docs[0])
  }
  const result = noSampleContent()
  for (const item of SAMPLE_ITEMS) {
    await writeSampleItem({ campaignId, item, people, req })
    result.created[COUNT_KEY[item.collection]]++
    result.byState[item.review.state] = (result.byState[item.review.state] ?? 0) + 1
  }
  return result
}

/** A request made by `user` inside the seed's transaction, with a fresh context each time, like one HTTP request of theirs. */
async function actingAs(seedReq: PayloadRequest, user: User): Promise<PayloadRequest> {
  const req = await createLocalReq({ context: { [SEED_WRITE]: true }, user: { ...user, collection: 'users' } }, seedReq.payload)
  req.transactionID = seedReq.transactionID
  return req
}

async function writeSampleItem({
  campaignId,
  item,
  people,
  req,
}: {
  campaignId: Id
  item: SampleItem
  people: Map<string, User>
  req: PayloadRequest
}): Promise<void> {
  const author = people.get(item.author)!
  const { collection } = item
  // As the editor, through the same access rules and hooks as REST: the server sets author, unit and the draft state.
  const created = (await req.payload.create({
    collection,
    data: { audiences: item.audiences, campaign: campaignId, channels: item.channels, topics: item.topics, ...inVietnamese(item) } as never,
    locale: 'vi',
    overrideAccess: false,
    req: await actingAs(req, author),
  })) as unknown as Data & { id: Id }
  await req.payload.update({
    collection,
    data: inEnglish(item, created) as never,
    id: created.id,
    locale: 'en',
    overrideAccess: false,
    req: await actingAs(req, author),
  })
  for (const step of reviewSteps(item.author, item.review)) {
    const outcome = await performWorkflowAction({
      action: step.action,
      collection,
      id: created.id,
      note: step.note,
      now: new Date(step.at),
      req: await actingAs(req, people.get(step.by)!),
    })
    if (outcome.status !== 200) {
      throw new Error(`Sample content: ${step.by} could not ${step.action} ${collection} “${titleOf(item)}”: ${outcome.status} ${outcome.body.error}`)
    }
  }
}

function reviewSteps(author: string, review: SampleReview): { action: WorkflowAction; at: string; by: string; note?: string }[] {
  switch (review.state) {
    case 'draft':
      return []
    case 'in_review':
      return [{ action: 'submit', at: review.submittedAt, by: author }]
    case 'changes_requested':
      return [
        { action: 'submit', at: review.submittedAt, by: author },
        { action: 'request-changes', at: review.decidedAt, by: review.reviewer, note: review.note },
      ]
    case 'published':
      return [
        { action: 'submit', at: review.submittedAt, by: author },
        { action: 'approve', at: review.decidedAt, by: review.reviewer },
      ]
  }
}

const titleOf = (item: SampleItem): string => (item.collection === 'talking-points' ? item.headline.vi : item.title.vi)

function inVietnamese(item: SampleItem): Data {
  switch (item.collection) {
    case 'articles':
      return { body: lexicalFromText(item.body.vi), summary: item.summary.vi, title: item.title.vi }
    case 'talking-points':
      return {
        figures: item.figures.map((f) => ({ asOf: f.asOf, label: f.label.vi, sourceName: f.sourceName, unitOfMeasure: f.unitOfMeasure.vi, value: f.value })),
        headline: item.headline.vi,
        keyMessage: item.keyMessage.vi,
        supportingPoints: item.supportingPoints.map((p) => ({ point: p.vi })),
      }
    case 'briefs':
      return {
        claim: item.claim.vi,
        claimSource: { outlet: item.claimOutlet },
        distribution: item.distribution,
        evidence: item.evidence.map((e) => ({ source: e.source, statement: e.statement.vi })),
        legalReferences: item.legalReferences.map((reference) => ({ reference })),
        response: lexicalFromText(item.response.vi),
        title: item.title.vi,
      }
  }
}

/** The English translation; array rows keep their ids (and unlocalized values) so the English lands on the same rows. */
function inEnglish(item: SampleItem, created: Data): Data {
  const rows = (name: string) => (created[name] ?? []) as Data[]
  switch (item.collection) {
    case 'articles':
      return { body: lexicalFromText(item.body.en), summary: item.summary.en, title: item.title.en }
    case 'talking-points':
      return {
        figures: rows('figures').map((row, i) => ({ ...row, label: item.figures[i]!.label.en, unitOfMeasure: item.figures[i]!.unitOfMeasure.en })),
        headline: item.headline.en,
        keyMessage: item.keyMessage.en,
        supportingPoints: rows('supportingPoints').map((row, i) => ({ ...row, point: item.supportingPoints[i]!.en })),
      }
    case 'briefs':
      return {
        claim: item.claim.en,
        evidence: rows('evidence').map((row, i) => ({ ...row, statement: item.evidence[i]!.statement.en })),
        response: lexicalFromText(item.response.en),
        title: item.title.en,
      }
  }
}
