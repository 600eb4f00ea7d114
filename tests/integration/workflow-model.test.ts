// Model-based test of the approval promise (fast-check commands): random sequences of writes, restores, media changes,
// decisions and concurrent pairs of decisions by the demo users against a real Payload over HTTP, on SQLite or
// PostgreSQL (TEST_DATABASE_URL). After every step the invariants are checked against the database and as an
// anonymous reader:
//   (1) the live version's approver is not among that version's writers (restorers and media changers included);
//   (2) workflowStatus equals the `to` of the item's last event (a live item's correction draft follows 'published');
//   (3) anonymous readers see only published, public items and their media, and never review data;
//   (4) every publication, correction and withdrawal queued exactly one delivery per eligible (or holding) outlet;
//   (5) every decision on record is one the state machine allows.
// Runs: FUZZ_RUNS (200 by default), seed FUZZ_SEED (fixed); `npm run fuzz:workflow -- --runs N` for longer runs.
// A failing case prints its shrunk command sequence.
import type { Payload } from 'payload'

import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { WorkflowState } from '../../src/content/vocabulary'
import { expandFanouts } from '../../src/delivery/expandFanouts'

import { transition, type WorkflowAction } from '../../src/workflow/stateMachine'
import { api } from '../helpers/api'
import { type Doc, type Person, startWorkflowWorld, type WorkflowWorld } from '../helpers/workflow'

type Id = number | string
type Who = 'anonymous' | Person
type Audience = 'press' | 'public'
type Outlet = 'press' | 'public'

const RUNS = Number(process.env.FUZZ_RUNS ?? 200)
const SEED = Number(process.env.FUZZ_SEED ?? 20_231_210)
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64')

/** The demo users as the model knows them: roles and unit (admin and reviewer work across units). */
const PEOPLE: Record<Person, { canEdit: boolean; canReview: boolean; unit: null | string }> = {
  admin: { canEdit: true, canReview: true, unit: null },
  chief: { canEdit: true, canReview: true, unit: 'VPTT' },
  editor: { canEdit: true, canReview: false, unit: 'STTTT' },
  editor2: { canEdit: true, canReview: false, unit: 'CA' },
  reviewer: { canEdit: false, canReview: true, unit: null },
}
const WRITERS: Who[] = ['admin', 'chief', 'editor', 'editor2', 'reviewer', 'anonymous']

type ModelItem = {
  audience: Audience
  author: Person
  deliveries: Record<string, number> // `${event} ${outlet}` → count
  events: number
  hero: null | number // index into media
  holders: Outlet[]
  id: Id
  isLive: boolean
  /** Everyone who wrote any text or picture of the pending version (writers accumulate; a withdrawal drops a pending correction's). */
  writers: Person[]
  liveHero: null | number
  /** The writers of the live version, as they were when it was approved. */
  liveWriters: Person[]
  liveTitle: null | string
  state: WorkflowState
  title: string
  unit: null | string
  approver: null | Person
}
type ModelMedia = { id: Id; unit: null | string; url: string; writers: Person[] }
type Model = { items: ModelItem[]; media: ModelMedia[] }
type Real = { log: string[] }

let w: WorkflowWorld
let payload: Payload
const userIds: Record<Person, Id> = {} as never

const mayEdit = (who: Who, item: { unit: null | string }) =>
  who !== 'anonymous' && PEOPLE[who].canEdit && (who === 'admin' || PEOPLE[who].unit === item.unit)
const mayWriteMedia = mayEdit
const eligible = (audience: Audience): Outlet[] => (audience === 'public' ? ['press', 'public'] : ['press'])
const count = (item: ModelItem, event: string, outlets: Outlet[]) => {
  for (const outlet of outlets) item.deliveries[`${event} ${outlet}`] = (item.deliveries[`${event} ${outlet}`] ?? 0) + 1
}
const union = (a: Person[], b: Person[]) => [...new Set([...a, ...b])]
const token = (who: Who) => (who === 'anonymous' ? undefined : w.tokens[who])

