import { describe, expect, it } from 'vitest'

import { textFromLexical } from '../../../src/content/lexical'
import { derivedFromRecord, draftFromIncoming, isWithdrawnRow, paragraphsOf } from '../../../src/ingest/adaptDraft'
import { adaptRequest } from '../../../src/ingest/adaptRequest'

const row = {
  body: '<p>Đoạn một &amp; <strong>đậm</strong>.</p><p>Đoạn hai<br/>dòng mới</p><ul><li>Ý a</li></ul><script>alert(1)</script>',
  id: 7,
  link: 'https://tinh.example.vn/tin/7',
  pubStatus: 'usable',
  publishedAt: '2026-12-04T08:00:00.000Z',
  summary: 'Tóm tắt của nguồn',
  title: '  Tin từ tỉnh  ',
  upstreamId: 'urn:tinh:7',
  upstreamUpdatedAt: '2026-12-04T09:00:00.000Z',
}
const source = { id: 3, name: 'Cổng thông tin tỉnh', url: 'https://tinh.example.vn/rss' }

describe('paragraphsOf', () => {
  it('reads the sanitised HTML as text paragraphs, entities decoded once, tags and scripts dropped', () => {
    expect(paragraphsOf(row)).toEqual(['Đoạn một & đậm.', 'Đoạn hai', 'dòng mới', 'Ý a'])
  })

  it('falls back to the summary lines when the body is empty', () => {
    expect(paragraphsOf({ body: '  ', summary: '  Một \n\n Hai  ' })).toEqual(['Một', 'Hai'])
    expect(paragraphsOf({ body: null, summary: null })).toEqual([])
  })
})

describe('draftFromIncoming', () => {
  it('prefills an article: title, summary and the body as rich text paragraphs', () => {
    const draft = draftFromIncoming({ collection: 'articles', row, source })
    expect(draft.title).toBe('Tin từ tỉnh')
    expect(draft.summary).toBe('Tóm tắt của nguồn')
    expect(textFromLexical(draft.body)).toBe('Đoạn một & đậm.\n\nĐoạn hai\n\ndòng mới\n\nÝ a')
    expect(draftFromIncoming({ collection: 'articles', row: { ...row, summary: '' } }).summary).toBeNull()
    expect(draftFromIncoming({ collection: 'articles', row: { ...row, summary: '  Tóm tắt  ' } }).summary).toBe('Tóm tắt')
  })

  it('prefills talking points: the summary as key message, the paragraphs as supporting points, no figures', () => {
    expect(draftFromIncoming({ collection: 'talking-points', row })).toEqual({
      headline: 'Tin từ tỉnh',
      keyMessage: 'Tóm tắt của nguồn',
      supportingPoints: ['Đoạn một & đậm.', 'Đoạn hai', 'dòng mới', 'Ý a'].map((point) => ({ point })),
    })
    const noSummary = draftFromIncoming({ collection: 'talking-points', row: { ...row, summary: null } })
    expect(noSummary.keyMessage).toBe('Đoạn một & đậm.')
    expect(noSummary.supportingPoints).toHaveLength(3)
    expect(draftFromIncoming({ collection: 'talking-points', row: { ...row, body: '', summary: '' } }).keyMessage).toBe('Tin từ tỉnh')
  })

  it('prefills a brief: the response from the text, the summary as evidence credited to the source, the claim left to the editor', () => {
    const draft = draftFromIncoming({ collection: 'briefs', row, source })
    expect(draft).not.toHaveProperty('claim')
    expect(draft.evidence).toEqual([{ source: 'Cổng thông tin tỉnh', statement: 'Tóm tắt của nguồn', url: 'https://tinh.example.vn/tin/7' }])
    expect(textFromLexical(draft.response)).toContain('Đoạn hai')
    expect(draftFromIncoming({ collection: 'briefs', row: { ...row, summary: '' }, source }).evidence).toEqual([])
    // Without the source's name the evidence credits the original page, else nothing the editor must not fill in.
    expect(draftFromIncoming({ collection: 'briefs', row }).evidence).toEqual([{ source: 'https://tinh.example.vn/tin/7', statement: 'Tóm tắt của nguồn', url: 'https://tinh.example.vn/tin/7' }])
    expect(draftFromIncoming({ collection: 'briefs', row: { ...row, link: null } }).evidence).toEqual([{ source: '', statement: 'Tóm tắt của nguồn', url: null }])
  })

  it('prefills a bulletin intro to read aloud, and nothing the server builds (title, script) or the editor must choose (date, slot)', () => {
    expect(draftFromIncoming({ collection: 'bulletins', row })).toEqual({ intro: 'Tin từ tỉnh\n\nĐoạn một & đậm.\n\nĐoạn hai\n\ndòng mới\n\nÝ a' })
  })
})

