import { describe, expect, it } from 'vitest'

import { decideReadiness, jobLagSeconds, maxJobLagSeconds } from '../../../src/ops/readiness'

const ready = { db: true, jobLagSeconds: null, maxJobLagSeconds: 300, newerMigrations: 0, pendingMigrations: 0 }

describe('readiness', () => {
  it('is ready when the database answers, the schema is current and no job waits too long', () => {
    expect(decideReadiness(ready)).toEqual({ ready: true, reasons: [] })
    expect(decideReadiness({ ...ready, jobLagSeconds: 300 })).toEqual({ ready: true, reasons: [] })
  })

  it.each([
    [{ db: false }, 'database unreachable'],
    [{ pendingMigrations: 1 }, '1 schema migration(s) not yet applied'],
    [{ newerMigrations: 2 }, 'the database was upgraded by a newer version of Nguồn; restart this process with it'],
    [{ jobLagSeconds: 300.6 }, 'job queue lag 301 s exceeds 300 s'],
    [{ jobLagSeconds: 11, maxJobLagSeconds: 10 }, 'job queue lag 11 s exceeds 10 s'],
  ])('is not ready with %o', (facts, reason) => {
    expect(decideReadiness({ ...ready, ...facts })).toEqual({ ready: false, reasons: [reason] })
  })

  it('names every reason at once', () => {
    expect(decideReadiness({ db: false, jobLagSeconds: 900, maxJobLagSeconds: 60, newerMigrations: 0, pendingMigrations: 3 }).reasons).toEqual([
      'database unreachable',
      '3 schema migration(s) not yet applied',
      'job queue lag 900 s exceeds 60 s',
    ])
  })
})

describe('job lag', () => {
  const now = new Date('2026-12-02T10:00:00.000Z')
  it('is the wait since the oldest due job became due, never negative', () => {
    expect(jobLagSeconds('2026-12-02T09:59:30.000Z', now)).toBe(30)
    expect(jobLagSeconds(new Date('2026-12-02T09:58:59.500Z'), now)).toBe(60.5)
    expect(jobLagSeconds('2026-12-02T10:00:05.000Z', now)).toBe(0)
  })
  it('is absent when nothing is due or the date cannot be read', () => {
    expect(jobLagSeconds(null, now)).toBeNull()
    expect(jobLagSeconds(undefined, now)).toBeNull()
    expect(jobLagSeconds('not a date', now)).toBeNull()
  })
})

describe('NGUON_READY_MAX_JOB_LAG_SECONDS', () => {
  it('defaults to five minutes and takes any positive number of seconds', () => {
    expect(maxJobLagSeconds({})).toBe(300)
    expect(maxJobLagSeconds({ NGUON_READY_MAX_JOB_LAG_SECONDS: ' ' })).toBe(300)
    expect(maxJobLagSeconds({ NGUON_READY_MAX_JOB_LAG_SECONDS: '45' })).toBe(45)
    expect(maxJobLagSeconds({ NGUON_READY_MAX_JOB_LAG_SECONDS: '0.5' })).toBe(0.5)
  })
  it.each(['0', '-5', 'ten', 'Infinity'])('refuses %s, naming the variable', (value) => {
    expect(() => maxJobLagSeconds({ NGUON_READY_MAX_JOB_LAG_SECONDS: value })).toThrow(`NGUON_READY_MAX_JOB_LAG_SECONDS "${value}" is not a positive number of seconds`)
  })
})
