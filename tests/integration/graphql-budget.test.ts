// GraphQL is for signed-in users and has a budget: aliases, depth and documents in total are bounded, and a query over
// it is refused with 400 before it runs (one anonymous query of 150 aliased lists stalled /healthz and the feeds).
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { GRAPHQL_BUDGET } from '../../src/http/graphqlBudget'
import { api } from '../helpers/api'
import { startWorkflowWorld, type WorkflowWorld } from '../helpers/workflow'

type GraphQLBody = { data?: Record<string, unknown> | null; errors?: { extensions?: { issues?: string[] }; message: string }[] }

describe('GraphQL budget', () => {
  let w: WorkflowWorld
  beforeAll(async () => {
    w = await startWorkflowWorld('graphql-budget')
    for (let i = 0; i < 3; i++) await w.articleIn('published')
  }, 180_000)
  afterAll(async () => {
    await w?.stop()
  })

  const graphql = (query: string, token?: string, variables?: Record<string, unknown>) =>
    api<GraphQLBody>(w.server.url, '/api/graphql', { body: { query, variables }, token })
  const aliased = (n: number, field = 'Articles(limit: 100) { docs { id title } }') =>
    `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(' ')} }`

  it('refuses anonymous readers with 401, whatever the query', async () => {
    for (const query of ['{ Articles { docs { id } } }', aliased(150), '{ __typename }']) {
      const res = await graphql(query)
      expect(res.status).toBe(401)
      expect(res.body.data).toBeUndefined()
      expect(res.body.errors?.[0]?.message).toMatch(/GraphQL chỉ dành cho người dùng đã đăng nhập.*GraphQL is for signed-in users/)
    }
  })

  it('refuses a forged token like no token', async () => {
    expect((await graphql('{ Articles { docs { id } } }', 'not.a.jwt')).status).toBe(401)
  })

  it('answers a signed-in editor within the budget', async () => {
    const res = await graphql('{ Articles(limit: 5) { docs { id title unit { code } } totalDocs } }', w.tokens.editor)
    expect(res.status).toBe(200)
    expect(res.body.errors).toBeUndefined()
    expect((res.body.data!.Articles as { totalDocs: number }).totalDocs).toBeGreaterThanOrEqual(3)
  })

  it.each([
    ['150 aliased lists of 100', aliased(150), /aliases: 150/],
    [`${GRAPHQL_BUDGET.maxAliases + 1} aliased single items`, aliased(GRAPHQL_BUDGET.maxAliases + 1, 'Articles(limit: 1) { docs { id } }'), /aliases/],
    ['a list of 1000', '{ Articles(limit: 1000) { docs { id } } }', /documents: up to 1000/],
    ['pagination: false', '{ Articles(pagination: false) { docs { id } } }', /documents: unbounded/],
    ['limit: 0', '{ Articles(limit: 0) { docs { id } } }', /documents: unbounded/],
    ['a limit from variables', 'query ($n: Int) { Articles(limit: $n) { docs { id } } }', /documents: up to 100000/],
    ['5 lists of 100 with their units and campaigns', aliased(5, 'Articles(limit: 100) { docs { id unit { code } campaign { title } } }'), /documents: up to 1500/],
    ['page -5', '{ Articles(limit: 5, page: -5) { docs { id } } }', /page must be a whole number/],
    ['a selection nested 15 deep', `{ Articles(limit: 1) { docs { ${'unit { parent { '.repeat(6)} id ${'} } '.repeat(6)} } } }`, /depth/],
  ])('refuses %s with 400 before running it', async (_name, query, issue) => {
    const res = await graphql(query, w.tokens.admin, query.includes('$n') ? { n: 100_000 } : undefined)
    expect(res.status).toBe(400)
    expect(res.body.data).toBeUndefined()
    expect(res.body.errors?.[0]?.message).toMatch(/Truy vấn GraphQL vượt giới hạn.*GraphQL query over budget|Yêu cầu GraphQL không hợp lệ/)
    expect(res.body.errors?.[0]?.extensions?.issues?.join('\n')).toMatch(issue)
  })

  it('refuses over-budget mutations before any of them runs', async () => {
    const before = (await w.t.payload.count({ collection: 'articles', overrideAccess: true })).totalDocs
    const mutation = `mutation { ${Array.from({ length: 20 }, (_, i) => `m${i}: createArticle(data: { title: "Bài ${i}" }) { id }`).join(' ')} }`
    const res = await graphql(mutation, w.tokens.editor)
    expect(res.status).toBe(400)
    expect((await w.t.payload.count({ collection: 'articles', overrideAccess: true })).totalDocs).toBe(before)
  })

  it.each([
    { body: '{ query: ', name: 'not JSON', status: 400, type: 'application/json' },
    { body: '[{"query":"{ __typename }"}]', name: 'a JSON array (batch)', status: 400, type: 'application/json' },
    { body: '{"variables":{}}', name: 'no query', status: 400, type: 'application/json' },
    { body: '{"query":"{ Articles { "}', name: 'a syntax error', status: 400, type: 'application/json' },
    { body: '{"query":"{ __typename }"}', name: 'text/plain', status: 415, type: 'text/plain' },
    { body: JSON.stringify({ query: `{ __typename ${' '.repeat(GRAPHQL_BUDGET.maxBytes)} }` }), name: 'a body over the size limit', status: 413, type: 'application/json' },
    { body: JSON.stringify({ query: `{ ${'a '.repeat(GRAPHQL_BUDGET.maxTokens)} }` }), name: 'too many tokens', status: 400, type: 'application/json' },
  ])('answers a body with $name with $status', async ({ body, status, type }) => {
    const res = await fetch(`${w.server.url}/api/graphql`, { body, headers: { authorization: `JWT ${w.tokens.editor}`, 'content-type': type }, method: 'POST' })
    expect(res.status).toBe(status)
  })

  it('keeps /healthz and the web feed answering while the largest allowed query runs', async () => {
    // Within the budget: 5 lists of 100 (no timing is asserted here; bench/graphql-health.ts measures the ratio).
    const heavy = graphql(aliased(5, 'Articles(limit: 100) { docs { id title summary } }'), w.tokens.admin)
    const [health, feed, result] = await Promise.all([fetch(`${w.server.url}/healthz`), fetch(`${w.server.url}/feeds/web/rss.xml`), heavy])
    expect(health.status).toBe(200)
    expect(feed.status).toBe(200)
    expect(result.status).toBe(200)
    expect(result.body.errors).toBeUndefined()
  })
})
