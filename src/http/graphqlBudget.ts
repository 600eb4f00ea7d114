// What one GraphQL request may cost before it runs: its size, aliases, nesting and the documents it can return in all.
// Pure: parses the query with graphql-js and measures it; src/http/guardGraphQL.ts answers 400 for what is over.
import {
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  Kind,
  type OperationDefinitionNode,
  parse,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql'

export const GRAPHQL_BUDGET = {
  /** Request bodies larger than this are refused unread (413). */
  maxBytes: 32 * 1024,
  /** Aliased fields anywhere in the query: aliases are how one request repeats an expensive list. */
  maxAliases: 10,
  /** Selection sets inside one another: `{ Articles { docs { unit { name } } } }` is 4. */
  maxDepth: 8,
  /** Documents the query can return in total: each list's `limit` times the lists around it, plus one per related document. */
  maxDocuments: 500,
  /** Tokens the parser reads before giving up: bounds the work of parsing itself. */
  maxTokens: 4000,
} as const

/** Payload's lists return 10 documents unless asked for another `limit`. */
const DEFAULT_LIMIT = 10

export type GraphQLCost = { aliases: number; depth: number; documents: number }

/** Arguments Payload would pass to the database unchecked (a negative page became a negative OFFSET and a 500). */
export type GraphQLMeasure = GraphQLCost & { badArguments: string[] }

export type GraphQLVerdict =
  | { allowed: false; issues: string[]; reason: string }
  | { allowed: true; cost: GraphQLCost }

const refused = (reason: string, issues: string[] = []): GraphQLVerdict => ({ allowed: false, issues, reason })

const INVALID = 'Yêu cầu GraphQL không hợp lệ / Invalid GraphQL request'
const OVER_BUDGET = 'Truy vấn GraphQL vượt giới hạn / GraphQL query over budget'

/** Judges a GraphQL request body (already parsed from JSON) against the budget, without running anything. */
export function judgeGraphQLRequest(body: unknown, budget: typeof GRAPHQL_BUDGET = GRAPHQL_BUDGET): GraphQLVerdict {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return refused(INVALID, ['the body must be a JSON object with a `query` string'])
  const { operationName, query, variables } = body as Record<string, unknown>
  if (typeof query !== 'string' || !query.trim()) return refused(INVALID, ['`query` must be a non-empty string'])
  if (operationName !== undefined && operationName !== null && typeof operationName !== 'string') return refused(INVALID, ['`operationName` must be a string'])
  if (variables !== undefined && variables !== null && (typeof variables !== 'object' || Array.isArray(variables))) return refused(INVALID, ['`variables` must be an object'])
  let document: DocumentNode
  try {
    document = parse(query, { maxTokens: budget.maxTokens, noLocation: true })
  } catch (err) {
    return refused(INVALID, [(err as Error).message])
  }
  const cost = measure(document, { operationName: operationName ?? undefined, variables: (variables ?? {}) as Record<string, unknown> })
  const issues: string[] = [...cost.badArguments]
  if (cost.aliases > budget.maxAliases) issues.push(`aliases: ${cost.aliases} (at most ${budget.maxAliases})`)
  if (cost.depth > budget.maxDepth) issues.push(`depth: ${cost.depth} (at most ${budget.maxDepth})`)
  if (cost.documents > budget.maxDocuments) {
    issues.push(
      Number.isFinite(cost.documents)
        ? `documents: up to ${cost.documents} (at most ${budget.maxDocuments}; lower \`limit\`)`
        : `documents: unbounded (\`pagination: false\` or \`limit: 0\`; at most ${budget.maxDocuments})`,
    )
  }
  return issues.length ? refused(OVER_BUDGET, issues) : { allowed: true, cost }
}

/** Measures every operation in the document (the one run is chosen later; the most expensive bounds them all). */
export function measure(document: DocumentNode, { operationName, variables = {} }: { operationName?: string; variables?: Record<string, unknown> }): GraphQLMeasure {
  const fragments = new Map<string, FragmentDefinitionNode>()
  for (const def of document.definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def)
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)
  const chosen = operationName ? operations.filter((op) => op.name?.value === operationName) : operations
  const badArguments: string[] = []
  const total: GraphQLMeasure = { aliases: 0, badArguments, depth: 0, documents: 0 }
  for (const operation of chosen.length ? chosen : operations) {
    const defaults: Record<string, unknown> = {}
    for (const v of operation.variableDefinitions ?? []) if (v.defaultValue) defaults[v.variable.name.value] = literal(v.defaultValue, {})
    const cost = walk(operation.selectionSet, { fragments, badArguments, multiplier: 1, seen: new Set(), variables: { ...defaults, ...variables } })
    total.aliases = Math.max(total.aliases, cost.aliases)
    total.depth = Math.max(total.depth, cost.depth)
    total.documents = Math.max(total.documents, cost.documents)
  }
  return total
}

