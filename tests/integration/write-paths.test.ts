// Every Payload path that can write a content item (src/workflow/writeRules.ts WRITE_PATHS) × every workflow state ×
// every kind of writer, against the write table: what the table allows changes the item as it says, what it refuses
// answers 4xx and leaves the item exactly as it was. Runs on SQLite and PostgreSQL (TEST_DATABASE_URL).
import type { Payload } from 'payload'

import { createLocalReq } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { WorkflowState } from '../../src/content/vocabulary'

import { performWorkflowAction } from '../../src/workflow/performWorkflowAction'
import { type ContentWrite, decideContentWrite, WRITE_PATHS, type Writer, WRITERS } from '../../src/workflow/writeRules'
import { api } from '../helpers/api'
import { type Doc, startWorkflowWorld, type WorkflowWorld } from '../helpers/workflow'

type Id = Doc['id']
type Path = (typeof WRITE_PATHS)[number]
type Outcome = { changed: boolean; status: number }

const PERSON: Record<Writer, 'admin' | 'anonymous' | 'editor' | 'editor2' | 'reviewer'> = {
  admin: 'admin',
  anonymous: 'anonymous',
  'other-editor': 'editor2',
  reviewer: 'reviewer',
  'unit-editor': 'editor',
}
const STATES: WorkflowState[] = ['draft', 'in_review', 'changes_requested', 'scheduled', 'published', 'withdrawn']