describe('derivedFromRecord and isWithdrawnRow', () => {
  it('records the row, its source and when', () => {
    expect(derivedFromRecord({ now: new Date('2026-12-05T10:00:00Z'), row, source })).toEqual({
      adaptedAt: '2026-12-05T10:00:00.000Z',
      incoming: '7',
      link: 'https://tinh.example.vn/tin/7',
      source: 3,
      sourceName: 'Cổng thông tin tỉnh',
      sourceUrl: 'https://tinh.example.vn/rss',
      upstreamId: 'urn:tinh:7',
      upstreamUpdatedAt: '2026-12-04T09:00:00.000Z',
    })
    expect(derivedFromRecord({ now: new Date(0), row: { ...row, link: '', upstreamUpdatedAt: null }, source: { id: 3 } })).toMatchObject({ link: null, sourceName: null, sourceUrl: null, upstreamUpdatedAt: null })
  })

  it.each([['usable', false], ['withheld', true], ['canceled', true], [null, false]] as const)('a %s row is withdrawn: %s', (pubStatus, expected) => {
    expect(isWithdrawnRow({ pubStatus })).toBe(expected)
  })
})

describe('adaptRequest ids', () => {
  it('takes a positive whole number or a text id of 1 to 64 characters, trimmed', () => {
    const ok = (value: unknown) => adaptRequest.safeParse({ collection: 'articles', campaign: value }).success
    expect([ok(7), ok('7'), ok('a'.repeat(64)), ok('  65f0a1b2c3d4e5f601234567 ')]).toEqual([true, true, true, true])
    expect([ok(0), ok(-1), ok(1.5), ok(''), ok('   '), ok('a'.repeat(65)), ok(null)]).toEqual([false, false, false, false, false, false, false])
    const parsed = adaptRequest.parse({ collection: 'articles', unit: ' 12 ' })
    expect(parsed.unit).toBe('12')
  })

  it('names the collections it takes, in both languages', () => {
    const result = adaptRequest.safeParse({ collection: 'slogans' })
    expect(result.success).toBe(false)
    expect(result.error?.issues[0]?.message).toMatch(/^collection phải là một trong: articles, .* \/ collection must be one of: articles, /)
  })
})

describe('adaptRequest', () => {
  it.each(['articles', 'talking-points', 'briefs', 'bulletins'])('takes %s', (collection) => {
    expect(adaptRequest.safeParse({ collection }).success).toBe(true)
  })

  it.each([
    ['slogans (not derivable)', { collection: 'slogans' }],
    ['no collection', {}],
    ['an unknown key', { collection: 'articles', derivedFrom: { upstreamId: 'x' } }],
    ['a campaign that is not an id', { campaign: { id: 1 }, collection: 'articles' }],
    ['not an object', ['articles']],
  ])('refuses %s', (_name, body) => {
    expect(adaptRequest.safeParse(body).success).toBe(false)
  })

  it('says in Vietnamese which collections it takes', () => {
    const result = adaptRequest.safeParse({ collection: 'slogans' })
    expect(result.error?.issues[0]?.message).toMatch(/^collection phải là một trong: articles, talking-points, briefs, bulletins/)
  })
})