type WalkContext = { badArguments: string[]; fragments: Map<string, FragmentDefinitionNode>; multiplier: number; seen: Set<string>; variables: Record<string, unknown> }

function walk(selectionSet: SelectionSetNode, context: WalkContext): GraphQLCost {
  const cost: GraphQLCost = { aliases: 0, depth: 1, documents: 0 }
  const add = (inner: GraphQLCost, deeper: boolean) => {
    cost.aliases += inner.aliases
    cost.depth = Math.max(cost.depth, inner.depth + (deeper ? 1 : 0))
    cost.documents += inner.documents
  }
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.INLINE_FRAGMENT) {
      add(walk(selection.selectionSet, context), false)
    } else if (selection.kind === Kind.FRAGMENT_SPREAD) {
      const name = selection.name.value
      const fragment = context.fragments.get(name)
      // A fragment that spreads itself is invalid GraphQL; the validator answers it, we only must not loop.
      if (!fragment || context.seen.has(name)) continue
      add(walk(fragment.selectionSet, { ...context, seen: new Set([...context.seen, name]) }), false)
    } else {
      if (selection.alias) cost.aliases++
      if (selection.selectionSet) add(fieldCost(selection, context), true)
    }
  }
  return cost
}

/** A field with a selection: a paginated list (it selects `docs`) returns `limit` documents; any other object, one. */
function fieldCost(field: FieldNode, context: WalkContext): GraphQLCost {
  const selectsDocs = field.selectionSet!.selections.some((s) => s.kind === Kind.FIELD && s.name.value === 'docs')
  if (!selectsDocs) {
    const inner = walk(field.selectionSet!, context)
    return { ...inner, documents: inner.documents + (field.name.value.startsWith('__') ? 0 : context.multiplier) }
  }
  const args = Object.fromEntries((field.arguments ?? []).map((a) => [a.name.value, literal(a.value, context.variables)]))
  const limit = typeof args.limit === 'number' ? args.limit : DEFAULT_LIMIT
  if (!Number.isInteger(limit)) context.badArguments.push(`${field.name.value}: limit must be a whole number`)
  if (args.page !== undefined && (typeof args.page !== 'number' || !Number.isInteger(args.page) || args.page < 1 || args.page > 1_000_000)) {
    context.badArguments.push(`${field.name.value}: page must be a whole number from 1 to 1000000`)
  }
  const unbounded = args.pagination === false || limit <= 0
  const count = unbounded ? Number.POSITIVE_INFINITY : context.multiplier * limit
  // The list's `docs` object itself is not a document; what is inside counts once per listed document.
  const inner = walk(field.selectionSet!, { ...context, multiplier: Number.isFinite(count) ? count : 1 })
  return { ...inner, documents: count + Math.max(0, inner.documents - (Number.isFinite(count) ? count : 1)) }
}

function literal(value: ValueNode, variables: Record<string, unknown>): unknown {
  switch (value.kind) {
    case Kind.INT:
    case Kind.FLOAT:
      return Number(value.value)
    case Kind.BOOLEAN:
      return value.value
    case Kind.VARIABLE:
      return variables[value.name.value]
    default:
      return undefined
  }
}