/** How media is used by the model's items, strictest first (see src/workflow/writeRules.ts). */
function mediaUse(model: Model, index: number): 'draft' | 'live' | 'none' | 'review' {
  let use: 'draft' | 'live' | 'none' | 'review' = 'none'
  for (const item of model.items) {
    if (item.isLive && item.liveHero === index) return 'live'
    if (item.hero !== index) continue
    if (item.state === 'published') return 'live'
    if (item.state === 'in_review' || item.state === 'scheduled') use = 'review'
    else if (use === 'none') use = 'draft'
  }
  return use
}

// --- The model's decisions: what the rules say should happen -------------------------------------------------

type Decision = { action: WorkflowAction; who: Who }

/** Applies a decision to the model; returns the status the server must answer. */
function decide(model: Model, item: ModelItem, { action, who }: Decision, embargo = false): number {
  if (who === 'anonymous') return 401
  const person = PEOPLE[who]
  // Admins and reviewers of every unit (chief@ too: he reviews every unit) read everything; editors their unit and what is live.
  const readable = person.canReview || person.unit === item.unit || item.isLive
  if (!readable) return 404
  const from: WorkflowState = action === 'withdraw' && item.isLive ? 'published' : item.state
  if (action === 'submit' ? !mayEdit(who, item) : !person.canReview) return 403
  if (action === 'approve' && (item.author === who || item.writers.includes(who))) return 403
  const next = transition({ action, from, now: new Date(), publishAt: embargo ? new Date(Date.now() + 86_400_000) : null })
  if (!next.ok) return 409
  item.events++
  switch (next.to) {
    case 'published':
      count(item, item.isLive ? 'item.corrected' : 'item.published', item.isLive ? item.holders : eligible(item.audience))
      if (!item.isLive) item.holders = eligible(item.audience)
      Object.assign(item, { approver: who, isLive: true, liveHero: item.hero, liveTitle: item.title, liveWriters: [...item.writers], state: 'published' })
      break
    case 'scheduled':
      item.state = 'scheduled'
      break
    case 'withdrawn':
      if (item.isLive) {
        count(item, 'item.withdrawn', item.holders)
        // The live text comes back as the latest: a pending correction is dropped with the item, and its writers with it.
        Object.assign(item, { hero: item.liveHero, title: item.liveTitle, writers: [...item.liveWriters] })
      }
      Object.assign(item, { holders: [], isLive: false, state: 'withdrawn' })
      break
    default:
      item.state = next.to
  }
  return 200
}

// --- Commands ------------------------------------------------------------------------------------------------

const pick = <T>(list: T[], index: number): T | undefined => (list.length ? list[index % list.length] : undefined)

class CreateItem implements fc.AsyncCommand<Model, Real> {
  constructor(readonly who: Who, readonly audience: Audience) {}
  check = (m: Readonly<Model>) => m.items.length < 4
  async run(m: Model) {
    const title = `Mô hình ${Math.random().toString(36).slice(2, 10)}`
    // An admin has no unit of their own: they write for the police (CA), so editor2@ may edit it too.
    const forUnit = this.who === 'admin' ? { unit: unitIds.CA } : {}
    const res = await api<{ doc: Doc }>(w.server.url, '/api/articles', { body: w.complete('articles', { audiences: [this.audience], channels: ['web'], title, ...forUnit }), token: token(this.who) })
    const allowed = this.who !== 'anonymous' && PEOPLE[this.who].canEdit
    expect(res.status, `create by ${this.who}`).toBe(allowed ? 201 : this.who === 'anonymous' ? 403 : 403)
    if (!allowed) return
    const who = this.who as Person
    m.items.push({
      approver: null, audience: this.audience, author: who, deliveries: {}, events: 0, hero: null, holders: [], id: res.body.doc.id,
      isLive: false, liveHero: null, liveTitle: null, liveWriters: [], state: 'draft', title, unit: who === 'admin' ? 'CA' : PEOPLE[who].unit, writers: [who],
    })
  }
  toString = () => `create(${this.who}, ${this.audience})`
}

