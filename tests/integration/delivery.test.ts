// Signed push delivery to newsrooms over real HTTP: a node:http receiver that verifies every signature, a real Payload
// on a fresh database, and the sender driven round by round (short timeout and backoff set through NGUON_WEBHOOK_*).
import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

import { Webhook } from 'standardwebhooks'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { closeDatabaseConnections } from '../../src/db'
import { claimDelivery } from '../../src/delivery/claimDelivery'
import { deliverySettings } from '../../src/delivery/deliverySettings'
import { expandFanouts } from '../../src/delivery/expandFanouts'
import { queueExpiredItems } from '../../src/delivery/queueExpiredItems'
import { sendDueDeliveries } from '../../src/delivery/sendDueDeliveries'
import { wakeSender } from '../../src/delivery/senderSignal'
import { listenForWakeups, wakeSenders } from '../../src/delivery/senderWakeups'
import { generateWebhookSecret, signWebhook, verifyWebhook, type WebhookVerification } from '../../src/delivery/signature'
import type { Delivery, Outlet } from '../../src/payload-types'
import { api } from '../helpers/api'
import { testDatabaseKind } from '../helpers/testPayload'
import { type Doc, startWorkflowWorld, type WorkflowWorld } from '../helpers/workflow'
import { ninjsValidator } from '../unit/feeds/ninjsValidator'

Object.assign(process.env, {
  NGUON_WEBHOOK_BASE_DELAY_MS: '40',
  NGUON_WEBHOOK_MAX_ATTEMPTS: '4',
  NGUON_WEBHOOK_MAX_DELAY_MS: '150',
  NGUON_WEBHOOK_TIMEOUT_MS: '400',
})

type Reply = 'hang' | number | { headers: Record<string, string>; status: number }
type Received = { at: number; body: string; headers: IncomingHttpHeaders; json: { data: Record<string, unknown>; timestamp: string; type: string }; outlet: string; standard: string; verification: WebhookVerification }

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const NO_SECRET = 'whsec_' + Buffer.alloc(32).toString('base64')

/** What the reference implementation, the `standardwebhooks` package, says: 'valid' or its error message. */
function standardVerdict({ body, headers, secret }: { body: string; headers: IncomingHttpHeaders; secret: string }): string {
  try {
    new Webhook(secret).verify(body, headers as Record<string, string>)
    return 'valid'
  } catch (err) {
    return (err as Error).message
  }
}
/** Signed as Standard Webhooks requires, by our verifier and by the reference one. */
const isVerified = (r: Received) => r.verification.isValid && r.standard === 'valid'

