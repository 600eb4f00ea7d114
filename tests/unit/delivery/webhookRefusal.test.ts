import { describe, expect, it } from 'vitest'

import { WEBHOOK_REFUSED, type WebhookRefusalReason } from '../../../src/delivery/webhookRefusal'

const REASONS: WebhookRefusalReason[] = ['internal', 'notHttp', 'notUrl']

describe('WEBHOOK_REFUSED', () => {
  it.each(REASONS)('tells the admin saving an outlet why (%s), in English and in Vietnamese', (reason) => {
    const { en, vi } = WEBHOOK_REFUSED.save
    expect(en[reason]).toMatch(/webhook address/i)
    expect(vi[reason]).toMatch(/Địa chỉ webhook/)
    expect(vi[reason]).not.toBe(en[reason])
  })

  it('gives each reason its own message', () => {
    for (const language of ['en', 'vi'] as const) expect(new Set(REASONS.map((reason) => WEBHOOK_REFUSED.save[language][reason])).size).toBe(REASONS.length)
  })

  it.each([
    ['en', 'internal', 'Only public Internet addresses are accepted'],
    ['vi', 'internal', 'Chỉ chấp nhận địa chỉ Internet công khai'],
    ['en', 'notHttp', 'Only http(s) webhook addresses are accepted.'],
    ['vi', 'notHttp', 'Địa chỉ webhook chỉ được dùng http(s).'],
    ['en', 'notUrl', 'Not a valid webhook address.'],
    ['vi', 'notUrl', 'Địa chỉ webhook không hợp lệ.'],
  ] as const)('says in %s for %s: %s', (language, reason, text) => {
    expect(WEBHOOK_REFUSED.save[language][reason]).toContain(text)
  })

  it('names the setting that allows an internal host, to the admin and in the delivery record', () => {
    expect(WEBHOOK_REFUSED.save.en.internal).toContain('NGUON_WEBHOOK_ALLOWED_HOSTS')
    expect(WEBHOOK_REFUSED.save.vi.internal).toContain('NGUON_WEBHOOK_ALLOWED_HOSTS')
    expect(WEBHOOK_REFUSED.send).toMatch(/^refused: .*non-public address.*NGUON_WEBHOOK_ALLOWED_HOSTS/)
  })
})
