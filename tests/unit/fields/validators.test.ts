// The field validators: what each takes, and what it refuses with which words.
import { describe, expect, it } from 'vitest'

import { notBefore } from '../../../src/fields/validateDateOrder'
import { httpUrlOrEmpty } from '../../../src/fields/validateUrl'
import { validWebhookSecretOrEmpty } from '../../../src/fields/validateWebhookSecret'

describe('notBefore', () => {
  const validate = notBefore('publishAt', 'Hết hạn trước khi đăng / Expires before publication')
  const check = (value: null | string | undefined, publishAt: unknown) => validate(value, { siblingData: { publishAt } })

  it('takes a date on or after the earlier field, or either missing', () => {
    expect(check('2026-12-02T10:00:00Z', '2026-12-01T10:00:00Z')).toBe(true)
    expect(check('2026-12-01T10:00:00Z', '2026-12-01T10:00:00Z')).toBe(true)
    expect(check(null, '2026-12-01T10:00:00Z')).toBe(true)
    expect(check('', '2026-12-01T10:00:00Z')).toBe(true)
    expect(check('2026-12-01T10:00:00Z', null)).toBe(true)
    expect(validate('2026-12-01T10:00:00Z', { siblingData: undefined as never })).toBe(true)
  })

  it('refuses a date before it with the message given', () => {
    expect(check('2026-12-01T09:59:59Z', '2026-12-01T10:00:00Z')).toBe('Hết hạn trước khi đăng / Expires before publication')
    expect(validate(new Date('2026-11-30') as never, { siblingData: { publishAt: new Date('2026-12-01') } })).toBe('Hết hạn trước khi đăng / Expires before publication')
  })
})

describe('httpUrlOrEmpty', () => {
  it.each([
    [undefined, true],
    ['', true],
    ['https://moj.gov.vn/van-ban/1', true],
    ['http://ubnd.tinh.vn', true],
    ['javascript:alert(1)', 'Chỉ chấp nhận http(s) / Only http(s) URLs'],
    ['data:text/html,x', 'Chỉ chấp nhận http(s) / Only http(s) URLs'],
    ['ftp://x.vn/a', 'Chỉ chấp nhận http(s) / Only http(s) URLs'],
    ['/van-ban/1', 'Đường dẫn không hợp lệ / Not a valid URL'],
    ['moj.gov.vn', 'Đường dẫn không hợp lệ / Not a valid URL'],
  ] as const)('%j → %j', (value, verdict) => {
    expect(httpUrlOrEmpty(value)).toBe(verdict)
  })
})

describe('validWebhookSecretOrEmpty', () => {
  it('takes nothing, or a whsec_ secret of 24 to 64 bytes', () => {
    expect(validWebhookSecretOrEmpty(undefined)).toBe(true)
    expect(validWebhookSecretOrEmpty('')).toBe(true)
    expect(validWebhookSecretOrEmpty(`whsec_${Buffer.alloc(24, 7).toString('base64')}`)).toBe(true)
    expect(validWebhookSecretOrEmpty(`whsec_${Buffer.alloc(64, 7).toString('base64')}`)).toBe(true)
  })

  it('names what is wrong in both languages and never repeats the value', () => {
    const short = `whsec_${Buffer.alloc(8, 7).toString('base64')}`
    const verdict = validWebhookSecretOrEmpty(short)
    expect(verdict).toBe('Khóa bí mật webhook không hợp lệ: khóa phải dài 24–64 byte khi giải mã, không phải 8 / Invalid webhook secret: Webhook secret must decode to 24–64 bytes, not 8')
    expect(String(verdict)).not.toContain(short.slice(6))
    expect(validWebhookSecretOrEmpty('sk_live_abc')).toMatch(/^Khóa bí mật webhook không hợp lệ: .*whsec_.* \/ Invalid webhook secret: /)
  })
})