class EditItem implements fc.AsyncCommand<Model, Real> {
  constructor(readonly who: Who, readonly index: number, readonly media: null | number) {}
  check = (m: Readonly<Model>) => m.items.length > 0
  async run(m: Model) {
    const item = pick(m.items, this.index)!
    const media = this.media === null ? null : pick(m.media, this.media)
    const mediaIndex = media ? m.media.indexOf(media) : null
    const title = `Sửa ${Math.random().toString(36).slice(2, 10)}`
    const body: Record<string, unknown> = { title }
    if (media) body.heroImage = media.id
    const res = await api(w.server.url, `/api/articles/${item.id}`, { body, method: 'PATCH', token: token(this.who) })
    const editable = item.state === 'draft' || item.state === 'changes_requested' || item.state === 'published'
    // Media of another unit that no live item shows is not readable to the writer, so it cannot be attached.
    const mediaReadable = !media || (this.who !== 'anonymous' && (PEOPLE[this.who].canReview || media.unit === PEOPLE[this.who].unit || mediaUse(m, mediaIndex!) === 'live'))
    const allowed = mayEdit(this.who, item) && editable
    if (!allowed || !mediaReadable) {
      expect(res.status, `edit by ${this.who} of ${item.state} item`).toBeGreaterThanOrEqual(400)
      expect(res.status).toBeLessThan(500)
      return
    }
    expect(res.status, `edit by ${this.who} of ${item.state} item: ${JSON.stringify(res.body)}`).toBe(200)
    const who = this.who as Person
    item.writers = union(item.writers, [who, ...(media ? media.writers : [])])
    if (media) item.hero = mediaIndex
    item.title = title
    if (item.state === 'published') item.state = 'draft'
  }
  toString = () => `edit(${this.who}, item ${this.index}${this.media === null ? '' : `, media ${this.media}`})`
}

class RestoreFirstVersion implements fc.AsyncCommand<Model, Real> {
  constructor(readonly who: Who, readonly index: number) {}
  check = (m: Readonly<Model>) => m.items.length > 0
  async run(m: Model) {
    const item = pick(m.items, this.index)!
    const { docs } = await payload.findVersions({ collection: 'articles', depth: 0, limit: 1, overrideAccess: true, sort: 'createdAt', where: { parent: { equals: item.id } } })
    const first = docs[0]!
    const res = await api(w.server.url, `/api/articles/versions/${first.id}`, { body: {}, token: token(this.who) })
    const editable = item.state === 'draft' || item.state === 'changes_requested' || item.state === 'published'
    if (!mayEdit(this.who, item) || !editable) {
      expect(res.status, `restore by ${this.who} of ${item.state} item`).toBeGreaterThanOrEqual(400)
      expect(res.status).toBeLessThan(500)
      return
    }
    expect(res.status, `restore by ${this.who}: ${JSON.stringify(res.body)}`).toBe(200)
    const restored = first.version as unknown as { heroImage?: Id | null; title: string }
    item.writers = union(item.writers, [this.who as Person])
    item.title = restored.title
    item.hero = restored.heroImage == null ? null : m.media.findIndex((x) => String(x.id) === String(restored.heroImage))
    if (item.state === 'published') item.state = 'draft'
  }
  toString = () => `restoreFirstVersion(${this.who}, item ${this.index})`
}

