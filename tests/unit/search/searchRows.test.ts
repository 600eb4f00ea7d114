// What the search index holds of an item: which rows (live, latest), who may read them, and which texts, folded.
import { describe, expect, it } from 'vitest'

import { indexedTerms, itemRows, mediaRows, rowKey, SEARCHED_COLLECTIONS, STORED_BODY_LENGTH, textsAt } from '../../../src/search/searchRows'

const lexical = (text: string) => ({ root: { children: [{ children: [{ text, type: 'text' }], type: 'paragraph' }], type: 'root' } })

describe('row keys', () => {
  it('are unique per collection, id and variant, and keep their place (never reorder the collections)', () => {
    expect(SEARCHED_COLLECTIONS).toEqual(['articles', 'talking-points', 'briefs', 'slogans', 'bulletins', 'media'])
    expect(rowKey('articles', 5, 'live')).toBe(2 ** 41 + 10)
    expect(rowKey('articles', 5, 'latest')).toBe(2 ** 41 + 11)
    expect(rowKey('media', 0, 'live')).toBe(6 * 2 ** 41)
    const keys = SEARCHED_COLLECTIONS.flatMap((c) => [1, 2, 2 ** 39].flatMap((id) => [rowKey(c, id, 'live'), rowKey(c, id, 'latest')]))
    expect(new Set(keys).size).toBe(keys.length)
  })
})

describe('textsAt', () => {
  it('reads each locale (Vietnamese first), rows of arrays, rich text, numbers and lists of words, each text once and trimmed', () => {
    const doc = {
      evidence: [{ statement: { en: 'Fact', vi: 'Sự thật' } }, { statement: { vi: ' Sự thật ' } }, { statement: null }],
      figures: [{ value: 75 }, { value: '75' }],
      body: { en: lexical('Body'), vi: lexical('Thân bài') },
      tags: ['một', 2, 'hai'],
      empty: '   ',
    }
    expect(textsAt(doc, 'evidence.statement')).toEqual(['Sự thật', 'Fact'])
    expect(textsAt(doc, 'figures.value')).toEqual(['75'])
    expect(textsAt(doc, 'body')).toEqual(['Thân bài', 'Body'])
    expect(textsAt(doc, 'tags')).toEqual(['một', '2', 'hai'])
    expect(textsAt({ rows: [{ words: ['một', 3, 'một'] }] }, 'rows.words')).toEqual(['một', '3'])
    // A localized list keeps its words, not its numbers.
    expect(textsAt({ tags: { en: ['one', 1], vi: ['một', 3] } }, 'tags')).toEqual(['một', 'one'])
    expect(textsAt(doc, 'empty')).toEqual([])
    expect(textsAt(doc, 'missing.path')).toEqual([])
    expect(textsAt(null, 'title')).toEqual([])
    expect(textsAt({ claimSource: { outlet: 'Báo X' } }, 'claimSource.outlet')).toEqual(['Báo X'])
  })

  it('writes a date as editors do, dd/MM/yyyy in Vietnam time, so "10/12/2023" finds it', () => {
    expect(textsAt({ asOf: '2023-12-09T17:00:00.000Z' }, 'asOf')).toEqual(['10/12/2023'])
    expect(textsAt({ asOf: '2023-12-09T16:59:59.000Z' }, 'asOf')).toEqual(['09/12/2023'])
    expect(textsAt({ asOf: '2023-12-09 is not a timestamp' }, 'asOf')).toEqual(['2023-12-09 is not a timestamp'])
    expect(textsAt({ asOf: '2023-13-45T99:00:00Z' }, 'asOf')).toEqual(['2023-13-45T99:00:00Z'])
  })
})

