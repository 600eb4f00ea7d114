import { describe, expect, it } from 'vitest'

import { renderForChannel } from '../../../src/feeds/channelText'
import { NINJS_SCHEMA_URI, ninjsFeed, ninjsItem } from '../../../src/feeds/ninjs'
import { feedItemId } from '../../../src/feeds/types'
import { PLAN_232_CAMPAIGN } from '../../../src/seed/plan-232'
import { canceledItem, embargoedItem, police, sampleItem, sampleMeta } from './items'
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

  it('is checked by a validator that rejects keys ninjs does not define', () => {
    expect(validate({ ...ninjsItem(sampleItem()), url: 'https://nguon.example.vn/' })).toBe(false)
    expect(validate({ ...ninjsItem(sampleItem()), pubStatus: 'withdrawn' })).toBe(false)
    expect(NINJS_SCHEMA_URI).toBe(ninjsFixture('ninjs-schema_3.1.json').$id)
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
