import { describe, expect, it } from 'vitest'

import { describeNewerDatabase, describeUnrecognisedPush, type KnownMigration, missingFrom, planMigrations } from '../../../src/schema/migrationPlan'

const v1 = { articles: ['id', 'title'], payload_migrations: ['id', 'name', 'batch'] }
const v2 = { ...v1, bulletins: ['id', 'slot'] }
const v3 = { ...v2, bulletins: ['id', 'slot', 'out_of_slot'] }
const known: KnownMigration[] = [
  { name: '001_initial', shape: v1 },
  { name: '002_bulletins', shape: v2 },
  { name: '003_backfill' }, // data only: no snapshot
  { name: '004_out_of_slot', shape: v3 },
]
const dev = { batch: -1, name: 'dev' }
const ran = (...names: string[]) => names.map((name) => ({ batch: 1, name }))

describe('planMigrations', () => {
  it('runs every migration on a new database', () => {
    expect(planMigrations({ applied: [], known })).toEqual({ adopt: [], extra: [], kind: 'migrate', pushed: false, run: ['001_initial', '002_bulletins', '003_backfill', '004_out_of_slot'] })
  })

  it('runs only the migrations a migrated database lacks, in order', () => {
    expect(planMigrations({ applied: ran('001_initial', '002_bulletins'), known })).toMatchObject({ adopt: [], run: ['003_backfill', '004_out_of_slot'] })
  })

  it('has nothing to do on an up-to-date database', () => {
    expect(planMigrations({ applied: ran(...known.map((m) => m.name)), known })).toMatchObject({ adopt: [], kind: 'migrate', run: [] })
  })

  it('refuses a database with a migration this version does not know, naming it', () => {
    expect(planMigrations({ applied: ran('001_initial', '005_search'), known })).toEqual({ kind: 'newer-database', unknown: ['005_search'] })
  })

  it.each([
    ['the first snapshot', v1, ['001_initial'], ['002_bulletins', '003_backfill', '004_out_of_slot']],
    ['a later snapshot (and the data migration after it is not skipped before the next schema)', v2, ['001_initial', '002_bulletins', '003_backfill'], ['004_out_of_slot']],
    ['the latest snapshot', v3, ['001_initial', '002_bulletins', '003_backfill', '004_out_of_slot'], []],
  ])('adopts a pushed schema equal to %s', (_, database, adopt, run) => {
    expect(planMigrations({ applied: [dev], database, known })).toEqual({ adopt, extra: [], kind: 'migrate', pushed: true, run })
  })

  it('adopts a pushed schema with extra columns at the last snapshot it contains, and reports them', () => {
    const database = { ...v2, articles: ['id', 'title', 'draft_note'] }
    expect(planMigrations({ applied: [dev], database, known })).toEqual({
      adopt: ['001_initial', '002_bulletins', '003_backfill'],
      extra: ['articles.draft_note'],
      kind: 'migrate',
      pushed: true,
      run: ['004_out_of_slot'],
    })
  })

  it('adopts nothing new when a migrated database was pushed again by the same version', () => {
    expect(planMigrations({ applied: [...ran('001_initial', '002_bulletins'), dev], database: v2, known })).toMatchObject({ adopt: ['003_backfill'], pushed: true, run: ['004_out_of_slot'] })
    expect(planMigrations({ applied: [...ran('001_initial', '002_bulletins', '003_backfill', '004_out_of_slot'), dev], database: v3, known })).toMatchObject({ adopt: [], pushed: true, run: [] })
  })

  it('refuses a pushed schema that no snapshot describes, naming what it lacks', () => {
    expect(planMigrations({ applied: [dev], database: { articles: ['id'] }, known })).toEqual({ kind: 'unrecognised-push', missing: ['articles.title', 'payload_migrations', 'payload_migrations.batch', 'payload_migrations.id', 'payload_migrations.name'] })
  })

  it('still refuses a newer database that was also pushed', () => {
    expect(planMigrations({ applied: [...ran('009_future'), dev], database: v3, known })).toMatchObject({ kind: 'newer-database' })
  })
})

describe('missingFrom', () => {
  it('lists tables and columns one shape lacks of another', () => {
    expect(missingFrom(v1, v3)).toEqual(['bulletins', 'bulletins.id', 'bulletins.out_of_slot', 'bulletins.slot'])
    expect(missingFrom(v3, v1)).toEqual([])
  })
})

describe('messages', () => {
  it('names both versions and the unknown migrations in one line', () => {
    const line = describeNewerDatabase({ ours: '0.2.0', theirs: '0.3.0', unknown: ['20270101_000000_search'] })
    expect(line).toBe(
      'this database was upgraded by Nguồn 0.3.0; this is Nguồn 0.2.0, which does not know its migration 20270101_000000_search. Start Nguồn 0.3.0 or later, or restore the backup taken before the upgrade.',
    )
    expect(line).not.toContain('\n')
  })

  it('says "a newer Nguồn" when the newer version is not recorded, and shortens long lists', () => {
    const line = describeNewerDatabase({ ours: '0.2.0', theirs: null, unknown: ['a', 'b', 'c', 'd', 'e'] })
    expect(line).toContain('upgraded by a newer Nguồn; this is Nguồn 0.2.0, which does not know its migrations a, b, c and 2 more.')
  })

  it('says what a pushed schema lacks and that nothing was changed', () => {
    expect(describeUnrecognisedPush(['articles.title'])).toMatch(/lacks articles\.title\); nothing was changed/)
  })
})
