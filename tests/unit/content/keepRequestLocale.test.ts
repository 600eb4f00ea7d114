import { describe, expect, it } from 'vitest'

import { keepRequestLocale } from '../../../src/content/keepRequestLocale'

describe('keepRequestLocale', () => {
  it('gives the request its locale and fallback back after work that changed them', async () => {
    const req = { fallbackLocale: 'vi', locale: 'vi' }
    const result = await keepRequestLocale(req, async () => {
      Object.assign(req, { fallbackLocale: 'null', locale: 'all' })
      return 42
    })
    expect(result).toBe(42)
    expect(req).toEqual({ fallbackLocale: 'vi', locale: 'vi' })
  })

  it('gives them back when the work throws, and passes the error on', async () => {
    const req = { fallbackLocale: undefined, locale: 'en' }
    await expect(
      keepRequestLocale(req, async () => {
        req.locale = 'all'
        throw new Error('read failed')
      }),
    ).rejects.toThrow('read failed')
    expect(req.locale).toBe('en')
  })

  it('runs the work as is without a request', async () => {
    await expect(keepRequestLocale(undefined, async () => 'done')).resolves.toBe('done')
  })
})
