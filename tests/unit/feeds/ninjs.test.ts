import { describe, expect, it } from 'vitest'

import { renderForChannel } from '../../../src/feeds/channelText'
import { NINJS_MIME_TYPE, NINJS_SCHEMA_URI, ninjsFeed, ninjsItem } from '../../../src/feeds/ninjs'
import { feedItemId } from '../../../src/feeds/types'
import { PLAN_232_CAMPAIGN } from '../../../src/seed/plan-232'
import { canceledItem, derivedItem, embargoedItem, police, sampleItem, sampleMeta } from './items'
import { ninjsFixture, ninjsValidator } from './ninjsValidator'

const validate = ninjsValidator()
function expectValid(document: unknown) {
  const isValid = validate(document)
  expect(validate.errors ?? []).toEqual([])
  expect(isValid).toBe(true)
}

describe('ninjsItem', () => {
  it.each([
    ['a full article', sampleItem()],
    ['a canceled brief', canceledItem],
    ['an embargoed slogan', embargoedItem],
    ['an English item with several pictures', sampleItem({ language: 'en', images: [
      { url: 'https://nguon.example.vn/media/a.jpg', mimeType: 'image/jpeg', rendition: 'thumbnail', width: 320, height: 200 },
      { url: 'https://nguon.example.vn/media/b.png', mimeType: 'image/png' },
    ] })],
  ])('writes %s that validates against ninjs 3.1', (_name, item) => {
    expectValid(ninjsItem(item))
  })

  it.each(['newspaper', 'television', 'radio', 'loudspeaker', 'web'] as const)('stays valid when written for %s', (channel) => {
    expectValid(ninjsItem(sampleItem(), channel))
  })

  it('is served as plain JSON (ninjs has no media type of its own)', () => {
    expect(NINJS_MIME_TYPE).toBe('application/json')
  })

  it('maps identity, versions, dates and status', () => {
    const document = ninjsItem(sampleItem())
    expect(document).toMatchObject({
      uri: 'urn:nguon:articles:42',
      type: 'text',
      version: '2',
      firstCreated: '2023-11-28T02:00:00.000Z',
      versionCreated: '2023-11-29T03:30:00.000Z',
      pubStatus: 'usable',
      language: 'vi',
      by: 'Nguyễn Thị Hoa',
    })
    expect(document).not.toHaveProperty('embargoedUntil')
    expect(ninjsItem(canceledItem).pubStatus).toBe('canceled')
    expect(ninjsItem(embargoedItem).embargoedUntil).toBe('2023-12-10T00:00:00.000Z')
  })

  it('maps headline, summary, HTML and plain bodies, topics, unit and campaign', () => {
    const item = sampleItem()
    const document = ninjsItem(item)
    expect(document.headlines).toEqual([{ role: 'main', value: item.title }])
    expect(document.descriptions?.[0]).toEqual({ role: 'summary', contentType: 'text/plain', value: PLAN_232_CAMPAIGN.summary.vi })
    expect(document.bodies).toEqual([
      { role: 'main', contentType: 'text/html', value: renderForChannel(item, 'newspaper').body },
      { role: 'main', contentType: 'text/plain', value: item.bodyText },
    ])
    expect(document.subjects).toEqual([
      { name: 'nhân quyền', rel: 'about' },
      { name: 'Công ước Chống tra tấn', rel: 'about' },
    ])
    expect(document.infoSources).toEqual([{ name: police.name.vi, literal: 'CA', role: 'originator' }])
    expect(document.events).toEqual([{ id: PLAN_232_CAMPAIGN.slug, name: PLAN_232_CAMPAIGN.title.vi, rel: 'campaign' }])
    expect(document.renditions).toEqual([{ name: 'web', href: item.url, contentType: 'text/html' }])
  })

  it('adds the spoken text as a body for a radio feed', () => {
    const item = sampleItem()
    expect(ninjsItem(item, 'radio').bodies?.at(-1)).toEqual({ role: 'radio', contentType: 'text/plain', value: renderForChannel(item, 'radio').body })
  })

  it('attaches pictures as associations with one rendition each', () => {
    expect(ninjsItem(sampleItem()).associations).toEqual([
      {
        name: 'image1',
        rel: 'image',
        uri: 'urn:nguon:articles:42:image:1',
        type: 'picture',
        descriptions: [{ role: 'alt', contentType: 'text/plain', value: 'Pano tuyên truyền tại Hà Tĩnh' }],
        by: 'Sở TT&TT Hà Tĩnh',
        renditions: [{ name: 'original', href: 'https://nguon.example.vn/media/pano-1.jpg', contentType: 'image/jpeg', width: 1200, height: 800 }],
      },
    ])
  })

  it('keeps the identifier a valid URI whatever the document id holds', () => {
    const id = feedItemId({ collection: 'talking-points', docId: 'a b/c?d' })
    expect(id).toBe('urn:nguon:talking-points:a%20b%2Fc%3Fd')
    expectValid(ninjsItem(sampleItem({ id, collection: 'talking-points', docId: 'a b/c?d' })))
  })

  it('writes only keys ninjs 3.1 defines, and names the schema it follows', () => {
    const schema = ninjsFixture('ninjs-schema_3.1.json') as { $defs: { ninjsType: { properties: Record<string, unknown> } }; $id: string }
    const keys = Object.keys(ninjsItem(sampleItem()))
    expect(keys).toEqual([
      'uri', 'type', 'representationType', 'version', 'firstCreated', 'versionCreated', 'pubStatus', 'language', 'headlines',
      'descriptions', 'bodies', 'by', 'subjects', 'events', 'infoSources', 'genres', 'altIds', 'renditions', 'associations',
    ])
    expect(keys.filter((key) => !(key in schema.$defs.ninjsType.properties))).toEqual([])
    expect(NINJS_SCHEMA_URI).toBe(schema.$id)
  })
})

