// Webhooks never reach this server or an internal network: an admin cannot save such an address (400, in their
// language), and the sender checks again before every attempt, recording one reason whatever listens at the address.
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { sendDueDeliveries } from '../../src/delivery/sendDueDeliveries'
import { generateWebhookSecret } from '../../src/delivery/signature'
import { api } from '../helpers/api'
import { startWorkflowWorld, type WorkflowWorld } from '../helpers/workflow'

const LOOPBACK_ONLY = '127.0.0.1,::1'

describe('webhook addresses (SSRF)', () => {
  let w: WorkflowWorld
  let receiver: Server
  let receiverPort = 0
  let hits = 0

  const outletData = (name: string, webhookUrl: string) => ({ accessLevel: 'public', channels: ['web'], kind: 'web', name, webhookUrl })
  const countOutlets = async () => (await w.t.payload.count({ collection: 'outlets', overrideAccess: true })).totalDocs
  const saveAsAdmin = (body: unknown, { id, language }: { id?: number | string; language?: 'en' } = {}) =>
    fetch(`${w.server.url}/api/outlets${id === undefined ? '' : `/${id}`}`, {
      body: JSON.stringify(body),
      headers: { authorization: `JWT ${w.tokens.admin}`, 'content-type': 'application/json', ...(language ? { cookie: `payload-lng=${language}` } : {}) },
      method: id === undefined ? 'POST' : 'PATCH',
    })
  const messageOf = async (res: Response) => JSON.stringify(await res.json())

  beforeAll(async () => {
    process.env.NGUON_WEBHOOK_ALLOWED_HOSTS = ''
    w = await startWorkflowWorld('webhook-ssrf')
    receiver = createServer((_req, res) => {
      hits++
      res.writeHead(204).end()
    })
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve))
    receiverPort = (receiver.address() as AddressInfo).port
  })

  afterAll(async () => {
    process.env.NGUON_WEBHOOK_ALLOWED_HOSTS = LOOPBACK_ONLY
    await new Promise((resolve) => receiver?.close(resolve))
    await w?.stop()
  })

  it.each([
    'http://169.254.169.254/latest/meta-data/',
    'http://10.0.0.1:6379/',
    'http://127.1/',
    'http://2130706433/',
    'http://0x7f.1/',
    'http://[::1]/',
    'http://[::ffff:127.0.0.1]/',
    'http://0.0.0.0:3000/',
    'http://localhost:3000/',
    'http://localhost./',
    'http://[fd00:ec2::254]/',
    'http://100.64.0.1/',
    'http://224.0.0.1/',
  ])('refuses to save %s, in Vietnamese', async (webhookUrl) => {
    const before = await countOutlets()
    const res = await saveAsAdmin(outletData('Cổng nội bộ', webhookUrl))
    expect(res.status).toBe(400)
    expect(await messageOf(res)).toContain('Địa chỉ webhook trỏ tới chính máy chủ này hoặc mạng nội bộ')
    expect(await countOutlets()).toBe(before)
  })

  it('answers an English user in English, and refuses the address on an update too', async () => {
    const created = await saveAsAdmin(outletData('Báo công khai', 'https://203.0.114.7/hook'))
    expect(created.status).toBe(201)
    const { doc } = (await created.json()) as { doc: { id: number | string } }
    const res = await saveAsAdmin({ webhookUrl: 'http://[::ffff:169.254.169.254]/' }, { id: doc.id, language: 'en' })
    expect(res.status).toBe(400)
    expect(await messageOf(res)).toContain('The webhook address points to this server or an internal network')
    const stored = await w.t.payload.findByID({ collection: 'outlets', id: doc.id, overrideAccess: true })
    expect(stored.webhookUrl).toBe('https://203.0.114.7/hook')
  })

  it('saves loopback only when the operator allows it', async () => {
    const url = `http://127.0.0.1:${receiverPort}/hook`
    expect((await saveAsAdmin(outletData('Máy thử', url))).status).toBe(400)
    process.env.NGUON_WEBHOOK_ALLOWED_HOSTS = LOOPBACK_ONLY
    try {
      expect((await saveAsAdmin(outletData('Máy thử', url))).status).toBe(201)
    } finally {
      process.env.NGUON_WEBHOOK_ALLOWED_HOSTS = ''
    }
  })

  it('checks again at send time, never connects, and records the same reason for an open and a closed port', async () => {
    // Saved while allowed; the allow-list then changes (as a DNS answer might): the sender must not follow the old decision.
    process.env.NGUON_WEBHOOK_ALLOWED_HOSTS = LOOPBACK_ONLY
    const closed = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, '127.0.0.1', () => {
        const { port } = probe.address() as AddressInfo
        probe.close(() => resolve(port))
      })
    })
    const ids: (number | string)[] = []
    for (const [name, port] of [['Cổng mở', receiverPort], ['Cổng đóng', closed]] as const) {
      const outlet = await w.t.payload.create({ collection: 'outlets', data: outletData(name, `http://127.0.0.1:${port}/hook`) as never, overrideAccess: true })
      await api(w.server.url, `/api/outlets/${outlet.id}/webhook-secret`, { body: { secret: generateWebhookSecret() }, token: w.tokens.admin })
      const delivery = await w.t.payload.create({
        collection: 'deliveries',
        data: { attempts: 0, body: '{}', event: 'item.published', itemCollection: 'articles', itemId: `ssrf-${port}`, nextAttemptAt: new Date(0).toISOString(), outlet: outlet.id, state: 'pending', webhookId: `msg_ssrf_${port}` },
        overrideAccess: true,
      })
      ids.push(delivery.id)
    }
    process.env.NGUON_WEBHOOK_ALLOWED_HOSTS = ''
    hits = 0
    await sendDueDeliveries({ payload: w.t.payload })
    const recorded = await Promise.all(ids.map((id) => w.t.payload.findByID({ collection: 'deliveries', depth: 0, id, overrideAccess: true })))
    expect(hits).toBe(0)
    for (const delivery of recorded) {
      expect(delivery).toMatchObject({ attempts: 1, lastStatus: null, nextAttemptAt: null, state: 'failed' })
      expect(delivery.lastError).toMatch(/^refused: the webhook address is, or resolves to, a loopback, private/)
    }
    expect(recorded[0]!.lastError).toBe(recorded[1]!.lastError)
  })
})
