import { describe, expect, it } from 'vitest'

import { cachedCountDistinct, COMPACT_AFTER_ROWS, type CountArgs, countKey, type GenerationSource } from '../../src/countCache'

// A stand-in for drizzle's SQL: the dialect below turns it into text and parameters the way drizzle's does.
type FakeSql = { params: unknown[]; text: string }
const dialect = { sqlToQuery: (sql: unknown) => ({ params: (sql as FakeSql).params, sql: (sql as FakeSql).text }) }
const where = (...params: unknown[]): FakeSql => ({ params, text: `"_status" = ? and "unit_id" = ?` })
const outside = { name: 'outside' }

function setup({ enabled = true, rows = 1 }: { enabled?: boolean; rows?: number } = {}) {
  let generation = 1
  let counted = 0
  const calls = { compact: 0, original: 0 }
  const source: GenerationSource & { fail?: boolean; failCompact?: boolean } = {
    compact: async () => {
      calls.compact++
      if (source.failCompact) throw new Error('deadlock detected')
    },
    enabled: async () => enabled,
    generation: async () => {
      if (source.fail) throw new Error('no such table: count_generations')
      return { generation: String(generation), rows }
    },
  }
  const stats = { bypassed: 0, hits: 0, misses: 0 }
  const count = cachedCountDistinct(
    async () => {
      calls.original++
      return ++counted
    },
    { dialect: () => dialect, outside: () => outside, source, stats },
  )
  const args = (over: Partial<CountArgs> = {}): CountArgs => ({ db: outside, joins: [], tableName: 'articles', where: where('published', 4), ...over })
  return { args, calls, count, move: () => generation++, source, stats }
}

describe('countKey', () => {
  it('differs by table, column, parameters, joins and join kind, and is equal for the same statement', () => {
    const base: CountArgs = { db: outside, joins: [], tableName: 'articles', where: where('published', 4) }
    const key = countKey(dialect, base)
    expect(countKey(dialect, { ...base, where: where('published', 4) })).toBe(key)
    expect(countKey(dialect, { ...base, where: where('published', 5) })).not.toBe(key)
    expect(countKey(dialect, { ...base, tableName: '_articles_v' })).not.toBe(key)
    expect(countKey(dialect, { ...base, column: { name: 'parent_id' } })).not.toBe(key)
    expect(countKey(dialect, { ...base, where: undefined })).not.toBe(key)
    const join = { condition: { params: ['public'], text: '"value" = ?' }, table: { [Symbol.for('drizzle:Name')]: 'articles_audiences' } }
    const joined = countKey(dialect, { ...base, joins: [join] })
    expect(joined).not.toBe(key)
    expect(countKey(dialect, { ...base, joins: [{ ...join, condition: { params: ['internal'], text: '"value" = ?' } }] })).not.toBe(joined)
    expect(countKey(dialect, { ...base, joins: [{ ...join, type: 'innerJoin' }] })).not.toBe(joined)
    expect(countKey(dialect, { ...base, joins: [{ ...join, table: { [Symbol.for('drizzle:Name')]: 'articles_channels' } }] })).not.toBe(joined)
  })
})

describe('cachedCountDistinct', () => {
  it('counts once while the generation stays, and again when it moves', async () => {
    const { args, calls, count, move, stats } = setup()
    expect(await count(args())).toBe(1)
    expect(await count(args())).toBe(1)
    expect(calls.original).toBe(1)
    move()
    expect(await count(args())).toBe(2)
    expect(stats).toEqual({ bypassed: 0, hits: 1, misses: 2 })
  })

  it('keeps one total a statement', async () => {
    const { args, count } = setup()
    expect(await count(args())).toBe(1)
    expect(await count(args({ where: where('published', 5) }))).toBe(2)
    expect(await count(args())).toBe(1)
    expect(await count(args({ where: where('published', 5) }))).toBe(2)
  })

  it('never caches a table without triggers, a count inside a transaction, or a database without the triggers', async () => {
    for (const [options, over] of [
      [{}, { tableName: 'outlets' }],
      [{}, { tableName: 'deliveries' }],
      [{}, { db: { name: 'a transaction' } }],
      [{ enabled: false }, {}],
    ] as const) {
      const { args, calls, count, stats } = setup(options)
      expect(await count(args(over))).toBe(1)
      expect(await count(args(over))).toBe(2)
      expect(calls.original).toBe(2)
      expect(stats).toEqual({ bypassed: 2, hits: 0, misses: 0 })
    }
  })

  it('counts without the cache when the generation cannot be read', async () => {
    const { args, count, source, stats } = setup()
    expect(await count(args())).toBe(1)
    source.fail = true
    expect(await count(args())).toBe(2)
    expect(stats.bypassed).toBe(1)
  })

  it('folds the generation rows past the threshold, and a failed fold costs nothing', async () => {
    const few = setup({ rows: COMPACT_AFTER_ROWS })
    await few.count(few.args())
    expect(few.calls.compact).toBe(0)
    const many = setup({ rows: COMPACT_AFTER_ROWS + 1 })
    many.source.failCompact = true
    expect(await many.count(many.args())).toBe(1)
    expect(await many.count(many.args())).toBe(1)
    expect(many.calls.compact).toBe(2)
    expect(many.stats.hits).toBe(1)
  })
})