describe('ninjsFeed', () => {
  it('wraps valid ninjs items with the feed URL as uri', () => {
    const meta = sampleMeta({ channel: 'television', selfUrl: 'https://nguon.example.vn/feeds/television.ninjs.json' })
    const feed = JSON.parse(JSON.stringify(ninjsFeed(meta, [sampleItem(), canceledItem, embargoedItem])))
    expect(feed).toMatchObject({ uri: meta.selfUrl, title: meta.title, language: 'vi', channel: 'television', homeUrl: meta.homeUrl, versionCreated: meta.generatedAt })
    expect(feed.items).toHaveLength(3)
    for (const item of feed.items) expectValid(item)
  })
})

describe('ninjsItem: every field, and what it leaves out (mutation testing)', () => {
  it('names its genre and alternative ids after the collection and the document', () => {
    const document = ninjsItem(sampleItem({ collection: 'talking-points', docId: '9', id: 'urn:nguon:talking-points:9' }))
    expect(document.genres).toEqual([{ name: 'talking-points', literal: 'talking-points' }])
    expect(document.altIds).toEqual([
      { role: 'collection', value: 'talking-points' },
      { role: 'docId', value: '9' },
    ])
    expect(document.representationType).toBe('full')
  })

  it('describes an item by its summary, its key points a line each and its figures with their sources', () => {
    const item = sampleItem()
    expect(ninjsItem(item).descriptions).toEqual([
      { role: 'summary', contentType: 'text/plain', value: PLAN_232_CAMPAIGN.summary.vi },
      { role: 'keyPoints', contentType: 'text/plain', value: `${item.keyPoints![0]}\n${item.keyPoints![1]}` },
      {
        role: 'figures',
        contentType: 'text/plain',
        value: 'Số tín đồ các tôn giáo: 1.000.000 người (tính đến 30/11/2023). Nguồn: Ban Tôn giáo (https://sonoivu.hatinh.gov.vn/ton-giao)',
      },
    ])
    const twoFigures = sampleItem({
      language: 'en',
      summary: undefined,
      keyPoints: [],
      figures: [
        { label: 'Households', value: '12', sourceName: 'Office' },
        { label: 'Share', value: '2.5', unitOfMeasure: '%', sourceName: 'Bureau' },
      ],
    })
    expect(ninjsItem(twoFigures).descriptions).toEqual([{ role: 'figures', contentType: 'text/plain', value: 'Households: 12. Source: Office\nShare: 2.5 %. Source: Bureau' }])
  })

  it('leaves out descriptions, author, subjects, event and pictures an item does not have', () => {
    const document = ninjsItem(sampleItem({ summary: '', keyPoints: [], figures: [], authorName: '   ', topics: [], campaign: undefined, images: [] }))
    for (const key of ['descriptions', 'by', 'subjects', 'events', 'associations', 'embargoedUntil']) expect(document).not.toHaveProperty(key)
    expectValid(document)
  })

  it('trims the author name', () => {
    expect(ninjsItem(sampleItem({ authorName: '  Trần Văn Nam ' })).by).toBe('Trần Văn Nam')
  })

  it('adds a medium body only for a broadcast or web channel, never a second newspaper body', () => {
    const item = sampleItem()
    expect(ninjsItem(item).bodies).toHaveLength(2)
    expect(ninjsItem(item, 'newspaper').bodies).toHaveLength(2)
    expect(ninjsItem(item, 'web').bodies?.at(-1)).toEqual({ role: 'web', contentType: 'text/plain', value: renderForChannel(item, 'web').body })
  })

  it('keeps only the plain body when the text gives no HTML', () => {
    expect(ninjsItem(sampleItem({ bodyText: '' })).bodies).toEqual([{ role: 'main', contentType: 'text/plain', value: '' }])
  })

  it('numbers pictures from 1, names an unnamed rendition "original" and leaves out sizes that are not whole pixels', () => {
    const images = [
      { url: 'https://nguon.example.vn/media/a.jpg', mimeType: 'image/jpeg', rendition: 'thumbnail', width: 320, height: 200 },
      { url: 'https://nguon.example.vn/media/b.png', mimeType: 'image/png', rendition: '  ', width: 10.5, height: Number.NaN },
    ]
    expect(ninjsItem(sampleItem({ images })).associations).toEqual([
      { name: 'image1', rel: 'image', uri: 'urn:nguon:articles:42:image:1', type: 'picture', renditions: [{ name: 'thumbnail', href: images[0].url, contentType: 'image/jpeg', width: 320, height: 200 }] },
      { name: 'image2', rel: 'image', uri: 'urn:nguon:articles:42:image:2', type: 'picture', renditions: [{ name: 'original', href: images[1].url, contentType: 'image/png' }] },
    ])
  })

  it('drops characters XML forbids from every text, as the other feeds do', () => {
    const document = ninjsItem(sampleItem({ title: 'Tít\u0000 một\r\nhai', authorName: 'Hoa\u0008' }))
    expect(document.headlines).toEqual([{ role: 'main', value: 'Tít một\nhai' }])
    expect(document.by).toBe('Hoa')
  })
})