class Decide implements fc.AsyncCommand<Model, Real> {
  constructor(readonly who: Who, readonly action: WorkflowAction, readonly index: number, readonly embargo: boolean) {}
  check = (m: Readonly<Model>) => m.items.length > 0
  async run(m: Model) {
    const item = pick(m.items, this.index)!
    const before = structuredClone(item)
    const body: Record<string, unknown> = { action: this.action }
    if (this.action === 'request-changes' || this.action === 'withdraw') body.note = 'Ghi chú'
    if (this.action === 'approve' && this.embargo) body.publishAt = new Date(Date.now() + 86_400_000).toISOString()
    const res = await w.act(this.who, item.id, body)
    const expected = decide(m, item, { action: this.action, who: this.who }, this.embargo)
    expect(res.status, `${this.action} by ${this.who} from ${before.state}: ${JSON.stringify(res.body)}`).toBe(expected)
  }
  toString = () => `${this.action}(${this.who}, item ${this.index}${this.embargo ? ', embargo' : ''})`
}

class ConcurrentDecisions implements fc.AsyncCommand<Model, Real> {
  constructor(readonly a: Decision, readonly b: Decision, readonly index: number) {}
  check = (m: Readonly<Model>) => m.items.length > 0
  async run(m: Model) {
    const item = pick(m.items, this.index)!
    const send = ({ action, who }: Decision) => w.act(who, item.id, { action, ...(action === 'request-changes' || action === 'withdraw' ? { note: 'Đồng thời' } : {}) })
    const [ra, rb] = await Promise.all([send(this.a), send(this.b)])
    // The outcome must be that of one of the two orders, and the model follows that order.
    const orders = [[this.a, this.b], [this.b, this.a]].map(([first, second]) => {
      const copy = structuredClone(m)
      const target = copy.items[m.items.indexOf(item)]!
      const s1 = decide(copy, target, first!)
      const s2 = decide(copy, target, second!)
      return { copy, statuses: first === this.a ? [s1, s2] : [s2, s1] }
    })
    const seen = [ra.status, rb.status]
    // Losing a race from a state the other decision left reads as 409 (or 403 once four-eyes applies) just like in order.
    const match = orders.find((o) => o.statuses[0] === seen[0] && o.statuses[1] === seen[1])
    expect(match, `concurrent ${this.toString()}: got ${JSON.stringify(seen)}, orders allow ${JSON.stringify(orders.map((o) => o.statuses))}`).toBeDefined()
    Object.assign(m, match!.copy)
  }
  toString = () => `concurrently(${this.a.action} by ${this.a.who}, ${this.b.action} by ${this.b.who}, item ${this.index})`
}

class UploadMedia implements fc.AsyncCommand<Model, Real> {
  constructor(readonly who: Who) {}
  check = (m: Readonly<Model>) => m.media.length < 3
  async run(m: Model) {
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(PNG)], { type: 'image/png' }), `mo-hinh-${Math.random().toString(36).slice(2)}.png`)
    form.append('_payload', JSON.stringify({ alt: 'Ảnh mô hình', kind: 'photo' }))
    const res = await fetch(`${w.server.url}/api/media`, { body: form, headers: this.who === 'anonymous' ? {} : { authorization: `JWT ${w.tokens[this.who]}` }, method: 'POST' })
    const allowed = this.who !== 'anonymous' && PEOPLE[this.who].canEdit
    expect(res.status, `upload by ${this.who}`).toBe(allowed ? 201 : 403)
    if (!allowed) return
    const { doc } = (await res.json()) as { doc: { id: Id; url: string } }
    m.media.push({ id: doc.id, unit: PEOPLE[this.who as Person].unit, url: new URL(doc.url, w.server.url).pathname, writers: [this.who as Person] })
  }
  toString = () => `upload(${this.who})`
}

class ChangeMedia implements fc.AsyncCommand<Model, Real> {
  constructor(readonly who: Who, readonly index: number) {}
  check = (m: Readonly<Model>) => m.media.length > 0
  async run(m: Model) {
    const media = pick(m.media, this.index)!
    const index = m.media.indexOf(media)
    const res = await api(w.server.url, `/api/media/${media.id}`, { body: { alt: `Chú thích ${Math.random()}` }, method: 'PATCH', token: token(this.who) })
    const use = mediaUse(m, index)
    if (!mayWriteMedia(this.who, media) || use === 'live' || use === 'review') {
      expect(res.status, `media change by ${this.who} while ${use}`).toBeGreaterThanOrEqual(400)
      expect(res.status).toBeLessThan(500)
      return
    }
    expect(res.status, `media change by ${this.who} while ${use}: ${JSON.stringify(res.body)}`).toBe(200)
    const who = this.who as Person
    media.writers = union(media.writers, [who])
    for (const item of m.items) if (item.hero === index) item.writers = union(item.writers, [who])
  }
  toString = () => `changeMedia(${this.who}, media ${this.index})`
}

