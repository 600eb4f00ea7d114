import { describe, expect, it } from 'vitest'

import { COMPLETENESS_RULES, INCOMPLETE_WORDS, LOCALIZED_PATHS, missingFields, missingFieldsBilingual } from '../../../src/content/completeness'
import { lexicalFromText } from '../../../src/content/lexical'
import { REVIEWED_COLLECTIONS, type ReviewedCollection } from '../../../src/content/vocabulary'
import { SAMPLE_ITEMS } from '../../../src/seed/sampleContent'

const body = lexicalFromText('Đoạn một.\n\nĐoạn hai.')
const shared = { audiences: ['public'], campaign: 1, channels: ['web'], unit: { id: 3, name: 'Sở TT&TT' } }

/** One complete item per type, as the Local API returns it in Vietnamese. */
const COMPLETE: Record<ReviewedCollection, Record<string, unknown>> = {
  articles: { ...shared, body, title: 'Tiêu đề' },
  'talking-points': { ...shared, headline: 'Tiêu đề', keyMessage: 'Thông điệp', supportingPoints: [{ point: 'Ý một' }] },
  briefs: { ...shared, claim: 'Luận điệu', distribution: 'internal', evidence: [{ source: 'Nguồn', statement: 'Chứng cứ' }], response: body, title: 'Tiêu đề' },
  slogans: { ...shared, displayFrom: '2023-11-30T00:00:00.000Z', displayUntil: '2023-12-30T00:00:00.000Z', formats: ['banner'], number: 1, text: 'Khẩu hiệu' },
  bulletins: { audio: 7, audioStatus: 'ready', date: '2023-12-10T00:00:00.000Z', items: [{ relationTo: 'articles', value: 4 }], script: 'Kịch bản.', slot: '06:00' },
}

const paths = (collection: ReviewedCollection, doc: Record<string, unknown>, step: 'approve' | 'submit' = 'submit') =>
  missingFields({ collection, doc, language: 'vi', step }).map((field) => field.path)