describe('ninjsFeed: the wrapper (mutation testing)', () => {
  it('carries the feed fields as given, cleans its title and description, and renders items for its channel', () => {
    const meta = sampleMeta({ channel: 'radio', title: 'Nguồn\u0001 phát thanh', description: 'Tin\uFFFF đọc' })
    const item = sampleItem()
    expect(ninjsFeed(meta, [item])).toEqual({
      uri: meta.selfUrl,
      title: 'Nguồn phát thanh',
      description: 'Tin đọc',
      language: 'vi',
      channel: 'radio',
      homeUrl: meta.homeUrl,
      versionCreated: meta.generatedAt,
      items: [ninjsItem(item, 'radio')],
    })
    expect(ninjsFeed(meta, []).items).toEqual([])
  })
})

describe('ninjsItem: the origin of an adapted item', () => {
  it('is an info source with role derived-from and alternative ids, valid against ninjs 3.1', () => {
    const ninjs = ninjsItem(derivedItem())
    expectValid(ninjs)
    expect(ninjs.infoSources).toContainEqual({ name: 'Cổng thông tin tỉnh & "Sở"', role: 'derived-from', uri: 'https://tinh.example.vn/feeds/web/ninjs.json' })
    expect(ninjs.altIds).toEqual(expect.arrayContaining([{ role: 'derived-from', value: 'https://tinh.example.vn/tin/123' }, { role: 'derived-from-id', value: 'urn:tinh:123' }]))
  })

  it('stays valid without a link or feed address, and says nothing for an item not adapted', () => {
    const bare = ninjsItem(derivedItem({ derivedFrom: { sourceName: 'Nguồn', upstreamId: 'x' } }))
    expectValid(bare)
    expect(bare.infoSources).toContainEqual({ name: 'Nguồn', role: 'derived-from' })
    expect(bare.altIds?.filter((id) => id.role.startsWith('derived-from'))).toEqual([{ role: 'derived-from-id', value: 'x' }])
    const plain = ninjsItem(sampleItem())
    expect(JSON.stringify(plain)).not.toContain('derived-from')
  })
})
