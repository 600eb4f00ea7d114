// Whether this process should be sent traffic (/readyz): the pure rule, given what was measured.

export type ReadinessFacts = {
  /** The database answered a round trip in time. */
  db: boolean
  /** Committed migrations this version has that the database has not recorded (another process may be applying them). */
  pendingMigrations: number
  /** Migrations the database has recorded that this version does not know: a newer version upgraded it. */
  newerMigrations: number
  /** Seconds the oldest due job has waited; null when nothing is due. */
  jobLagSeconds: null | number
  /** Past this lag the queue is considered stuck (no worker, or one that cannot keep up). */
  maxJobLagSeconds: number
}

export type Readiness = { ready: boolean; reasons: string[] }

export function decideReadiness({ db, jobLagSeconds, maxJobLagSeconds, newerMigrations, pendingMigrations }: ReadinessFacts): Readiness {
  const reasons: string[] = []
  if (!db) reasons.push('database unreachable')
  if (pendingMigrations > 0) reasons.push(`${pendingMigrations} schema migration(s) not yet applied`)
  if (newerMigrations > 0) reasons.push('the database was upgraded by a newer version of Nguồn; restart this process with it')
  if (jobLagSeconds !== null && jobLagSeconds > maxJobLagSeconds) {
    reasons.push(`job queue lag ${Math.round(jobLagSeconds)} s exceeds ${maxJobLagSeconds} s`)
  }
  return { ready: reasons.length === 0, reasons }
}

/** The oldest due job's wait in seconds: due = its waitUntil (or, without one, its creation) is not in the future. */
export function jobLagSeconds(oldestDue: Date | null | string | undefined, now: Date): null | number {
  if (oldestDue === null || oldestDue === undefined) return null
  const at = new Date(oldestDue).getTime()
  if (Number.isNaN(at)) return null
  return Math.max(0, (now.getTime() - at) / 1000)
}

/** Seconds after which a due job counts as stuck for /readyz (NGUON_READY_MAX_JOB_LAG_SECONDS). */
export function maxJobLagSeconds(env: Record<string, string | undefined> = process.env): number {
  const raw = env.NGUON_READY_MAX_JOB_LAG_SECONDS?.trim()
  if (!raw) return 300
  const value = Number(raw)
  if (!Number.isFinite(value) || value <= 0) throw new Error(`NGUON_READY_MAX_JOB_LAG_SECONDS "${raw}" is not a positive number of seconds`)
  return value
}