describe('completeness rules', () => {
  it.each(REVIEWED_COLLECTIONS.map((collection) => [collection]))('a complete %s lacks nothing to be submitted or approved', (collection) => {
    expect(paths(collection, COMPLETE[collection])).toEqual([])
    expect(paths(collection, COMPLETE[collection], 'approve')).toEqual([])
  })

  it.each(REVIEWED_COLLECTIONS.map((collection) => [collection]))('an empty %s lacks every rule it has, in form order', (collection) => {
    const submit = COMPLETENESS_RULES[collection].filter((rule) => !rule.onlyToApprove).map((rule) => rule.path)
    expect(paths(collection, {})).toEqual(submit)
    expect(paths(collection, {}, 'approve')).toEqual(COMPLETENESS_RULES[collection].map((rule) => rule.path))
  })

  // Each row: the type, what is taken away or spoiled, and the path that must then be reported (alone).
  it.each<[ReviewedCollection, Record<string, unknown>, string]>([
    ['articles', { title: '' }, 'title'],
    ['articles', { title: '   \n ' }, 'title'],
    ['articles', { title: null }, 'title'],
    ['articles', { body: null }, 'body'],
    ['articles', { body: lexicalFromText('  ') }, 'body'],
    ['articles', { body: { root: { children: [{ type: 'paragraph', children: [] }] } } }, 'body'],
    ['articles', { campaign: null }, 'campaign'],
    ['articles', { campaign: '' }, 'campaign'],
    ['articles', { unit: undefined }, 'unit'],
    ['articles', { unit: { id: null } }, 'unit'],
    ['articles', { channels: [] }, 'channels'],
    ['articles', { channels: null }, 'channels'],
    ['articles', { audiences: [] }, 'audiences'],
    ['talking-points', { headline: '' }, 'headline'],
    ['talking-points', { keyMessage: ' ' }, 'keyMessage'],
    ['talking-points', { supportingPoints: [] }, 'supportingPoints'],
    ['talking-points', { supportingPoints: [{ point: '' }, { point: null }] }, 'supportingPoints'],
    ['talking-points', { channels: [] }, 'channels'],
    ['briefs', { claim: '' }, 'claim'],
    ['briefs', { response: lexicalFromText('') }, 'response'],
    ['briefs', { evidence: [{ source: 'x', statement: '' }] }, 'evidence'],
    ['briefs', { distribution: null }, 'distribution'],
    ['briefs', { audiences: [] }, 'audiences'],
    ['slogans', { text: '' }, 'text'],
    ['slogans', { number: null }, 'number'],
    ['slogans', { number: Number.NaN }, 'number'],
    ['slogans', { displayFrom: null }, 'displayFrom'],
    ['slogans', { displayUntil: '' }, 'displayUntil'],
    ['slogans', { formats: [] }, 'formats'],
    ['bulletins', { date: null }, 'date'],
    ['bulletins', { slot: '' }, 'slot'],
    ['bulletins', { items: [] }, 'items'],
    ['bulletins', { script: '' }, 'script'],
  ])('%s with %o reports %s', (collection, change, path) => {
    expect(paths(collection, { ...COMPLETE[collection], ...change })).toEqual([path])
  })

  it.each([
    [{ audioStatus: 'stale' }],
    [{ audioStatus: 'generating' }],
    [{ audioStatus: 'failed' }],
    [{ audio: null }],
  ])('a bulletin may be submitted without ready audio but not approved (%o)', (change) => {
    const bulletin = { ...COMPLETE.bulletins, ...change }
    expect(paths('bulletins', bulletin)).toEqual([])
    expect(paths('bulletins', bulletin, 'approve')).toEqual(['audio'])
  })

  it('accepts relations as ids, populated documents and polymorphic references', () => {
    for (const campaign of [5, '5', { id: 5, title: 'Kế hoạch 232' }]) expect(paths('articles', { ...COMPLETE.articles, campaign })).toEqual([])
    expect(paths('bulletins', { ...COMPLETE.bulletins, items: [{ relationTo: 'articles', value: { id: 9 } }] })).toEqual([])
  })

  it('reads the Vietnamese text of a document loaded in every locale', () => {
    const allLocales = { ...COMPLETE.articles, body: { en: body, vi: body }, title: { en: 'Title', vi: 'Tiêu đề' } }
    expect(paths('articles', allLocales)).toEqual([])
    // An English title does not make up for a missing Vietnamese one: English falls back to Vietnamese, not the other way.
    expect(paths('articles', { ...allLocales, title: { en: 'Title', vi: '' } })).toEqual(['title'])
    expect(paths('talking-points', { ...COMPLETE['talking-points'], supportingPoints: [{ point: { en: 'One', vi: null } }] })).toEqual(['supportingPoints'])
  })

  it('speaks the reader\'s language, and both for readers it does not know', () => {
    const doc = { ...COMPLETE.articles, channels: [], title: '' }
    expect(missingFields({ collection: 'articles', doc, language: 'vi' })).toEqual([
      { message: 'Chưa có tiêu đề', path: 'title' },
      { message: 'Chưa chọn kênh phát hành nào', path: 'channels' },
    ])
    expect(missingFields({ collection: 'articles', doc, language: 'en' })).toEqual([
      { message: 'The title is missing', path: 'title' },
      { message: 'No channel chosen', path: 'channels' },
    ])
    expect(missingFieldsBilingual({ collection: 'articles', doc })[0]).toEqual({ message: 'Chưa có tiêu đề / The title is missing', path: 'title' })
  })

  it('every message exists in both languages and differs between them', () => {
    for (const collection of REVIEWED_COLLECTIONS) {
      for (const rule of COMPLETENESS_RULES[collection]) {
        expect(rule.words.vi.trim(), `${collection}.${rule.path}`).not.toBe('')
        expect(rule.words.en.trim(), `${collection}.${rule.path}`).not.toBe('')
        expect(rule.words.vi).not.toBe(rule.words.en)
      }
    }
  })

  it('lets every sample item that the seed sends for review through (the seed goes through the real workflow)', () => {
    const submitted = SAMPLE_ITEMS.filter((item) => item.review.state !== 'draft')
    expect(submitted.length).toBeGreaterThan(10)
    for (const item of submitted) {
      const common = { audiences: item.audiences, campaign: 1, channels: item.channels, unit: 2 }
      const doc =
        item.collection === 'articles'
          ? { ...common, body: lexicalFromText(item.body.vi), title: item.title.vi }
          : item.collection === 'talking-points'
            ? { ...common, headline: item.headline.vi, keyMessage: item.keyMessage.vi, supportingPoints: item.supportingPoints.map((point) => ({ point: point.vi })) }
            : {
                ...common,
                claim: item.claim.vi,
                distribution: item.distribution,
                evidence: item.evidence.map((entry) => ({ source: entry.source, statement: entry.statement.vi })),
                response: lexicalFromText(item.response.vi),
                title: item.title.vi,
              }
      expect(missingFields({ collection: item.collection, doc, language: 'en', step: 'approve' }), `${item.collection} ${JSON.stringify(doc).slice(0, 80)}`).toEqual([])
    }
  })
})