// --- Invariants ----------------------------------------------------------------------------------------------

async function checkInvariants(m: Model): Promise<void> {
  if (!m.items.length && !m.media.length) return
  const ids = m.items.map((i) => i.id)
  // Approvals record fan-outs; the sender's expansion turns them into the deliveries checked below.
  await expandFanouts({ payload })
  const [latest, live, events, deliveries] = await Promise.all([
    payload.find({ collection: 'articles', depth: 0, draft: true, limit: 0, overrideAccess: true, pagination: false, where: { id: { in: ids } } }),
    payload.find({ collection: 'articles', depth: 0, limit: 0, overrideAccess: true, pagination: false, where: { id: { in: ids } } }),
    payload.find({ collection: 'workflow-events', depth: 0, overrideAccess: true, pagination: false, sort: 'createdAt', where: { and: [{ itemCollection: { equals: 'articles' } }, { itemId: { in: ids.map(String) } }] } }),
    payload.find({ collection: 'deliveries', depth: 0, overrideAccess: true, pagination: false, where: { and: [{ itemCollection: { equals: 'articles' } }, { itemId: { in: ids.map(String) } }] } }),
  ])
  const byId = <T extends { id: Id }>(docs: T[]) => new Map(docs.map((d) => [String(d.id), d]))
  const latestById = byId(latest.docs as unknown as Doc[])
  const liveById = byId(live.docs as unknown as Doc[])
  const outletNames = new Map(Object.entries(outletIds).map(([name, id]) => [String(id), name]))
  for (const item of m.items) {
    const l = latestById.get(String(item.id))!
    const v = liveById.get(String(item.id))!
    expect(l.workflowStatus, `state of ${item.id}`).toBe(item.state)
    expect(l.title, `latest text of ${item.id}`).toBe(item.title)
    expect(v._status === 'published', `liveness of ${item.id}`).toBe(item.isLive)
    if (item.isLive) {
      expect(v.title, `live text of ${item.id}`).toBe(item.liveTitle)
      // (1) the approver of the live version wrote none of it.
      const approver = String(v.approvedBy)
      const writers = new Set([...((v.editedBy as Id[]) ?? []).map(String), String(v.author)])
      expect(writers.has(approver), `approver ${approver} of ${item.id} among its writers ${[...writers]}`).toBe(false)
      expect(approver).toBe(String(userIds[item.approver!]))
      for (const writer of item.liveWriters) expect(String(userIds[writer]), `model writer ${writer} of ${item.id}`).not.toBe(approver)
    }
    // (2) the state is the last decision's `to`; a live item's correction draft follows 'published'.
    const trail = events.docs.filter((e) => e.itemId === String(item.id))
    expect(trail.length, `events of ${item.id}`).toBe(item.events)
    const last = trail.at(-1)
    const trailState = last?.to ?? 'draft'
    const correcting = item.isLive && trailState === 'published' && l.workflowStatus === 'draft'
    expect(correcting || trailState === l.workflowStatus, `state ${String(l.workflowStatus)} vs last event ${trailState} of ${item.id}`).toBe(true)
    // (5) every decision on record is allowed by the state machine.
    for (const event of trail) {
      const next = transition({ action: event.action as WorkflowAction, from: event.from, now: new Date(event.at), publishAt: null })
      const scheduled = event.action === 'approve' && event.to === 'scheduled'
      expect(next.ok && (next.to === event.to || scheduled), `event ${event.action} ${event.from}→${event.to}`).toBe(true)
    }
    // (4) exactly one delivery per eligible or holding outlet for each publication, correction and withdrawal.
    const real: Record<string, number> = {}
    for (const d of deliveries.docs.filter((x) => x.itemId === String(item.id))) {
      const key = `${d.event} ${outletNames.get(String(typeof d.outlet === 'object' ? d.outlet.id : d.outlet))}`
      real[key] = (real[key] ?? 0) + 1
    }
    expect(real, `deliveries of ${item.id}`).toEqual(item.deliveries)
  }
  // (3) what an anonymous reader sees: published public items, with their live text, no review data, and their media.
  const publicItems = m.items.filter((i) => i.isLive && i.audience === 'public')
  if (ids.length) {
    const anonymous = await api<{ docs: Doc[] }>(w.server.url, `/api/articles?limit=100&depth=0&where[id][in]=${ids.join(',')}`)
    expect(anonymous.body.docs.map((d) => String(d.id)).sort()).toEqual(publicItems.map((i) => String(i.id)).sort())
    for (const doc of anonymous.body.docs) {
      expect(doc.title).toBe(publicItems.find((i) => String(i.id) === String(doc.id))!.liveTitle)
      for (const field of ['reviewNote', 'approvedBy', 'editedBy', 'author']) expect(doc, field).not.toHaveProperty(field)
    }
  }
  if (m.media.length) {
    const shownToPublic = new Set(publicItems.filter((i) => i.liveHero !== null).map((i) => String(m.media[i.liveHero!]!.id)))
    const anonymousMedia = await payload.find({ collection: 'media', depth: 0, overrideAccess: false, pagination: false, where: { id: { in: m.media.map((x) => x.id) } } })
    expect(anonymousMedia.docs.map((d) => String(d.id)).sort()).toEqual([...shownToPublic].sort())
  }
}