describe('signed push delivery', () => {
  let w: WorkflowWorld
  let receiver: Server
  let receiverUrl = ''
  const url = () => w.server.url
  const payload = () => w.t.payload
  const validateNinjs = ninjsValidator()
  const scripts: Record<string, Reply[]> = {}
  const secrets: Record<string, string> = {}
  const outlets: Record<string, number | string> = {}
  const received: Received[] = []
  const hanging: ServerResponse[] = []

  /** What `outlet` received about `item`, in order. */
  const got = (outlet: string, item: Doc) => received.filter((r) => r.outlet === outlet && r.json.data.uri === `urn:nguon:articles:${item.id}`)
  const receiversOf = (item: Doc, type?: string) =>
    [...new Set(received.filter((r) => r.json.data.uri === `urn:nguon:articles:${item.id}` && (!type || r.json.type === type)).map((r) => r.outlet))].sort()

  const deliveriesOf = async (item: Doc) =>
    (await payload().find({ collection: 'deliveries', depth: 0, overrideAccess: true, pagination: false, sort: 'createdAt', where: { itemId: { equals: String(item.id) } } })).docs

  /**
   * Runs sender rounds until the item's delivery to `outlet` has made its first attempt and recorded the
   * outcome. Rounds take a batch of due deliveries, so on a loaded machine the first round may not reach it.
   */
  const deliveriesTo = async (item: Doc, outlet: string) =>
    (await deliveriesOf(item)).filter((d) => (typeof d.outlet === 'object' ? d.outlet.id : d.outlet) === outlets[outlet])
  const firstAttemptTo = async (item: Doc, outlet: string, timeoutMs = 12_000) => {
    const deadline = Date.now() + timeoutMs
    for (;;) {
      const mine = await deliveriesTo(item, outlet)
      expect(mine).toHaveLength(1)
      if (mine[0]!.attempts >= 1 && mine[0]!.state !== 'in_progress') return mine[0]!
      if (Date.now() > deadline) throw new Error(`no first attempt to ${outlet}: ${JSON.stringify(mine[0])}`)
      if (mine[0]!.state !== 'in_progress') await sendDueDeliveries({ payload: payload() })
      else await sleep(30)
    }
  }

  /** Runs sender rounds until every delivery of the item has ended (success or failed). */
  const settle = async (item: Doc, timeoutMs = 8000) => {
    const deadline = Date.now() + timeoutMs
    for (;;) {
      await sendDueDeliveries({ payload: payload() })
      const open = (await deliveriesOf(item)).filter((d) => !['failed', 'success'].includes(d.state))
      if (!open.length) return
      if (Date.now() > deadline) throw new Error(`deliveries still open: ${JSON.stringify(open.map((d) => [d.outlet, d.state, d.lastError]))}`)
      await sleep(30)
    }
  }

  const makeOutlet = async (name: string, data: Partial<Outlet> = {}) => {
    const doc = await payload().create({
      collection: 'outlets',
      data: { accessLevel: 'public', channels: ['web'], kind: 'web', name, webhookUrl: `${receiverUrl}/hook/${name}`, ...data },
      overrideAccess: true,
    })
    outlets[name] = doc.id
    if (data.webhookUrl === null) return doc
    const res = await api<{ secret: string }>(url(), `/api/outlets/${doc.id}/webhook-secret`, { body: {}, token: w.tokens.admin })
    expect(res.status).toBe(200)
    secrets[name] = res.body.secret
    return doc
  }
  const editOutlet = (name: string, data: Partial<Outlet>) => payload().update({ collection: 'outlets', data, id: outlets[name]!, overrideAccess: true })

  /** An article by editor@, approved by reviewer@ through the workflow API. */
  const publish = async (data: Record<string, unknown> = {}, { expand = true } = {}) => {
    const created = await api<{ doc: Doc }>(url(), '/api/articles', {
      body: w.complete('articles', { audiences: ['public'], channels: ['web'], summary: 'Tóm tắt', title: 'Tin đẩy', ...data }),
      token: w.tokens.editor,
    })
    expect(created.status).toBe(201)
    const id = created.body.doc.id
    expect((await w.act('editor', id, { action: 'submit' })).status).toBe(200)
    const approved = await w.act('reviewer', id, { action: 'approve' })
    expect(approved.status).toBe(200)
    // The approval recorded one fan-out; the sender's first step expands it into deliveries.
    if (expand) await expandFanouts({ payload: payload() })
    return approved.body.doc
  }

  beforeAll(async () => {
    receiver = createServer((req, res) => {
      const chunks: Buffer[] = []
      req.on('data', (c: Buffer) => chunks.push(c))
      req.on('end', () => {
        const body = Buffer.concat(chunks).toString('utf8')
        const outlet = (req.url ?? '').split('/')[2] ?? ''
        const secret = secrets[outlet] ?? NO_SECRET
        const verification = verifyWebhook({ body, headers: req.headers, secret })
        received.push({ at: Date.now(), body, headers: req.headers, json: JSON.parse(body), outlet, standard: standardVerdict({ body, headers: req.headers, secret }), verification })
        const reply = scripts[outlet]?.shift() ?? 200
        if (reply === 'hang') return void hanging.push(res)
        const { headers = {}, status } = typeof reply === 'number' ? { status: reply } : reply
        res.writeHead(status, headers).end('ok')
      })
    })
    receiver.listen(0, '127.0.0.1')
    await new Promise<void>((resolve) => receiver.once('listening', () => resolve()))
    receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`

    w = await startWorkflowWorld('delivery')
    await makeOutlet('paper', { channels: ['newspaper', 'web'], kind: 'newspaper' })
    await makeOutlet('radio-en', { accessLevel: 'internal', channels: ['radio', 'web'], kind: 'radio', languages: ['en'] })
    await makeOutlet('tv', { channels: ['television'], kind: 'television' })
    await makeOutlet('closed', { active: false })
    await makeOutlet('nourl', { webhookUrl: null })
  })
  afterAll(async () => {
    for (const res of hanging) res.destroy()
    receiver?.closeAllConnections()
    receiver?.close()
    await w?.stop()
  })

  describe('publication', () => {
    it('reaches exactly the subscribed outlets with a webhook, signed, as valid ninjs, without holding up the approval', async () => {
      const item = await publish({ title: 'Tin phát hành' })
      expect(receiversOf(item)).toEqual([]) // the approval only queued them
      expect((await deliveriesOf(item)).map((d) => d.state)).toEqual(['pending', 'pending'])
      const fanouts = await payload().find({ collection: 'fanouts', depth: 0, overrideAccess: true, where: { itemId: { equals: String(item.id) } } })
      expect(fanouts.docs.map((f) => [f.event, f.receivers, Boolean(f.expandedAt)])).toEqual([['item.published', 2, true]])
      await settle(item)
      expect(receiversOf(item)).toEqual(['paper', 'radio-en'])
      for (const r of [...got('paper', item), ...got('radio-en', item)]) {
        expect(isVerified(r), r.standard).toBe(true)
        expect(r.headers['content-type']).toBe('application/json')
        expect(r.headers['user-agent']).toMatch(/^Nguon-Webhooks\//)
        expect(r.headers['webhook-signature']).toMatch(/^v1,[A-Za-z0-9+/]+=*$/)
        expect(r.json.type).toBe('item.published')
        expect(Date.parse(r.json.timestamp)).not.toBeNaN()
        expect(validateNinjs(r.json.data), JSON.stringify(validateNinjs.errors)).toBe(true)
        expect(r.json.data).toMatchObject({ pubStatus: 'usable', uri: `urn:nguon:articles:${item.id}`, version: '1' })
      }
      expect(got('radio-en', item)[0]!.json.data.language).toBe('en')
      expect(got('paper', item)[0]!.json.data.language).toBe('vi')
      const deliveries = await deliveriesOf(item)
      expect(deliveries.map((d) => [d.state, d.attempts, d.lastStatus, d.event])).toEqual([
        ['success', 1, 200, 'item.published'],
        ['success', 1, 200, 'item.published'],
      ])
      expect(deliveries.map((d) => d.webhookId).sort()).toEqual(received.filter((r) => r.json.data.uri === `urn:nguon:articles:${item.id}`).map((r) => r.headers['webhook-id']).sort())
    })

    it('fails verification, ours and the standardwebhooks package\'s, for a tampered body, a tampered timestamp or a stale replay', async () => {
      const item = await publish({ channels: ['newspaper'], title: 'Tin để giả mạo' })
      await settle(item)
      const [original] = got('paper', item)
      expect(isVerified(original!)).toBe(true)
      const secret = secrets.paper!
      const both = (body: string, headers: IncomingHttpHeaders, now?: Date) => ({
        ours: verifyWebhook({ body, headers, now, secret }),
        standard: standardVerdict({ body, headers, secret }),
      })

      const tampered = original!.body.replace('Tin để giả mạo', 'Tin đã bị sửa')
      expect(tampered).not.toBe(original!.body)
      expect(both(tampered, original!.headers)).toEqual({ ours: { isValid: false, reason: 'no-matching-signature' }, standard: 'No matching signature found' })
      const movedTimestamp = { ...original!.headers, 'webhook-timestamp': String(Number(original!.headers['webhook-timestamp']) + 1) }
      expect(both(original!.body, movedTimestamp)).toEqual({ ours: { isValid: false, reason: 'no-matching-signature' }, standard: 'No matching signature found' })

      // The same bytes and headers replayed ten minutes later (tolerance is five).
      vi.useFakeTimers({ now: Date.now() + 10 * 60_000, toFake: ['Date'] })
      try {
        expect(both(original!.body, original!.headers, new Date())).toEqual({ ours: { isValid: false, reason: 'timestamp-too-old' }, standard: 'Message timestamp too old' })
      } finally {
        vi.useRealTimers()
      }
      // Correctly signed, but with a timestamp ten minutes old.
      const stale = signWebhook({ body: original!.body, id: String(original!.headers['webhook-id']), secret, timestamp: new Date(Date.now() - 10 * 60_000) })
      expect(both(original!.body, { ...stale })).toEqual({ ours: { isValid: false, reason: 'timestamp-too-old' }, standard: 'Message timestamp too old' })
      // Another outlet's secret does not verify it either.
      expect(standardVerdict({ body: original!.body, headers: original!.headers, secret: NO_SECRET })).toBe('No matching signature found')
    })

    it('goes out when an embargoed item is published by the jobs queue, not at approval', async () => {
      const created = await api<{ doc: Doc }>(url(), '/api/articles', {
        body: w.complete('articles', { audiences: ['public'], channels: ['newspaper'], summary: 'Tóm tắt', title: 'Tin cấm đăng' }),
        token: w.tokens.editor,
      })
      const item = created.body.doc
      await w.act('editor', item.id, { action: 'submit' })
      const publishAt = Date.now() + 800
      expect((await w.act('reviewer', item.id, { action: 'approve', publishAt: new Date(publishAt).toISOString() })).body.doc.workflowStatus).toBe('scheduled')
      expect(await deliveriesOf(item)).toEqual([])
      await sleep(publishAt - Date.now() + 100)
      await payload().jobs.run({ queue: 'scheduled' })
      await settle(item)
      expect(receiversOf(item, 'item.published')).toEqual(['paper'])
    })

    it('sends nothing to an outlet without a webhook URL, an inactive one, or one not subscribed', async () => {
      await publish()
      const { totalDocs } = await payload().count({ collection: 'deliveries', overrideAccess: true, where: { outlet: { in: [outlets.nourl, outlets.closed, outlets.tv] } } })
      expect(totalDocs).toBe(0)
    })

    it('is claimed by one worker only, even when two run at once', async () => {
      const item = await publish({ channels: ['newspaper'] })
      const [delivery] = await deliveriesOf(item)
      const now = new Date()
      const staleBefore = new Date(now.getTime() - 60_000)
      const claims = await Promise.all([1, 2, 3].map(() => claimDelivery({ id: delivery!.id, now, payload: payload(), staleBefore })))
      expect(claims.filter(Boolean)).toHaveLength(1)
      // A fresh claim is not stale yet, and a retry is not claimable before its time.
      expect(await claimDelivery({ id: delivery!.id, now, payload: payload(), staleBefore })).toBe(false)
      await payload().update({ collection: 'deliveries', data: { nextAttemptAt: new Date(Date.now() + 60_000).toISOString(), state: 'retrying' }, id: delivery!.id, overrideAccess: true })
      expect(await claimDelivery({ id: delivery!.id, now: new Date(), payload: payload(), staleBefore })).toBe(false)
      await payload().update({ collection: 'deliveries', data: { nextAttemptAt: now.toISOString() }, id: delivery!.id, overrideAccess: true })
      await payload().update({ collection: 'deliveries', data: { state: 'pending' }, id: delivery!.id, overrideAccess: true })
      await Promise.all([sendDueDeliveries({ payload: payload() }), sendDueDeliveries({ payload: payload() })])
      expect(got('paper', item)).toHaveLength(1)
    })
  })

  describe('retries', () => {
    // Each case has its own loudspeaker-only outlet, retired afterwards, so the cases do not see each other's items.
    const behaviour = async (name: string, replies: Reply[]) => {
      scripts[name] = replies
      await makeOutlet(name, { channels: ['loudspeaker'], kind: 'loudspeaker-network' })
      const item = await publish({ channels: ['loudspeaker'], title: `Tin loa ${name}` })
      return item
    }
    const retire = (name: string) => editOutlet(name, { active: false })

    it('retries after a 500 with the same webhook-id and the same bytes, then succeeds', async () => {
      const item = await behaviour('flaky', [500, 503])
      await settle(item)
      const attempts = got('flaky', item)
      expect(attempts).toHaveLength(3)
      expect(new Set(attempts.map((a) => a.headers['webhook-id'])).size).toBe(1)
      expect(new Set(attempts.map((a) => a.body)).size).toBe(1)
      expect(attempts.every(isVerified)).toBe(true)
      expect(await deliveriesOf(item)).toMatchObject([{ attempts: 3, lastError: null, lastStatus: 200, state: 'success' }])
      await retire('flaky')
    })

    it('gives up after the configured number of attempts', async () => {
      const item = await behaviour('down', [500, 500, 500, 500, 500])
      await settle(item)
      expect(got('down', item)).toHaveLength(4)
      expect(await deliveriesOf(item)).toMatchObject([{ attempts: 4, lastStatus: 500, state: 'failed' }])
      expect((await deliveriesOf(item))[0]!.lastError).toMatch(/gave up after 4 attempts/)
      await retire('down')
    })

    it('fails at once on a 400', async () => {
      const item = await behaviour('bad', [400])
      await settle(item)
      expect(got('bad', item)).toHaveLength(1)
      expect(await deliveriesOf(item)).toMatchObject([{ attempts: 1, lastError: 'HTTP 400', lastStatus: 400, state: 'failed' }])
      await retire('bad')
    })

    it('turns the outlet’s webhook off on a 410, and queues nothing more for it', async () => {
      const item = await behaviour('gone', [410])
      await settle(item)
      expect(await deliveriesOf(item)).toMatchObject([{ attempts: 1, lastStatus: 410, state: 'failed' }])
      const outlet = await payload().findByID({ collection: 'outlets', id: outlets.gone!, overrideAccess: true })
      expect(outlet.webhookEnabled).toBe(false)
      expect(outlet.webhookDisabledReason).toMatch(/410/)
      const next = await publish({ channels: ['loudspeaker'] })
      expect(await deliveriesOf(next)).toEqual([])
      await retire('gone')
    })

    it('waits as long as a 429’s Retry-After asks', async () => {
      const item = await behaviour('busy', [{ headers: { 'retry-after': '1' }, status: 429 }])
      const waiting = await firstAttemptTo(item, 'busy')
      expect(waiting).toMatchObject({ attempts: 1, lastStatus: 429, state: 'retrying' })
      const firstAt = got('busy', item)[0]!.at
      expect(Date.parse(waiting!.nextAttemptAt!)).toBeGreaterThanOrEqual(firstAt + 900)
      await sendDueDeliveries({ payload: payload() })
      expect(got('busy', item)).toHaveLength(1)
      await settle(item)
      const attempts = got('busy', item)
      expect(attempts).toHaveLength(2)
      expect(attempts[1]!.at - attempts[0]!.at).toBeGreaterThanOrEqual(900)
      await retire('busy')
    })

    it('gives up on a receiver that hangs past the timeout, and retries', async () => {
      const item = await behaviour('slow', ['hang'])
      expect(await firstAttemptTo(item, 'slow')).toMatchObject({ attempts: 1, lastError: 'request timed out', lastStatus: null, state: 'retrying' })
      await settle(item)
      const attempts = got('slow', item)
      expect(attempts).toHaveLength(2)
      expect(new Set(attempts.map((a) => a.headers['webhook-id'])).size).toBe(1)
      expect(attempts.every(isVerified)).toBe(true)
      expect(await deliveriesTo(item, 'slow')).toMatchObject([{ attempts: 2, state: 'success' }])
      await retire('slow')
    })
  })

  describe('one slow newsroom server', () => {
    it('takes only its own slots: every answering outlet holds the item before the first hanging request ends', async () => {
      // A second server that answers nothing until told to; four outlets live there, eight on the answering receiver.
      let answering = false
      let open = 0
      let mostOpen = 0
      const stalled: ServerResponse[] = []
      const slow = createServer((req, res) => {
        req.resume()
        req.on('end', () => {
          if (answering) return void res.writeHead(204).end()
          open++
          mostOpen = Math.max(mostOpen, open)
          res.on('close', () => open--)
          stalled.push(res)
        })
      })
      slow.listen(0, '127.0.0.1')
      await new Promise<void>((resolve) => slow.once('listening', () => resolve()))
      const slowUrl = `http://127.0.0.1:${(slow.address() as AddressInfo).port}`
      const fast = Array.from({ length: 8 }, (_, i) => `fast${i}`)
      const stuck = Array.from({ length: 4 }, (_, i) => `stuck${i}`)
      for (const name of fast) await makeOutlet(name, { channels: ['loudspeaker'], kind: 'loudspeaker-network' })
      for (const name of stuck) await makeOutlet(name, { channels: ['loudspeaker'], kind: 'loudspeaker-network', webhookUrl: `${slowUrl}/hook/${name}` })
      const item = await publish({ channels: ['loudspeaker'], title: 'Tin khẩn qua loa' })

      // Eight slots, two per host at most; a hanging request gives up after 3 s.
      const settings = { ...deliverySettings(), concurrency: 8, hostConcurrency: 2, timeoutMs: 3000 }
      const round = sendDueDeliveries({ payload: payload(), settings })
      const deadline = Date.now() + 20_000
      while (fast.some((name) => got(name, item).length === 0) && Date.now() < deadline) await sleep(10)
      expect(fast.filter((name) => got(name, item).length === 0)).toEqual([])
      // No hanging request has ended yet (none of the stuck outlets' attempts is recorded), and the slow server never
      // had more than its two slots.
      const stuckDeliveries = (await deliveriesOf(item)).filter((d) => stuck.some((name) => outlets[name] === (typeof d.outlet === 'object' ? d.outlet.id : d.outlet)))
      expect(stuckDeliveries).toHaveLength(4)
      expect(stuckDeliveries.every((d) => d.attempts === 0)).toBe(true)
      expect(mostOpen).toBeGreaterThan(0)
      expect(mostOpen).toBeLessThanOrEqual(2)

      // The server recovers: the cut requests are retried and every outlet ends up holding the item once.
      answering = true
      for (const res of stalled) res.destroy()
      await round
      await settle(item, 20_000)
      expect((await deliveriesOf(item)).map((d) => d.state)).toEqual(Array(12).fill('success'))
      for (const name of fast) expect(got(name, item)).toHaveLength(1)
      slow.closeAllConnections()
      slow.close()
      for (const name of [...fast, ...stuck]) await editOutlet(name, { active: false })
    })

    it('never lets a withdrawal overtake its publication to a receiver that is retrying it', async () => {
      scripts.order = [500]
      await makeOutlet('order', { channels: ['loudspeaker'], kind: 'loudspeaker-network' })
      const item = await publish({ channels: ['loudspeaker'], title: 'Tin sẽ gỡ' })
      // The publication fails once and waits for its retry; the withdrawal, due at once, must wait behind it.
      expect(await firstAttemptTo(item, 'order')).toMatchObject({ attempts: 1, lastStatus: 500, state: 'retrying' })
      await payload().update({ collection: 'deliveries', data: { nextAttemptAt: new Date(Date.now() + 1500).toISOString() }, id: (await deliveriesTo(item, 'order'))[0]!.id, overrideAccess: true })
      expect((await w.act('reviewer', item.id, { action: 'withdraw', note: 'Gỡ' })).status).toBe(200)
      await expandFanouts({ payload: payload() })
      await sendDueDeliveries({ payload: payload() })
      expect(got('order', item).map((r) => r.json.type)).toEqual(['item.published'])
      await settle(item)
      expect(got('order', item).map((r) => [r.json.type, r.headers['webhook-id'] === got('order', item)[0]!.headers['webhook-id']])).toEqual([
        ['item.published', true],
        ['item.published', true],
        ['item.withdrawn', false],
      ])
      await editOutlet('order', { active: false })
    })
  })

  describe('corrections, kills and expiry', () => {
    it('go to exactly the outlets that received the original, even after their filters changed', async () => {
      await makeOutlet('late', { contentTypes: ['slogans'] })
      scripts.bad2 = [400]
      await makeOutlet('bad2')
      const item = await publish({ title: 'Bản gốc' })
      await settle(item)
      expect(receiversOf(item)).toEqual(['bad2', 'paper', 'radio-en'])

      // radio-en no longer takes the web channel; late now takes articles; bad2 never got the original.
      await editOutlet('radio-en', { channels: ['radio'] })
      await editOutlet('late', { contentTypes: [] })
      expect((await api(url(), `/api/articles/${item.id}`, { body: { summary: 'Đính chính số liệu' }, method: 'PATCH', token: w.tokens.editor })).status).toBe(200)
      expect((await w.act('editor', item.id, { action: 'submit' })).status).toBe(200)
      expect((await w.act('reviewer', item.id, { action: 'approve' })).status).toBe(200)
      await settle(item)
      expect(receiversOf(item, 'item.corrected')).toEqual(['paper', 'radio-en'])
      for (const r of received.filter((x) => x.json.type === 'item.corrected' && x.json.data.uri === `urn:nguon:articles:${item.id}`)) {
        expect(isVerified(r)).toBe(true)
        expect(validateNinjs(r.json.data)).toBe(true)
        expect(r.json.data).toMatchObject({ pubStatus: 'usable', version: '2' })
      }

      expect((await w.act('reviewer', item.id, { action: 'withdraw', note: 'Sai số liệu' })).status).toBe(200)
      await settle(item)
      expect(receiversOf(item, 'item.withdrawn')).toEqual(['paper', 'radio-en'])
      for (const r of received.filter((x) => x.json.type === 'item.withdrawn' && x.json.data.uri === `urn:nguon:articles:${item.id}`)) {
        expect(validateNinjs(r.json.data)).toBe(true)
        expect(r.json.data).toMatchObject({ pubStatus: 'canceled', version: '3' })
      }
      expect(receiversOf(item)).not.toContain('late')
      await editOutlet('radio-en', { channels: ['radio', 'web'] })
      await editOutlet('late', { active: false })
      await editOutlet('bad2', { active: false })
    })

    it('keep a withdrawal behind its publication when neither was expanded yet, each expanded once by two workers', async () => {
      const item = await publish({ title: 'Gỡ trước khi tách' }, { expand: false })
      expect((await w.act('reviewer', item.id, { action: 'withdraw', note: 'Gỡ ngay' })).status).toBe(200)
      await Promise.all([expandFanouts({ payload: payload() }), expandFanouts({ payload: payload() })])
      const deliveries = await deliveriesOf(item)
      expect(deliveries.map((d) => d.event)).toEqual(['item.published', 'item.published', 'item.withdrawn', 'item.withdrawn'])
      expect(new Set(deliveries.map((d) => d.webhookId)).size).toBe(4)
      await settle(item)
      for (const outlet of ['paper', 'radio-en']) expect(got(outlet, item).map((r) => r.json.type)).toEqual(['item.published', 'item.withdrawn'])
      expect(receiversOf(item)).toEqual(['paper', 'radio-en'])
    })

    it('tells the outlets that hold an item once its expiry time has passed, once', async () => {
      const expireAt = Date.now() + 1500
      const item = await publish({ expireAt: new Date(expireAt).toISOString(), title: 'Tin có hạn' })
      await settle(item)
      expect(receiversOf(item)).toEqual(['paper', 'radio-en'])
      await editOutlet('radio-en', { active: false }) // holders are told even when paused or refiltered
      expect(await queueExpiredItems({ now: new Date(expireAt - 1000), payload: payload() })).toBe(0)
      await sleep(Math.max(0, expireAt - Date.now() + 100))
      expect(await queueExpiredItems({ payload: payload() })).toBe(1) // one fan-out, to the two holders
      expect(await queueExpiredItems({ payload: payload(), since: new Date(Date.now() - 60_000) })).toBe(0)
      await settle(item)
      expect(receiversOf(item, 'item.expired')).toEqual(['paper', 'radio-en'])
      await editOutlet('radio-en', { active: true })
    })
  })

  describe('restarts', () => {
    it('sends deliveries left pending, and ones abandoned mid-send, in the background of a restarted server', async () => {
      const item = await publish({ title: 'Trước khi khởi động lại' })
      const [abandoned] = await deliveriesOf(item)
      // A worker that claimed this one and died: in_progress, claimed long before the timeout.
      await payload().update({ collection: 'deliveries', data: { claimedAt: new Date(Date.now() - 3_600_000).toISOString(), state: 'in_progress' }, id: abandoned!.id, overrideAccess: true })

      // Simulated restart: a second Payload on the same database, with the server's background jobs (autoRun) on.
      const { BasePayload } = await import('payload')
      process.env.NGUON_RUN_JOBS = 'true' // the restarted server runs its jobs in the background
      const restarted = await new BasePayload().init({ config: w.t.config, cron: true, disableOnInit: true })
      try {
        const deadline = Date.now() + 10_000
        while ((await deliveriesOf(item)).some((d) => d.state !== 'success') && Date.now() < deadline) await sleep(100)
      } finally {
        process.env.NGUON_RUN_JOBS = 'false'
        await restarted.destroy()
        await closeDatabaseConnections(restarted.db)
      }
      expect(receiversOf(item)).toEqual(['paper', 'radio-en'])
      const deliveries = await deliveriesOf(item)
      expect(deliveries.map((d) => d.state)).toEqual(['success', 'success'])
      expect(isVerified(received.find((r) => r.headers['webhook-id'] === abandoned!.webhookId)!)).toBe(true)
      // Destroyed, it listens no more: a wake-up in this process does not start a round on its closed database.
      const errors = vi.spyOn(restarted.logger, 'error')
      process.env.NGUON_RUN_JOBS = 'true'
      try {
        wakeSender()
        await sleep(200)
      } finally {
        process.env.NGUON_RUN_JOBS = 'false'
      }
      expect(errors).not.toHaveBeenCalled()
    })

    it.skipIf(testDatabaseKind() !== 'postgres')('wakes a listening process when queued deliveries commit, never for a rollback, and listens again after its connection is cut', async () => {
      const { commitTransaction, createLocalReq, initTransaction, killTransaction } = await import('payload')
      let wakes = 0
      const until = async (count: number) => {
        const deadline = Date.now() + 10_000
        while (wakes < count && Date.now() < deadline) await sleep(20)
        expect(wakes).toBe(count)
      }
      const stop = listenForWakeups({ onWake: () => wakes++, payload: payload() })
      try {
        await until(1) // once listening: whatever was queued meanwhile is looked at
        const rolledBack = await createLocalReq({}, payload())
        await initTransaction(rolledBack)
        await wakeSenders({ payload: payload(), req: rolledBack })
        await killTransaction(rolledBack)
        const committed = await createLocalReq({}, payload())
        await initTransaction(committed)
        await wakeSenders({ payload: payload(), req: committed })
        await sleep(200)
        expect(wakes).toBe(1) // not before the commit
        await commitTransaction(committed)
        await until(2)
        await sleep(200)
        expect(wakes).toBe(2) // and never for the rollback
        const pool = (payload().db as unknown as { pool: { query: (sql: string) => Promise<unknown> } }).pool
        await pool.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND query = 'LISTEN nguon_deliveries'`)
        await until(3) // listening again
        await wakeSenders({ payload: payload() })
        await until(4)
      } finally {
        stop()
      }
      await wakeSenders({ payload: payload() })
      await sleep(200)
      expect(wakes).toBe(4)
    })
    it('resumes a delivery left retrying after a 500 when the server restarts, with the same webhook-id and bytes', async () => {
      scripts.reboot = [500]
      await makeOutlet('reboot', { channels: ['loudspeaker'], kind: 'loudspeaker-network' })
      const item = await publish({ channels: ['loudspeaker'], title: 'Tin trong lúc khởi động lại' })
      expect(await firstAttemptTo(item, 'reboot')).toMatchObject({ attempts: 1, lastStatus: 500, state: 'retrying' })

      // This process stops sending; a restarted server, with its background jobs, finishes the delivery.
      const { BasePayload } = await import('payload')
      process.env.NGUON_RUN_JOBS = 'true' // the restarted server runs its jobs in the background
      const restarted = await new BasePayload().init({ config: w.t.config, cron: true, disableOnInit: true })
      try {
        // The retry is due seconds after the 500; on a loaded machine the restarted server's job runner takes longer.
        const deadline = Date.now() + 90_000
        while ((await deliveriesTo(item, 'reboot'))[0]!.state !== 'success' && Date.now() < deadline) await sleep(100)
      } finally {
        process.env.NGUON_RUN_JOBS = 'false'
        await restarted.destroy()
        await closeDatabaseConnections(restarted.db)
      }
      expect(await deliveriesTo(item, 'reboot')).toMatchObject([{ attempts: 2, lastStatus: 200, state: 'success' }])
      const attempts = got('reboot', item)
      expect(attempts).toHaveLength(2)
      expect(new Set(attempts.map((a) => a.headers['webhook-id'])).size).toBe(1)
      expect(new Set(attempts.map((a) => a.body)).size).toBe(1)
      expect(attempts.every(isVerified)).toBe(true)
      await editOutlet('reboot', { active: false })
    }, 150_000)
  })

  describe('the API', () => {
    it('lets admins read deliveries, and nobody create, edit or delete them', async () => {
      const [one] = (await payload().find({ collection: 'deliveries', limit: 1, overrideAccess: true })).docs
      const list = await api<{ docs: Delivery[] }>(url(), '/api/deliveries', { token: w.tokens.admin })
      expect(list.status).toBe(200)
      expect(list.body.docs.length).toBeGreaterThan(0)
      for (const who of ['editor', 'reviewer'] as const) expect((await api(url(), '/api/deliveries', { token: w.tokens[who] })).status).toBe(403)
      expect((await api(url(), '/api/deliveries')).status).toBe(403)
      const forged = { body: '{}', event: 'item.published', itemCollection: 'articles', itemId: '1', outlet: outlets.paper, state: 'pending', webhookId: 'msg_forged' }
      expect((await api(url(), '/api/deliveries', { body: forged, token: w.tokens.admin })).status).toBe(403)
      expect((await api(url(), `/api/deliveries/${one!.id}`, { body: { body: '{"evil":1}', state: 'pending' }, method: 'PATCH', token: w.tokens.admin })).status).toBe(403)
      expect((await api(url(), `/api/deliveries/${one!.id}`, { method: 'DELETE', token: w.tokens.admin })).status).toBe(403)
      const gql = await api<{ errors?: unknown[] }>(url(), '/api/graphql', {
        body: { query: `mutation { updateDelivery(id: ${JSON.stringify(one!.id)}, data: { state: pending }) { id } }` },
        token: w.tokens.admin,
      })
      expect(gql.body.errors?.length).toBeGreaterThan(0)
      expect(await payload().findByID({ collection: 'deliveries', id: one!.id, overrideAccess: true })).toMatchObject({ body: one!.body, state: one!.state })
    })

    it('never returns a webhook secret, and validates pasted ones', async () => {
      const id = outlets.paper!
      const secret = secrets.paper!
      const key = secret.slice('whsec_'.length)
      const responses = [
        await api(url(), `/api/outlets/${id}?depth=0`, { token: w.tokens.admin }),
        await api(url(), '/api/outlets?limit=100', { token: w.tokens.admin }),
        await api(url(), `/api/outlets/${id}`, { body: { name: 'Báo tỉnh' }, method: 'PATCH', token: w.tokens.admin }),
        await api(url(), '/api/graphql', { body: { query: `{ Outlets { docs { id name webhookUrl webhookSecretSetAt } } }` }, token: w.tokens.admin }),
      ]
      for (const res of responses) {
        expect(res.status).toBe(200)
        expect(JSON.stringify(res.body)).not.toContain(key)
        expect(JSON.stringify(res.body)).not.toContain('webhookSecret"')
      }
      expect((responses[0]!.body as unknown as Outlet).webhookSecretSetAt).toEqual(expect.any(String))
      const gqlSecret = await api<{ data?: unknown; errors?: unknown[] }>(url(), '/api/graphql', { body: { query: `{ Outlets { docs { webhookSecret } } }` }, token: w.tokens.admin })
      expect(JSON.stringify(gqlSecret.body)).not.toContain(key)

      // Renaming kept the secret: the next delivery is still signed with it.
      const item = await publish({ channels: ['newspaper'] })
      await settle(item)
      expect(isVerified(got('paper', item)[0]!)).toBe(true)

      const endpoint = `/api/outlets/${id}/webhook-secret`
      expect((await api(url(), endpoint, { body: {} })).status).toBe(401)
      for (const who of ['editor', 'reviewer'] as const) expect((await api(url(), endpoint, { body: {}, token: w.tokens[who] })).status).toBe(403)
      for (const bad of ['not-a-secret', 'whsec_', 'whsec_!!!!', 'whsec_' + Buffer.alloc(8).toString('base64'), 'whsec_' + Buffer.alloc(65).toString('base64')]) {
        const res = await api<{ error: string }>(url(), endpoint, { body: { secret: bad }, token: w.tokens.admin })
        expect(res.status, bad).toBe(400)
        expect(res.body.error).toMatch(/^Khóa bí mật webhook không hợp lệ: .+ \/ Invalid webhook secret: Webhook secret must/)
        const patched = await api(url(), `/api/outlets/${id}`, { body: { webhookSecret: bad }, method: 'PATCH', token: w.tokens.admin })
        expect(patched.status, bad).toBe(400)
        expect(JSON.stringify(patched.body)).toMatch(/Invalid webhook secret/)
      }
      // An outlet that does not exist is a 404 for both credential endpoints, whatever its id looks like.
      for (const missing of ['999999', 'abc']) {
        for (const path of ['webhook-secret', 'token']) {
          const res = await api<{ error: string }>(url(), `/api/outlets/${missing}/${path}`, { body: {}, token: w.tokens.admin })
          expect(res.status, `${missing}/${path}`).toBe(404)
          expect(JSON.stringify(res.body)).toMatch(/not found/i) // ours say `error`, the id guard Payload's `errors[].message`
        }
      }
      // When the secret was set is the server's to say: a client cannot backdate it, and a PATCHed secret moves it.
      const stamp = async () => ((await api<Outlet>(url(), `/api/outlets/${id}?depth=0`, { token: w.tokens.admin })).body.webhookSecretSetAt)
      const setAt = await stamp()
      await api(url(), `/api/outlets/${id}`, { body: { webhookSecretSetAt: '2001-01-01T00:00:00.000Z' }, method: 'PATCH', token: w.tokens.admin })
      expect(await stamp()).toBe(setAt)
      const patchedSecret = await api(url(), `/api/outlets/${id}`, { body: { webhookSecret: generateWebhookSecret() }, method: 'PATCH', token: w.tokens.admin })
      expect(patchedSecret.status).toBe(200)
      expect(Date.parse((await stamp())!)).toBeGreaterThan(Date.parse(setAt!))
      const pasted = 'whsec_' + Buffer.alloc(24, 9).toString('base64')
      const res = await api(url(), endpoint, { body: { secret: pasted }, token: w.tokens.admin })
      expect(res.status).toBe(200)
      expect(JSON.stringify(res.body)).not.toContain(pasted.slice(6))
      secrets.paper = pasted
      const next = await publish({ channels: ['newspaper'] })
      await settle(next)
      expect(isVerified(got('paper', next)[0]!)).toBe(true)
    })

    it('lets only admins resend a delivery, which goes out again with the same id and bytes', async () => {
      const [delivery] = (await payload().find({ collection: 'deliveries', limit: 1, overrideAccess: true, where: { and: [{ outlet: { equals: outlets.paper } }, { state: { equals: 'success' } }] } })).docs
      const endpoint = `/api/deliveries/${delivery!.id}/resend`
      expect((await api(url(), endpoint, { body: {} })).status).toBe(401)
      for (const who of ['editor', 'reviewer', 'chief'] as const) expect((await api(url(), endpoint, { body: {}, token: w.tokens[who] })).status).toBe(403)
      expect((await api(url(), '/api/deliveries/999999/resend', { body: {}, token: w.tokens.admin })).status).toBe(404)
      const before = received.filter((r) => r.headers['webhook-id'] === delivery!.webhookId).length
      const res = await api<{ doc: Delivery }>(url(), endpoint, { body: {}, token: w.tokens.admin })
      expect(res.status).toBe(200)
      expect(res.body.doc).toMatchObject({ attempts: 0, state: 'pending' })
      await sendDueDeliveries({ payload: payload() })
      const sent = received.filter((r) => r.headers['webhook-id'] === delivery!.webhookId)
      expect(sent).toHaveLength(before + 1)
      expect(sent.at(-1)!.body).toBe(delivery!.body)
      expect(await payload().findByID({ collection: 'deliveries', id: delivery!.id, overrideAccess: true })).toMatchObject({ attempts: 1, state: 'success' })
    })
  })
})
