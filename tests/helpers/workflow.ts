// Test helpers for the review workflow: a seeded server with everyone logged in, and items put into a given state.
import type { WorkflowState } from '../../src/content/vocabulary'
import type { WorkflowAction } from '../../src/workflow/stateMachine'

import { seedPlan232 } from '../../src/seed/seedPlan232'
import { api, type ApiResponse, login } from './api'
import { complete } from './content'
import { startTestPayload, type TestPayload } from './testPayload'
import { startTestServer, type TestServer } from './testServer'

export const PEOPLE = ['admin', 'editor', 'editor2', 'reviewer', 'chief'] as const
export type Person = (typeof PEOPLE)[number]
export type Doc = { id: number | string; [key: string]: unknown }

export type WorkflowWorld = {
  act: (who: 'anonymous' | Person, id: Doc['id'], body: Record<string, unknown>, collection?: string) => Promise<ApiResponse<{ doc: Doc; error?: string }>>
  /** Creates an article as `author` (REST, so the server records author and unit) and drives it into `state`. */
  articleIn: (state: WorkflowState, options?: { author?: Person; title?: string }) => Promise<Doc>
  /** Plan 232's campaign: complete items belong to one. */
  campaign: Doc['id']
  /** `data` with what review needs that it does not set itself (see tests/helpers/content.ts). */
  complete: (collection: string, data: Record<string, unknown>) => Record<string, unknown>
  server: TestServer
  stop: () => Promise<void>
  t: TestPayload
  tokens: Record<Person, string>
}

export async function startWorkflowWorld(suite: string): Promise<WorkflowWorld> {
  const t = await startTestPayload(suite)
  // The suites built on this world count their own items exactly, so no sample content (tests/integration/seed.test.ts covers it).
  await seedPlan232(t.payload, { demoPassword: 'nguon-demo-2023', sampleContent: false })
  const server = await startTestServer({ config: t.config, getPayload: async () => t.payload })
  const tokens = {} as Record<Person, string>
  for (const who of PEOPLE) tokens[who] = await login(server.url, `${who}@nguon.local`)
  const campaign = (await t.payload.find({ collection: 'campaigns', limit: 1, overrideAccess: true })).docs[0]!.id
  const completeData: WorkflowWorld['complete'] = (collection, data) => complete(collection as never, data, { campaign })

  const act: WorkflowWorld['act'] = (who, id, body, collection = 'articles') =>
    api(server.url, `/api/${collection}/${id}/workflow`, { body, token: who === 'anonymous' ? undefined : tokens[who] })

  const must = async (res: Promise<ApiResponse<{ doc: Doc; error?: string }>>) => {
    const r = await res
    if (r.status !== 200) throw new Error(`workflow step failed: ${r.status} ${JSON.stringify(r.body)}`)
    return r.body.doc
  }

  let counter = 0
  const articleIn: WorkflowWorld['articleIn'] = async (state, { author = 'editor', title } = {}) => {
    counter++
    const created = await api<{ doc: Doc }>(server.url, '/api/articles', {
      body: completeData('articles', { audiences: ['public'], channels: ['web'], summary: 'Tóm tắt', title: title ?? `Bài thử ${counter}` }),
      token: tokens[author],
    })
    if (created.status !== 201) throw new Error(`create failed: ${created.status} ${JSON.stringify(created.body)}`)
    const id = created.body.doc.id
    const reviewer: Person = author === 'admin' ? 'reviewer' : author === 'reviewer' ? 'admin' : 'reviewer'
    const steps: Partial<Record<WorkflowState, [Person, WorkflowAction, Record<string, unknown>?][]>> = {
      changes_requested: [[author, 'submit'], [reviewer, 'request-changes', { note: 'Bổ sung nguồn số liệu' }]],
      draft: [],
      in_review: [[author, 'submit']],
      published: [[author, 'submit'], [reviewer, 'approve']],
      scheduled: [[author, 'submit'], [reviewer, 'approve', { publishAt: new Date(Date.now() + 3_600_000).toISOString() }]],
      withdrawn: [[author, 'submit'], [reviewer, 'approve'], [reviewer, 'withdraw', { note: 'Gỡ để rà soát' }]],
    }
    let doc: Doc = created.body.doc
    for (const [who, action, extra] of steps[state] ?? []) doc = await must(act(who, id, { action, ...extra }))
    return doc
  }

  return {
    act,
    articleIn,
    campaign,
    complete: completeData,
    server,
    stop: async () => {
      await server.close()
      await t.stop()
    },
    t,
    tokens,
  }
}