/** At the end of each run, the heavier anonymous views: REST lists (GraphQL refuses them), the public web feed and the media files. */
async function checkPublicViews(m: Model): Promise<void> {
  const publicItems = m.items.filter((i) => i.isLive && i.audience === 'public')
  if (m.items.length) {
    // GraphQL is for signed-in users: anonymous readers are refused before anything is read…
    const gql = await api<{ data?: unknown }>(w.server.url, '/api/graphql', {
      body: { query: `{ Articles(limit: 100, where: { OR: [${m.items.map((i) => `{ id: { equals: ${i.id} } }`).join(', ')}] }) { docs { id title reviewNote editedBy { id } } } }` },
    })
    expect(gql.status).toBe(401)
    expect(gql.body.data).toBeUndefined()
    // …and the same list through REST shows exactly the live public items, without internal fields.
    const where = m.items.map((i, n) => `where[or][${n}][id][equals]=${i.id}`).join('&')
    const rest = await api<{ docs: { id: Id; title: string; reviewNote?: null | string; editedBy?: unknown[] | null }[] }>(w.server.url, `/api/articles?limit=100&depth=1&${where}`)
    expect(rest.status).toBe(200)
    const docs = rest.body.docs
    expect(docs.map((d) => String(d.id)).sort()).toEqual(publicItems.map((i) => String(i.id)).sort())
    for (const doc of docs) expect([doc.reviewNote ?? null, doc.editedBy ?? []]).toEqual([null, []])
    const feed = (await (await fetch(`${w.server.url}/feeds/web/feed.json?limit=100`)).json()) as { items: { id: string; title: string }[] }
    const ours = new Map(m.items.map((i) => [`urn:nguon:articles:${i.id}`, i]))
    for (const entry of feed.items.filter((e) => ours.has(e.id))) {
      const item = ours.get(entry.id)!
      expect(item.isLive && item.audience === 'public', `feed shows ${entry.id}`).toBe(true)
      expect(entry.title).toBe(item.liveTitle)
    }
  }
  for (const [index, media] of m.media.entries()) {
    const shown = publicItems.some((i) => i.liveHero === index)
    expect((await fetch(`${w.server.url}${media.url}`)).status, `file of media ${index}`).toBe(shown ? 200 : 404)
  }
}