describe('itemRows', () => {
  const live = { _status: 'published', audiences: ['public', 'cadres'], campaign: '2', id: 5, summary: 'Tóm tắt', title: { en: 'Freedom', vi: 'Tự do' }, unit: { id: 3 }, updatedAt: '2023-12-09T20:00:00.000Z' }

  it('indexes a published item once, public when its audiences hold the public', () => {
    const [row, ...rest] = itemRows({ collection: 'articles', latest: null, live })
    expect(rest).toEqual([])
    expect(row).toMatchObject({
      body: 'Tóm tắt', bodyFolded: 'tom tat', campaign: 2, collection: 'articles', docId: 5, exact: 'tự do freedom tóm tắt', expireAt: null,
      hasLatest: 0, isPublic: 1, key: rowKey('articles', 5, 'live'), publishAt: null, reach: null, status: 'published', title: 'Tự do',
      titleFolded: 'tu do freedom', unit: 3, updatedAt: '2023-12-09T20:00:00.000Z', uploadedBy: null, variant: 'live',
    })
    expect(itemRows({ collection: 'articles', latest: null, live: { ...live, audiences: ['cadres'] } })[0]).toMatchObject({ isPublic: 0 })
    expect(itemRows({ collection: 'articles', latest: null, live: { ...live, audiences: undefined } })[0]).toMatchObject({ isPublic: 0 })
  })

  it('reads a brief’s reach from its distribution', () => {
    const brief = { _status: 'published', claim: 'Luận điệu', distribution: 'public', id: 1, title: 'Phản bác' }
    expect(itemRows({ collection: 'briefs', latest: null, live: brief })[0]).toMatchObject({ body: 'Luận điệu', isPublic: 1 })
    expect(itemRows({ collection: 'briefs', latest: null, live: { ...brief, distribution: 'internal', audiences: ['public'] } })[0]).toMatchObject({ isPublic: 0 })
  })

  it('adds the newer unpublished version as a second row, never public, and marks the live one as having it', () => {
    const latest = { ...live, _status: 'draft', summary: 'Bản đính chính', workflowStatus: 'in_review' }
    const rows = itemRows({ collection: 'articles', latest, live })
    expect(rows.map((r) => [r.variant, r.hasLatest, r.isPublic, r.status, r.key])).toEqual([
      ['live', 1, 1, 'published', rowKey('articles', 5, 'live')],
      ['latest', 0, 0, 'in_review', rowKey('articles', 5, 'latest')],
    ])
    expect(itemRows({ collection: 'articles', latest: { ...latest, workflowStatus: undefined }, live })[1]).toMatchObject({ status: 'draft' })
    // A draft never published: its latest row only. A published latest is the live row itself.
    expect(itemRows({ collection: 'articles', latest, live: { ...live, _status: 'draft' } }).map((r) => r.variant)).toEqual(['latest'])
    expect(itemRows({ collection: 'articles', latest: { ...live }, live }).map((r) => r.variant)).toEqual(['live'])
    expect(itemRows({ collection: 'articles', latest: null, live: null })).toEqual([])
  })

  it('keeps a title to one line of 120 characters, names an untitled item by its id, and keeps a body text that repeats the title out', () => {
    const long = 'Quyền con người '.repeat(12)
    const [row] = itemRows({ collection: 'slogans', latest: null, live: { _status: 'published', id: 9, text: `${long}\n` } })
    expect(row!.title).toHaveLength(120)
    expect(row!.title.endsWith('…')).toBe(true)
    expect(row!.body).toBe('')
    const [untitled] = itemRows({ collection: 'articles', latest: null, live: { _status: 'published', id: 12, summary: 'Một' } })
    expect(untitled).toMatchObject({ title: '#12', unit: null, campaign: null })
    const [short] = itemRows({ collection: 'articles', latest: null, live: { _status: 'published', id: 13, title: '  Hai   dòng\nngắn ' } })
    expect(short!.title).toBe('Hai dòng ngắn')
  })

  it('stores 20,000 characters of body for snippets and indexes more, and reads ids and dates of any shape', () => {
    const body = `${'a'.repeat(STORED_BODY_LENGTH)} cuối`
    const [row] = itemRows({
      collection: 'bulletins',
      latest: null,
      live: { _status: 'published', campaign: '', expireAt: '2024-01-01T00:00:00+07:00', id: 4, publishAt: '', script: body, title: 'Bản tin', unit: 'x', updatedAt: '' },
    })
    expect(row!.body).toHaveLength(STORED_BODY_LENGTH)
    expect(row!.bodyFolded.endsWith(' cuoi')).toBe(true)
    expect(row).toMatchObject({ campaign: null, expireAt: '2023-12-31T17:00:00.000Z', publishAt: null, unit: null, updatedAt: new Date(0).toISOString() })
  })
})

