import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { closeDatabaseConnections } from '../../src/db'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'
import { startTestServer, type TestServer } from '../helpers/testServer'

describe('GET /healthz', () => {
  let t: TestPayload
  let server: TestServer
  beforeAll(async () => {
    t = await startTestPayload('health')
    server = await startTestServer({ config: t.config, getPayload: async () => t.payload })
  })
  afterAll(async () => {
    await server?.close()
    await t?.stop()
  })

  it('answers 200 with status, db and version after a database round trip', async () => {
    const res = await fetch(`${server.url}/healthz`)
    expect(res.status).toBe(200)
    expect(res.headers.get('cache-control')).toBe('no-store')
    expect(await res.json()).toMatchObject({ db: 'ok', status: 'ok', version: 'test' })
  })

  it('answers 503 when the database does not answer', async () => {
    await closeDatabaseConnections(t.payload.db)
    const res = await fetch(`${server.url}/healthz`)
    expect(res.status).toBe(503)
    expect(await res.json()).toMatchObject({ db: 'unreachable', status: 'error' })
  })
})
