// Decides, from what a database records and holds, which committed migrations to adopt, run or refuse (no Payload import).

/** Tables and their column names, as a database holds them or a migration's snapshot describes them. */
export type SchemaShape = Record<string, string[]>

/** A row of `payload_migrations`; batch -1 is Payload's marker for a schema pushed in development. */
export type AppliedMigration = { batch: number; name: string }

/** A committed migration, with the schema its snapshot describes (data-only migrations may have none). */
export type KnownMigration = { name: string; shape?: SchemaShape }

export type MigrationPlan =
  /** The database has migrations this version does not: a newer version has upgraded it. */
  | { kind: 'newer-database'; unknown: string[] }
  /** A pushed schema that matches no committed migration's snapshot: adopting it could lose data. */
  | { kind: 'unrecognised-push'; missing: string[] }
  | {
      /** Recorded as applied without running: a pushed schema already has them. */
      adopt: string[]
      /** Tables and columns the pushed schema has beyond the snapshot it was adopted at (reported, kept). */
      extra: string[]
      kind: 'migrate'
      /** Whether the database was pushed (a `dev` row to remove once adopted). */
      pushed: boolean
      run: string[]
    }

/** Payload's marker row for a schema pushed outside migrations. */
export const PUSHED_BATCH = -1

const columnsOf = (shape: SchemaShape): Set<string> => new Set(Object.entries(shape).flatMap(([table, cols]) => [table, ...cols.map((c) => `${table}.${c}`)]))

/** What `want` has that `have` lacks, as `table` and `table.column` names, sorted. */
export function missingFrom(have: SchemaShape, want: SchemaShape): string[] {
  const held = columnsOf(have)
  return [...columnsOf(want)].filter((name) => !held.has(name)).sort()
}

/**
 * The plan for one start. Migrations recorded by a newer version stop it. A schema pushed by an earlier version
 * (`npm start` before 0.2.0, `npm run dev`) is adopted at the last committed migration whose snapshot it equals
 * (or, failing that, contains): those are recorded as applied, the later ones run.
 */
export function planMigrations({
  applied,
  database,
  known,
}: {
  applied: AppliedMigration[]
  /** The database's tables and columns; needed only when it was pushed. */
  database?: SchemaShape
  known: KnownMigration[]
}): MigrationPlan {
  const knownNames = new Set(known.map((m) => m.name))
  const recorded = applied.filter((m) => m.batch !== PUSHED_BATCH).map((m) => m.name)
  const unknown = recorded.filter((name) => !knownNames.has(name))
  if (unknown.length) return { kind: 'newer-database', unknown }

  const done = new Set(recorded)
  const pending = known.filter((m) => !done.has(m.name)).map((m) => m.name)
  const pushed = applied.some((m) => m.batch === PUSHED_BATCH)
  if (!pushed) return { adopt: [], extra: [], kind: 'migrate', pushed, run: pending }
  if (!database) throw new Error('planMigrations: a pushed database needs its shape')

  // The schema after the first k migrations, k = 0 … known.length; a migration without a snapshot changes none.
  const after: (SchemaShape | undefined)[] = [undefined]
  for (const migration of known) after.push(migration.shape ?? after[after.length - 1])
  const index = (name: string) => known.findIndex((m) => m.name === name) + 1
  const lastDone = recorded.length ? Math.max(...recorded.map(index)) : 0

  // Candidates: adopt the first c pending migrations; c = 0 keeps the schema the recorded ones built.
  const candidates = pending.map((_, i) => i + 1).reverse()
  if (lastDone > 0) candidates.push(0)
  const shapeFor = (c: number) => after[c === 0 ? lastDone : index(pending[c - 1]!)]
  const fits = (c: number, exact: boolean) => {
    const shape = shapeFor(c)
    if (!shape) return false
    return missingFrom(database, shape).length === 0 && (!exact || missingFrom(shape, database).length === 0)
  }
  const chosen = candidates.find((c) => fits(c, true)) ?? candidates.find((c) => fits(c, false))
  if (chosen === undefined) {
    const nearest = shapeFor(candidates[candidates.length - 1] ?? 0) ?? {}
    return { kind: 'unrecognised-push', missing: missingFrom(database, nearest) }
  }
  return {
    adopt: pending.slice(0, chosen),
    extra: missingFrom(shapeFor(chosen) ?? {}, database),
    kind: 'migrate',
    pushed,
    run: pending.slice(chosen),
  }
}

const list = (names: string[], max = 3) => names.slice(0, max).join(', ') + (names.length > max ? ` and ${names.length - max} more` : '')

/** The one line an older version prints before stopping on a database a newer one has upgraded. */
export function describeNewerDatabase({ ours, theirs, unknown }: { ours: string; theirs: null | string; unknown: string[] }): string {
  const by = theirs ? `Nguồn ${theirs}` : 'a newer Nguồn'
  return (
    `this database was upgraded by ${by}; this is Nguồn ${ours}, which does not know its migration${unknown.length > 1 ? 's' : ''} ${list(unknown)}. ` +
    `Start ${theirs ? `Nguồn ${theirs}` : 'that version'} or later, or restore the backup taken before the upgrade.`
  )
}

/** The one line for a pushed schema that no committed migration describes. */
export function describeUnrecognisedPush(missing: string[]): string {
  return (
    `this database's schema was pushed (development mode) and matches none of this version's migrations (it lacks ${list(missing, 5)}); ` +
    'nothing was changed. Start it with the version that created it, or restore a backup.'
  )
}