describe('the texts indexed of each collection', () => {
  // Every field a collection is searched by, each holding its own word: the row's title and body hold them all.
  it.each([
    ['articles', { title: 'tieude', summary: 'tomtat', body: lexical('thanbai') }, 'tieude', ['tomtat', 'thanbai']],
    [
      'briefs',
      {
        title: 'tieude',
        claim: 'luandieu',
        claimSource: { outlet: 'baoxau' },
        response: 'phanbac',
        evidence: [{ statement: 'sukien', source: 'nguonchung' }],
        legalReferences: [{ reference: 'dieuluat' }],
      },
      'tieude',
      ['luandieu', 'baoxau', 'phanbac', 'sukien', 'nguonchung', 'dieuluat'],
    ],
    ['bulletins', { title: 'tieude', intro: 'moidau', script: 'kichban', outro: 'ketthuc' }, 'tieude', ['moidau', 'kichban', 'ketthuc']],
    [
      'talking-points',
      {
        headline: 'tieude',
        keyMessage: 'thongdiep',
        supportingPoints: [{ point: 'luanco' }],
        figures: [{ label: 'chiso', value: 'giatri', unitOfMeasure: 'donvi', asOf: 'thoidiem', sourceName: 'nguonso' }],
      },
      'tieude',
      ['thongdiep', 'luanco', 'chiso', 'giatri', 'donvi', 'thoidiem', 'nguonso'],
    ],
    ['slogans', { text: 'khauhieu' }, 'khauhieu', []],
  ] as const)('%s', (collection, fields, title, bodyWords) => {
    const [row] = itemRows({ collection, latest: null, live: { _status: 'published', id: 1, ...fields } })
    expect(row!.title).toBe(title)
    expect(row!.titleFolded).toBe(title)
    expect(row!.bodyFolded.split(' ').filter(Boolean)).toEqual(bodyWords)
  })

  it('cuts only a title longer than 120 characters', () => {
    const title = 'a'.repeat(120)
    expect(itemRows({ collection: 'articles', latest: null, live: { _status: 'published', id: 1, title } })[0]!.title).toBe(title)
  })
})

describe('mediaRows', () => {
  it('indexes media by its alt text and credit, public while a live public item shows it', () => {
    const [row] = mediaRows({ alt: 'Ảnh lũ', credit: 'Báo Hà Tĩnh', filename: 'lu.jpg', id: 8, liveReach: 'public', uploadedBy: { id: 4 } })
    expect(row).toMatchObject({ body: 'Báo Hà Tĩnh lu.jpg', collection: 'media', isPublic: 1, reach: 'public', status: null, title: 'Ảnh lũ', uploadedBy: 4, variant: 'live' })
    expect(mediaRows({ alt: 'Ảnh', id: 8, liveReach: 'press' })[0]).toMatchObject({ isPublic: 0, reach: 'press' })
    expect(mediaRows({ alt: 'Ảnh', id: 8 })[0]).toMatchObject({ isPublic: 0, reach: null })
  })
})

describe('indexedTerms', () => {
  it('lists each folded word longer than three letters once, from titles and bodies', () => {
    expect(indexedTerms([{ bodyFolded: 'quyen con nguoi', titleFolded: 'nhan quyen' }, { bodyFolded: 'nguoi dan', titleFolded: '' }]).sort()).toEqual(['nguoi', 'nhan', 'quyen'])
  })
})