describe('every write path against the write table', () => {
  let w: WorkflowWorld
  let payload: Payload
  const users: Record<string, Doc> = {}
  const url = () => w.server.url
  const latest = (id: Id) => payload.findByID({ collection: 'articles', depth: 0, draft: true, id, overrideAccess: true, disableErrors: true }) as unknown as Promise<Doc | null>
  const live = (id: Id) => payload.findByID({ collection: 'articles', depth: 0, id, overrideAccess: true, disableErrors: true }) as unknown as Promise<Doc | null>
  const versionCount = async (id: Id) => (await payload.countVersions({ collection: 'articles', overrideAccess: true, where: { parent: { equals: id } } })).totalDocs
  const reqAs = async (who: keyof typeof users) => createLocalReq({ user: { ...users[who], collection: 'users' } as never }, payload)

  /** An article by editor@ (unit STTTT) driven through the real workflow into `state`, quickly through the Local API. */
  async function itemIn(state: WorkflowState): Promise<Doc> {
    const created = (await payload.create({
      collection: 'articles',
      data: w.complete('articles', { audiences: ['public'], channels: ['web'], title: `Bài ${state} ${Math.random().toString(36).slice(2, 8)}` }) as never,
      draft: true,
      overrideAccess: false,
      req: await reqAs('editor'),
    })) as unknown as Doc
    const steps: Record<WorkflowState, [keyof typeof users, 'approve' | 'request-changes' | 'submit' | 'withdraw', Record<string, string>?][]> = {
      changes_requested: [['editor', 'submit'], ['reviewer', 'request-changes', { note: 'Sửa' }]],
      draft: [],
      in_review: [['editor', 'submit']],
      published: [['editor', 'submit'], ['reviewer', 'approve']],
      scheduled: [['editor', 'submit'], ['reviewer', 'approve', { publishAt: new Date(Date.now() + 86_400_000).toISOString() }]],
      withdrawn: [['editor', 'submit'], ['reviewer', 'approve'], ['reviewer', 'withdraw', { note: 'Gỡ' }]],
    }
    for (const [who, action, extra] of steps[state]) {
      const outcome = await performWorkflowAction({ action, collection: 'articles', id: created.id, req: await reqAs(who), ...extra })
      if (outcome.status !== 200) throw new Error(`${action} failed: ${JSON.stringify(outcome.body)}`)
    }
    return created
  }

  const gql = (query: string, who: Writer) =>
    api<{ data?: Record<string, { id: Id } | null>; errors?: unknown[] }>(url(), '/api/graphql', { body: { query }, token: who === 'anonymous' ? undefined : w.tokens[PERSON[who] as 'admin'] })
  const rest = (path: string, who: Writer, method: string, body?: unknown) =>
    api<{ doc?: Doc; docs?: Doc[]; errors?: unknown[] }>(url(), path, { body, method, token: who === 'anonymous' ? undefined : w.tokens[PERSON[who] as 'admin'] })
  const local = async <T>(who: Writer, run: (opts: { overrideAccess: false; req: Awaited<ReturnType<typeof reqAs>> }) => Promise<T>): Promise<number> => {
    const req = who === 'anonymous' ? await createLocalReq({}, payload) : await reqAs(PERSON[who])
    try {
      await run({ overrideAccess: false, req })
      return 200
    } catch (err) {
      return (err as { status?: number }).status ?? 500
    }
  }
  const graphqlStatus = (res: Awaited<ReturnType<typeof gql>>, field: string) => (res.body.errors?.length || !res.body.data?.[field] ? 400 : 200)

  /** Makes the write through one path; the status is the HTTP status, a GraphQL error as 400, or the Local API's error status. */
  async function attempt(path: Path, who: Writer, id: Id | null): Promise<{ created?: Id; status: number }> {
    const data = { audiences: ['public'], channels: ['web'], title: `Viết qua ${path.api} ${path.call}` }
    const versionId = id === null ? null : (await payload.findVersions({ collection: 'articles', limit: 1, overrideAccess: true, sort: 'createdAt', where: { parent: { equals: id } } })).docs[0]!.id
    switch (`${path.api} ${path.call}`) {
      case 'rest POST /api/{collection}': {
        const res = await rest('/api/articles', who, 'POST', data)
        return { created: res.body.doc?.id, status: res.status }
      }
      case 'rest POST /api/{collection}/{id}/duplicate': {
        const res = await rest(`/api/articles/${id}/duplicate`, who, 'POST', {})
        return { created: res.body.doc?.id, status: res.status }
      }
      case 'rest PATCH /api/{collection}/{id}':
        return { status: (await rest(`/api/articles/${id}`, who, 'PATCH', { title: data.title })).status }
      case 'rest PATCH /api/{collection}/{id}?autosave=true':
        return { status: (await rest(`/api/articles/${id}?autosave=true&draft=true`, who, 'PATCH', { title: data.title })).status }
      case 'rest PATCH /api/{collection}?where=…': {
        const res = await rest(`/api/articles?where[id][equals]=${id}`, who, 'PATCH', { title: data.title })
        return { status: res.status === 200 && !res.body.docs?.length ? 404 : res.status }
      }
      case 'rest POST /api/{collection}/versions/{versionId}':
        return { status: (await rest(`/api/articles/versions/${versionId}`, who, 'POST', {})).status }
      case 'rest DELETE /api/{collection}/{id}':
        return { status: (await rest(`/api/articles/${id}`, who, 'DELETE')).status }
      case 'rest DELETE /api/{collection}?where=…': {
        const res = await rest(`/api/articles?where[id][equals]=${id}`, who, 'DELETE')
        return { status: res.status === 200 && !res.body.docs?.length ? 404 : res.status }
      }
      case 'graphql create{Item}': {
        const res = await gql(`mutation { createArticle(data: { title: "${data.title}", audiences: public, channels: web }, draft: true) { id } }`, who)
        return { created: res.body.data?.createArticle?.id, status: graphqlStatus(res, 'createArticle') }
      }
      case 'graphql duplicate{Item}': {
        const res = await gql(`mutation { duplicateArticle(id: ${id}, data: { title: "Bản sao" }) { id } }`, who)
        return { created: res.body.data?.duplicateArticle?.id, status: graphqlStatus(res, 'duplicateArticle') }
      }
      case 'graphql update{Item}':
        return { status: graphqlStatus(await gql(`mutation { updateArticle(id: ${id}, draft: true, data: { title: "${data.title}" }) { id } }`, who), 'updateArticle') }
      case 'graphql restoreVersion{Item}(draft: true)':
      case 'graphql restoreVersion{Item}(draft: false)': {
        const query = `mutation { restoreVersionArticle(id: ${versionId}, draft: ${(path as { restoreAsDraft?: boolean }).restoreAsDraft}) { id } }`
        return { status: graphqlStatus(await gql(query, who), 'restoreVersionArticle') }
      }
      case 'graphql delete{Item}':
        return { status: graphqlStatus(await gql(`mutation { deleteArticle(id: ${id}) { id } }`, who), 'deleteArticle') }
      case 'local payload.create': {
        let created: Id | undefined
        const status = await local(who, async (opts) => (created = (await payload.create({ collection: 'articles', data: data as never, draft: true, ...opts })).id))
        return { created, status }
      }
      case 'local payload.duplicate': {
        let created: Id | undefined
        const status = await local(who, async (opts) => (created = (await payload.duplicate({ collection: 'articles', id: id!, ...opts })).id))
        return { created, status }
      }
      case 'local payload.update({ id })':
        return { status: await local(who, (opts) => payload.update({ collection: 'articles', data: { title: data.title }, draft: true, id: id!, ...opts })) }
      case 'local payload.update({ where })': {
        let count = 0
        const status = await local(who, async (opts) => {
          const res = await payload.update({ collection: 'articles', data: { title: data.title }, draft: true, where: { id: { equals: id } }, ...opts })
          if (res.errors.length) throw Object.assign(new Error('bulk'), { status: (res.errors[0] as { status?: number }).status ?? 400 })
          count = res.docs.length
        })
        return { status: status === 200 && count === 0 ? 404 : status }
      }
      case 'local payload.restoreVersion':
        return { status: await local(who, (opts) => payload.restoreVersion({ collection: 'articles', id: String(versionId), ...opts })) }
      case 'local payload.delete': {
        return { status: await local(who, (opts) => payload.delete({ collection: 'articles', id: id!, ...opts })) }
      }
    }
    throw new Error(`no way to try ${path.api} ${path.call}`)
  }

  /**
   * Payload also applies read access: a duplicate copies only what the writer may read (another unit's editor reads
   * published items only), so where the table allows a duplicate the oracle also asks whether the source is readable.
   */
  const readable = (writer: Writer, state: WorkflowState) => writer !== 'other-editor' || state === 'published'

  beforeAll(async () => {
    w = await startWorkflowWorld('write-paths')
    payload = w.t.payload
    for (const who of ['admin', 'editor', 'editor2', 'reviewer']) {
      users[who] = (await payload.find({ collection: 'users', overrideAccess: true, where: { email: { equals: `${who}@nguon.local` } } })).docs[0] as unknown as Doc
    }
  })
  afterAll(async () => w?.stop())

  const creates = WRITE_PATHS.filter((p) => p.write === 'create')
  it.each(creates.flatMap((path) => WRITERS.map((writer) => ({ call: `${path.api} ${path.call}`, path, writer }))))('$call by $writer', async ({ path, writer }) => {
    const expected = decideContentWrite({ actor: writer === 'anonymous' ? null : (users[PERSON[writer]] as never), itemUnit: null, state: 'new', write: 'create' })
    const { created, status } = await attempt(path, writer, null)
    if (!expected.allowed) {
      expect(status).toBeGreaterThanOrEqual(400)
      expect(status).toBeLessThan(500)
      return
    }
    expect(status).toBeLessThan(300)
    const doc = (await latest(created!))!
    expect(doc).toMatchObject({ _status: 'draft', version: 0, workflowStatus: 'draft' })
    expect(String(doc.author)).toBe(String(users[PERSON[writer]]!.id))
    expect((doc.editedBy as Id[]).map(String)).toEqual([String(users[PERSON[writer]]!.id)])
  })

  const others = WRITE_PATHS.filter((p) => p.write !== 'create')
  describe.each(others.map((path) => ({ call: `${path.api} ${path.call}`, path })))('$call', ({ path }) => {
    it.each(STATES)('from %s, for every kind of writer', async (state) => {
      const failures: string[] = []
      // Refusals first on one item (they must leave it as it was), then each allowed writer on an item of its own.
      const order = [...WRITERS].sort((a, b) => Number(readable(a, state) && decide(a).allowed) - Number(readable(b, state) && decide(b).allowed))
      function decide(writer: Writer) {
        return decideContentWrite({
          actor: writer === 'anonymous' ? null : (users[PERSON[writer]] as never),
          isLive: state === 'published',
          restoreAsDraft: 'restoreAsDraft' in path ? path.restoreAsDraft : undefined,
          itemUnit: (users.editor!.unit as { id: Id }).id ?? (users.editor!.unit as Id),
          state,
          write: path.write as ContentWrite,
        })
      }
      let shared: Doc | null = null
      for (const writer of order) {
        const decision = decide(writer)
        const allowed = decision.allowed && (path.write !== 'duplicate' || readable(writer, state))
        // Writes that leave the item in its state share one item; a delete, or an edit that turns a live item into a correction, needs its own.
        const keepsState = !allowed || path.write === 'duplicate' || (path.write !== 'delete' && state !== 'published')
        const item = keepsState ? (shared ??= await itemIn(state)) : await itemIn(state)
        const before = { latest: await latest(item.id), live: await live(item.id), versions: await versionCount(item.id) }
        const outcome: Outcome & { created?: Id } = { changed: false, ...(await attempt(path, writer, item.id)) }
        const after = { latest: await latest(item.id), live: await live(item.id), versions: await versionCount(item.id) }
        outcome.changed = after.versions !== before.versions || JSON.stringify(after.latest) !== JSON.stringify(before.latest) || JSON.stringify(after.live) !== JSON.stringify(before.live)
        const label = `${writer} (${decision.allowed ? 'allowed' : `refused ${decision.status}`})`
        if (!allowed) {
          if (outcome.status < 400 || outcome.status >= 500 || outcome.changed) failures.push(`${label}: got ${outcome.status}, changed=${outcome.changed}`)
          continue
        }
        if (outcome.status >= 300) {
          failures.push(`${label}: got ${outcome.status}`)
          continue
        }
        const me = String(users[PERSON[writer]]!.id)
        if (path.write === 'delete') {
          if (after.latest || after.live) failures.push(`${label}: still there after delete`)
        } else if (path.write === 'duplicate') {
          const copy = (await latest(outcome.created!))!
          if (copy.workflowStatus !== 'draft' || String(copy.author) !== me || !(copy.editedBy as Id[]).map(String).includes(me)) {
            failures.push(`${label}: copy ${JSON.stringify({ author: copy.author, editedBy: copy.editedBy, state: copy.workflowStatus })}`)
          }
        } else {
          const expectedState = decision.allowed && decision.kind !== 'delete' && decision.kind !== 'new-draft' ? decision.state : state
          if (after.latest!.workflowStatus !== expectedState) failures.push(`${label}: state ${String(after.latest!.workflowStatus)}, expected ${expectedState}`)
          if (!(after.latest!.editedBy as Id[]).map(String).includes(me)) failures.push(`${label}: not among the editors ${JSON.stringify(after.latest!.editedBy)}`)
          if (after.latest!.approvedBy !== before.latest!.approvedBy || after.latest!.version !== before.latest!.version) failures.push(`${label}: approval data changed`)
          if (JSON.stringify(after.live) !== JSON.stringify(before.live) && before.live?._status === 'published') failures.push(`${label}: the live version changed`)
        }
      }
      expect(failures).toEqual([])
    })
  })
})