describe('completeness rules: values that only look filled in (mutation testing)', () => {
  it.each<[ReviewedCollection, Record<string, unknown>, string]>([
    ['articles', { channels: [null, undefined, ''] }, 'channels'],
    ['articles', { channels: 'web' }, 'channels'],
    ['articles', { campaign: { relationTo: 'campaigns', value: null } }, 'campaign'],
    ['articles', { campaign: { relationTo: 'campaigns', value: '' } }, 'campaign'],
    ['articles', { unit: { id: '' } }, 'unit'],
    ['articles', { unit: { id: undefined, name: 'Sở' } }, 'unit'],
    ['articles', { title: 42 }, 'title'],
    ['articles', { title: { en: 'Title' } }, 'title'],
    ['talking-points', { supportingPoints: [null, 'Ý một', { point: 3 }] }, 'supportingPoints'],
    ['talking-points', { supportingPoints: { point: 'Ý một' } }, 'supportingPoints'],
    ['slogans', { number: Number.POSITIVE_INFINITY }, 'number'],
    ['slogans', { number: '1' }, 'number'],
    ['bulletins', { items: [null] }, 'items'],
  ])('%s with %o reports %s', (collection, change, path) => {
    expect(paths(collection, { ...COMPLETE[collection], ...change })).toEqual([path])
  })

  it.each([
    ['a single entry among empty ones', { channels: [null, 'web'] }],
    ['a relation given as a number zero', { campaign: 0 }],
    ['a polymorphic relation to a populated document', { campaign: { relationTo: 'campaigns', value: { id: 5 } } }],
    ['a slogan number of zero', null],
  ])('accepts %s', (_case, change) => {
    if (change === null) expect(paths('slogans', { ...COMPLETE.slogans, number: 0 })).toEqual([])
    else expect(paths('articles', { ...COMPLETE.articles, ...change })).toEqual([])
  })

  it('reads the document itself, not its Vietnamese key, when it is a Lexical document', () => {
    // Lexical documents have a `root`; a stray `vi` key beside it must not be taken for the Vietnamese locale.
    expect(paths('articles', { ...COMPLETE.articles, body: { ...body, vi: null } })).toEqual([])
    expect(paths('articles', { ...COMPLETE.articles, title: ['Tiêu đề'] })).toEqual(['title'])
  })

  it('asks for ready audio only when the audio is also there, as a relation', () => {
    expect(paths('bulletins', { ...COMPLETE.bulletins, audio: { id: 7 } }, 'approve')).toEqual([])
    expect(paths('bulletins', { ...COMPLETE.bulletins, audio: '' }, 'approve')).toEqual(['audio'])
    expect(paths('bulletins', { ...COMPLETE.bulletins, audioStatus: 'READY' }, 'approve')).toEqual(['audio'])
  })

  it('gives each missing field both languages at once, for the step asked', () => {
    const bulletin = { ...COMPLETE.bulletins, audioStatus: 'stale', script: '' }
    expect(missingFieldsBilingual({ collection: 'bulletins', doc: bulletin })).toEqual([{ message: 'Chưa có kịch bản đọc / The script is empty', path: 'script' }])
    expect(missingFieldsBilingual({ collection: 'bulletins', doc: bulletin, step: 'approve' })).toEqual([
      { message: 'Chưa có kịch bản đọc / The script is empty', path: 'script' },
      { message: 'Chưa có âm thanh sẵn sàng (tạo âm thanh hoặc tải bản ghi âm) / The audio is not ready (generate it or upload a recording)', path: 'audio' },
    ])
  })

  it('says an item is incomplete in both languages', () => {
    expect(INCOMPLETE_WORDS).toEqual({ en: 'The item is not complete yet', vi: 'Tin bài chưa đủ nội dung' })
  })

  it('names the localized paths of each type, every one a path its rules check', () => {
    expect(LOCALIZED_PATHS).toEqual({
      articles: ['title', 'body'],
      'talking-points': ['headline', 'keyMessage', 'supportingPoints'],
      briefs: ['title', 'claim', 'response', 'evidence'],
      slogans: ['text'],
      bulletins: [],
    })
    for (const collection of REVIEWED_COLLECTIONS) {
      const checked = COMPLETENESS_RULES[collection].map((rule) => rule.path)
      for (const path of LOCALIZED_PATHS[collection]) expect(checked, `${collection}.${path}`).toContain(path)
    }
  })
})
