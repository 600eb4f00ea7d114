import { describe, expect, it } from 'vitest'

import { verifyWebhook } from '../../../src/delivery/signature'
import { newWebhookId, webhookBody, webhookIdFor, webhookRequestHeaders } from '../../../src/delivery/webhookMessage'

const secret = 'whsec_' + Buffer.alloc(32, 7).toString('base64')

describe('webhook messages', () => {
  it('sign the stored body with a fresh timestamp that verifyWebhook accepts', () => {
    const body = webhookBody({ data: { uri: 'urn:nguon:articles:1' }, timestamp: '2023-12-10T01:00:00.000Z', type: 'item.published' })
    expect(JSON.parse(body)).toEqual({ data: { uri: 'urn:nguon:articles:1' }, timestamp: '2023-12-10T01:00:00.000Z', type: 'item.published' })
    const now = new Date()
    const headers = webhookRequestHeaders({ body, id: 'msg_1', now, secret })
    expect(headers).toMatchObject({ 'content-type': 'application/json', 'webhook-id': 'msg_1', 'webhook-timestamp': String(Math.floor(now.getTime() / 1000)) })
    expect(headers['user-agent']).toMatch(/^Nguon-Webhooks\//)
    expect(verifyWebhook({ body, headers, secret })).toMatchObject({ id: 'msg_1', isValid: true })
    expect(JSON.stringify(headers)).not.toContain(secret.slice(6))
  })

  it('give each delivery its own id, and one expiry always the same id', () => {
    expect(newWebhookId()).not.toBe(newWebhookId())
    expect(webhookIdFor('1:articles:2:expired:x')).toBe(webhookIdFor('1:articles:2:expired:x'))
    expect(webhookIdFor('1:articles:2:expired:x')).not.toBe(webhookIdFor('2:articles:2:expired:x'))
  })

  it('write every id as msg_ and 22 URL-safe base64 characters, whatever the key holds', () => {
    const ids = [newWebhookId(), webhookIdFor('1:articles:2:expired:x'), webhookIdFor(''), webhookIdFor('Đà Nẵng/?&=#'.repeat(50))]
    for (const id of ids) expect(id).toMatch(/^msg_[A-Za-z0-9_-]{22}$/)
  })
})
