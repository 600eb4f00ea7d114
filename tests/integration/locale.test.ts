import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startTestPayload, type TestPayload } from '../helpers/testPayload'

describe('content locales', () => {
  let t: TestPayload
  beforeAll(async () => {
    t = await startTestPayload('locale')
  })
  afterAll(async () => t?.stop())

  it('falls back to Vietnamese where an English translation is missing', async () => {
    const doc = await t.payload.create({
      collection: 'articles',
      data: { summary: 'Tóm tắt tiếng Việt', title: 'Tiêu đề tiếng Việt' },
      draft: true,
      locale: 'vi',
      overrideAccess: true,
    })
    await t.payload.update({ collection: 'articles', data: { title: 'English title' }, id: doc.id, locale: 'en', overrideAccess: true })
    const en = await t.payload.findByID({ collection: 'articles', draft: true, id: doc.id, locale: 'en', overrideAccess: true })
    expect(en.title).toBe('English title')
    expect(en.summary).toBe('Tóm tắt tiếng Việt')
    const noFallback = await t.payload.findByID({
      collection: 'articles',
      draft: true,
      fallbackLocale: false,
      id: doc.id,
      locale: 'en',
      overrideAccess: true,
    })
    expect(noFallback.summary ?? null).toBeNull()
    const vi = await t.payload.findByID({ collection: 'articles', draft: true, id: doc.id, locale: 'vi', overrideAccess: true })
    expect(vi.title).toBe('Tiêu đề tiếng Việt')
  })

})
