import { parse } from 'graphql'
import { describe, expect, it } from 'vitest'

import { GRAPHQL_BUDGET, judgeGraphQLRequest, measure } from '../../../src/http/graphqlBudget'

const cost = (query: string, variables?: Record<string, unknown>, operationName?: string) => measure(parse(query), { operationName, variables })

describe('measuring a GraphQL query', () => {
  it.each([
    ['{ __typename }', { aliases: 0, depth: 1, documents: 0 }],
    ['{ Articles { docs { id } } }', { aliases: 0, depth: 3, documents: 10 }],
    ['{ Articles(limit: 50) { docs { id unit { code } } } }', { aliases: 0, depth: 4, documents: 100 }],
    ['{ a: Articles(limit: 5) { docs { id } } b: Briefs(limit: 7) { docs { id } } }', { aliases: 2, depth: 3, documents: 12 }],
    ['{ Article(id: 1) { id unit { code } } }', { aliases: 0, depth: 3, documents: 2 }],
    ['{ Articles(limit: 3) { docs { ...F } } } fragment F on Article { id campaign { title } }', { aliases: 0, depth: 4, documents: 6 }],
    ['{ Articles(limit: 2) { docs { ... on Article { unit { code } } } } }', { aliases: 0, depth: 4, documents: 4 }],
  ])('measures %s', (query, expected) => {
    expect(cost(query)).toEqual({ ...expected, badArguments: [] })
  })

  it('takes limits from variables and their defaults', () => {
    expect(cost('query ($n: Int) { Articles(limit: $n) { docs { id } } }', { n: 40 }).documents).toBe(40)
    expect(cost('query ($n: Int = 30) { Articles(limit: $n) { docs { id } } }').documents).toBe(30)
  })

  it('counts unbounded lists as infinite', () => {
    expect(cost('{ Articles(pagination: false) { docs { id } } }').documents).toBe(Number.POSITIVE_INFINITY)
    expect(cost('{ Articles(limit: 0) { docs { id } } }').documents).toBe(Number.POSITIVE_INFINITY)
    expect(cost('{ Articles(limit: -1) { docs { id } } }').documents).toBe(Number.POSITIVE_INFINITY)
  })

  it('does not loop on a fragment that spreads itself', () => {
    expect(cost('{ Articles { docs { ...F } } } fragment F on Article { id unit { ...F } }').depth).toBeLessThan(10)
  })

  it('measures only the operation asked for', () => {
    const query = 'query small { Articles(limit: 1) { docs { id } } } query big { Articles(limit: 400) { docs { id } } }'
    expect(cost(query, {}, 'small').documents).toBe(1)
    expect(cost(query).documents).toBe(400)
  })
})

describe('judging a GraphQL request', () => {
  it('allows an ordinary query', () => {
    expect(judgeGraphQLRequest({ query: '{ Articles(limit: 20) { docs { id title } } }' })).toMatchObject({ allowed: true })
  })

  it.each([
    [null, /JSON object/],
    [[{ query: '{ __typename }' }], /JSON object/],
    [{}, /non-empty string/],
    [{ query: '{ Articles {' }, /Syntax Error/],
    [{ query: '{ __typename }', variables: [] }, /variables/],
    [{ query: `{ ${'a '.repeat(GRAPHQL_BUDGET.maxTokens + 1)} }` }, /tokens/],
    [{ query: '{ Articles(page: 0) { docs { id } } }' }, /page must be a whole number/],
    [{ query: '{ Articles(limit: 2.5) { docs { id } } }' }, /limit must be a whole number/],
  ])('refuses %j', (body, issue) => {
    const verdict = judgeGraphQLRequest(body)
    expect(verdict.allowed).toBe(false)
    if (!verdict.allowed) expect(verdict.issues.join('\n')).toMatch(issue)
  })

  it('names every budget a query is over', () => {
    const query = `{ ${Array.from({ length: 11 }, (_, i) => `a${i}: Articles(limit: 100) { docs { id } }`).join(' ')} }`
    const verdict = judgeGraphQLRequest({ query })
    expect(verdict).toMatchObject({ allowed: false, reason: expect.stringMatching(/over budget/) })
    if (!verdict.allowed) expect(verdict.issues).toEqual([expect.stringMatching(/^aliases: 11/), expect.stringMatching(/^documents: up to 1100/)])
  })
})