const outletIds: Record<Outlet, Id> = {} as never
const unitIds: Record<string, Id> = {}

// --- Arbitraries and the property ----------------------------------------------------------------------------

const who = fc.constantFrom<Who>(...WRITERS)
const reviewerLike = fc.constantFrom<Who>('admin', 'chief', 'reviewer', 'editor', 'anonymous')
const action = fc.constantFrom<WorkflowAction>('submit', 'approve', 'request-changes', 'withdraw', 'reopen')
const index = fc.nat(7)
const commands = [
  fc.tuple(fc.constantFrom<Who>('editor', 'editor2', 'chief', 'admin', 'reviewer', 'anonymous'), fc.constantFrom<Audience>('public', 'press')).map(([w, a]) => new CreateItem(w, a)),
  fc.tuple(who, index, fc.option(index, { nil: null })).map(([w, i, media]) => new EditItem(w, i, media)),
  fc.tuple(who, index).map(([w, i]) => new RestoreFirstVersion(w, i)),
  fc.tuple(fc.constantFrom<Who>('editor', 'editor2', 'chief', 'admin'), index, fc.boolean()).map(([w, i, e]) => new Decide(w, 'submit', i, e)),
  fc.tuple(reviewerLike, action, index, fc.boolean()).map(([w, a, i, e]) => new Decide(w, a, i, e)),
  fc.tuple(reviewerLike, action, reviewerLike, action, index).map(([w1, a1, w2, a2, i]) => new ConcurrentDecisions({ action: a1, who: w1 }, { action: a2, who: w2 }, i)),
  fc.constantFrom<Who>('editor', 'editor2', 'chief', 'admin', 'reviewer').map((w) => new UploadMedia(w)),
  fc.tuple(who, index).map(([w, i]) => new ChangeMedia(w, i)),
]

describe('the approval promise, as a model', () => {
  beforeAll(async () => {
    w = await startWorkflowWorld('model')
    payload = w.t.payload
    for (const person of ['admin', 'chief', 'editor', 'editor2', 'reviewer'] as const) {
      userIds[person] = (await payload.find({ collection: 'users', overrideAccess: true, where: { email: { equals: `${person}@nguon.local` } } })).docs[0]!.id
    }
    for (const unit of (await payload.find({ collection: 'units', limit: 50, overrideAccess: true })).docs) unitIds[unit.code as string] = unit.id
    for (const level of ['public', 'press'] as const) {
      const outlet = await payload.create({
        collection: 'outlets',
        data: { accessLevel: level, channels: ['web'], kind: 'web', name: `Cổng ${level}`, webhookUrl: `http://127.0.0.1:9/${level}` } as never,
        overrideAccess: true,
      })
      await api(w.server.url, `/api/outlets/${outlet.id}/webhook-secret`, { body: {}, token: w.tokens.admin })
      outletIds[level] = outlet.id
    }
  })
  afterAll(async () => w?.stop())

  it(`holds the invariants over ${RUNS} random runs (seed ${SEED})`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.commands(commands, { maxCommands: 10 }), async (cmds) => {
        const model: Model = { items: [], media: [] }
        await fc.asyncModelRun(
          () => ({ model, real: { log: [] } }),
          [...cmds].map((cmd) => ({
            check: (m: Readonly<Model>) => cmd.check(m),
            run: async (m: Model, r: Real) => {
              await cmd.run(m, r)
              await checkInvariants(m)
            },
            toString: () => cmd.toString(),
          })),
        )
        await checkPublicViews(model)
      }),
      { endOnFailure: process.env.FUZZ_SHRINK === 'false', numRuns: RUNS, path: process.env.FUZZ_PATH, seed: SEED },
    )
  }, 3_600_000)
})
