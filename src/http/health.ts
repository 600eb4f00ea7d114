// GET /healthz: a real database round trip, answered within a bounded time.
import type { Request, Response } from 'express'
import type { Payload } from 'payload'

export const HEALTH_TIMEOUT_MS = 3000

export type HealthReport = {
  adapter: string
  db: 'ok' | 'unreachable'
  status: 'error' | 'ok'
  version: string
}

export async function checkHealth({ payload, version }: { payload: Payload; version: string }): Promise<HealthReport> {
  const adapter = payload.db.name
  let timer: NodeJS.Timeout | undefined
  try {
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('database did not answer in time')), HEALTH_TIMEOUT_MS)
    })
    await Promise.race([payload.count({ collection: 'units', overrideAccess: true }), timeout])
    return { adapter, db: 'ok', status: 'ok', version }
  } catch (err) {
    payload.logger.error({ err, msg: 'Health check: database round trip failed' })
    return { adapter, db: 'unreachable', status: 'error', version }
  } finally {
    clearTimeout(timer)
  }
}

export const healthHandler =
  ({ getPayload, version }: { getPayload: () => Promise<Payload>; version: string }) =>
  async (_req: Request, res: Response) => {
    res.set('Cache-Control', 'no-store')
    try {
      const report = await checkHealth({ payload: await getPayload(), version })
      res.status(report.status === 'ok' ? 200 : 503).json(report)
    } catch {
      res.status(503).json({ adapter: 'unknown', db: 'unreachable', status: 'error', version })
    }
  }
