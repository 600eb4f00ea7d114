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

describe('the edges of the GraphQL budget', () => {
  const issuesOf = (body: unknown) => {
    const verdict = judgeGraphQLRequest(body)
    return verdict.allowed ? null : { issues: verdict.issues, reason: verdict.reason }
  }
  const aliased = (n: number, limit = 1) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: Articles(limit: ${limit}) { docs { id } }`).join(' ')} }`
  const nested = (depth: number) => `{ ${'a { '.repeat(depth - 1)}id${' }'.repeat(depth - 1)} }`

  it('takes each budget at its limit and refuses one past it, naming it', () => {
    expect(cost(aliased(GRAPHQL_BUDGET.maxAliases)).aliases).toBe(10)
    expect(issuesOf({ query: aliased(GRAPHQL_BUDGET.maxAliases) })).toBeNull()
    expect(issuesOf({ query: aliased(GRAPHQL_BUDGET.maxAliases + 1) })?.issues).toEqual(['aliases: 11 (at most 10)'])
    expect(cost(nested(GRAPHQL_BUDGET.maxDepth)).depth).toBe(8)
    expect(issuesOf({ query: nested(GRAPHQL_BUDGET.maxDepth) })).toBeNull()
    expect(issuesOf({ query: nested(GRAPHQL_BUDGET.maxDepth + 1) })?.issues).toEqual(['depth: 9 (at most 8)'])
    expect(issuesOf({ query: '{ Articles(limit: 500) { docs { id } } }' })).toBeNull()
    expect(issuesOf({ query: '{ Articles(limit: 501) { docs { id } } }' })?.issues).toEqual(['documents: up to 501 (at most 500; lower `limit`)'])
    expect(issuesOf({ query: '{ Articles(pagination: false) { docs { id } } }' })?.issues).toEqual(['documents: unbounded (`pagination: false` or `limit: 0`; at most 500)'])
  })

  it('refuses a body that is not a request, in both languages, saying what is wrong', () => {
    expect(issuesOf('{ __typename }')).toEqual({ issues: ['the body must be a JSON object with a `query` string'], reason: 'Yêu cầu GraphQL không hợp lệ / Invalid GraphQL request' })
    expect(issuesOf({ query: '   ' })?.issues).toEqual(['`query` must be a non-empty string'])
    expect(issuesOf({ operationName: 7, query: '{ __typename }' })?.issues).toEqual(['`operationName` must be a string'])
    expect(issuesOf({ query: '{ __typename }', variables: 'n=1' })?.issues).toEqual(['`variables` must be an object'])
    expect(issuesOf({ query: '{ Articles {' })?.reason).toBe('Yêu cầu GraphQL không hợp lệ / Invalid GraphQL request')
    // What clients send when they have no operation name or variables.
    expect(issuesOf({ operationName: null, query: '{ __typename }', variables: null })).toBeNull()
    expect(issuesOf({ operationName: 'q', query: 'query q { __typename }', variables: { n: 1 } })).toBeNull()
  })

  it('judges the operation named in the request, and all of them when none is', () => {
    const query = `query small { Articles(limit: 1) { docs { id } } } query big ${aliased(1, 600).slice(0)}`
    expect(issuesOf({ operationName: 'small', query })).toBeNull()
    expect(issuesOf({ operationName: 'big', query })?.issues).toEqual(['documents: up to 600 (at most 500; lower `limit`)'])
    expect(issuesOf({ query })?.issues).toEqual(['documents: up to 600 (at most 500; lower `limit`)'])
    // An anonymous operation beside a named one: asking for a name no operation has measures them all.
    expect(cost(`${aliased(1, 3)} query named { Briefs(limit: 2) { docs { id } } }`, {}, 'missing').documents).toBe(3)
  })

  it('takes pages from 1 to 1,000,000 as whole numbers only, from literals and variables', () => {
    const page = (value: string, variables?: Record<string, unknown>) =>
      issuesOf({ query: `query ($p: Int) { Articles(page: ${value}) { docs { id } } }`, variables })?.issues ?? []
    expect([page('1'), page('1000000'), page('$p', { p: 2 })]).toEqual([[], [], []])
    for (const [value, variables] of [['0'], ['1000001'], ['1.5'], ['$p', { p: '2' }], ['$p', { p: 2.5 }], ['true']] as const) {
      expect(page(value, variables), value).toEqual(['Articles: page must be a whole number from 1 to 1000000'])
    }
  })

  it('counts aliases nested in lists and fragments, and a related document once per listed one', () => {
    expect(cost('{ Articles(limit: 2) { docs { x: id y: title ... on Article { z: slug } } } }').aliases).toBe(3)
    expect(cost('{ Articles(limit: 2) { docs { unit { code } campaign { title } } } }').documents).toBe(6)
    expect(cost('{ Articles(limit: 2) { totalDocs docs { id } } }').documents).toBe(2)
    expect(cost('{ Article(id: 1) { __typename unit { code } } }').documents).toBe(2)
    expect(cost('{ __type(name: "Article") { name } }').documents).toBe(0)
    expect(cost('{ meta__x { id } }').documents).toBe(1)
  })
})
