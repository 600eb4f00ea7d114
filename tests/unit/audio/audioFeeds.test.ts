import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { parseJsonFeed, parseRssFeed } from 'feedsmith'
import Parser from 'rss-parser'
import { describe, expect, it } from 'vitest'

import { type BulletinFeedItem, bulletinsJsonFeed, renderBulletinsJson, renderPodcast, wholeSeconds } from '../../../src/feeds/audioFeeds'

const show = {
  artworkUrl: 'https://nguon.example/feeds/loudspeaker/artwork/abcdefghijklmnopqrstuv.png',
  guid: '917393e3-1b1e-5cef-ace4-edaa54e1f810',
  ownerEmail: 'loa@hatinh.gov.vn',
  ownerName: 'Sở TT&TT Hà Tĩnh',
  summary: 'Bản tin loa đã duyệt',
}
const meta = { description: 'Bản tin loa', generatedAt: '2023-12-10T10:00:00.000Z', homeUrl: 'https://nguon.example', language: 'vi' as const, selfUrl: 'https://nguon.example/feeds/loudspeaker/podcast.xml', show, title: 'Nguồn — Loa' }
const bulletin = (id: number, audio = true): BulletinFeedItem => ({
  airsAt: '2023-12-10T10:00:00.000Z',
  date: '2023-12-10',
  docId: String(id),
  id: `urn:nguon:bulletins:${id}`,
  priority: 'emergency',
  publishedAt: '2023-12-10T09:00:00.000Z',
  readAloudSeconds: 12,
  script: 'Kính thưa bà con <nhân dân> & cử tri.',
  slot: '17:00',
  title: `Bản tin ${id}`,
  transcriptUrl: `https://nguon.example/feeds/loudspeaker/transcripts/${id}.txt`,
  url: `https://nguon.example/api/bulletins/${id}`,
  version: 1,
  versionCreated: '2023-12-10T09:00:00.000Z',
  ...(audio ? { audio: { bytes: 12345, mimeType: 'audio/mpeg', seconds: 11.6, source: 'synthetic' as const, url: 'https://nguon.example/api/media/file/a.mp3' } } : {}),
})

describe('audio feeds', () => {
  it('writes a podcast with one MP3 enclosure per bulletin that has audio', async () => {
    const xml = renderPodcast(meta, [bulletin(1), bulletin(2, false)])
    expect(XMLValidator.validate(xml)).toBe(true)
    const feed = await new Parser().parseString(xml)
    expect(feed.items).toHaveLength(1)
    expect(feed.items[0].enclosure).toEqual({ length: '12345', type: 'audio/mpeg', url: 'https://nguon.example/api/media/file/a.mp3' })
    expect(xml).toContain('<itunes:duration>12</itunes:duration>')
    expect(xml).toContain('<category domain="urn:nguon:priority">emergency</category>')
  })

  it('writes JSON Feed attachments with size and duration, and lists bulletins without audio too', () => {
    const feed = bulletinsJsonFeed(meta, [bulletin(1), bulletin(2, false)])
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1')
    expect(feed.items[0].attachments).toEqual([{ duration_in_seconds: 11.6, mime_type: 'audio/mpeg', size_in_bytes: 12345, url: 'https://nguon.example/api/media/file/a.mp3' }])
    expect(feed.items[0]._nguon).toMatchObject({ priority: 'emergency', slot: '17:00' })
    expect(feed.items[1].attachments).toBeUndefined()
  })

  it('marks an emergency bulletin played outside the daily slots, and only that one', async () => {
    const atOnce = { ...bulletin(3), outOfSlot: true as const, slot: '14:07' }
    const json = bulletinsJsonFeed(meta, [atOnce, bulletin(1)])
    expect(json.items[0]._nguon).toMatchObject({ outOfSlot: true, priority: 'emergency', slot: '14:07' })
    expect(json.items[1]._nguon).not.toHaveProperty('outOfSlot')
    const xml = renderPodcast(meta, [atOnce, bulletin(1)])
    expect(XMLValidator.validate(xml)).toBe(true)
    expect(xml.match(/<nguon:outOfSlot>true<\/nguon:outOfSlot>/g)).toHaveLength(1)
  })

  it('presents the show with its cover, owner, summary and GUID, and each episode with the cover and its transcript', () => {
    const xml = renderPodcast(meta, [bulletin(1)])
    expect(XMLValidator.validate(xml)).toBe(true)
    expect(xml).toContain('xmlns:podcast="https://podcastindex.org/namespace/1.0"')
    expect(xml).toContain('<itunes:owner>\n<itunes:name>Sở TT&amp;TT Hà Tĩnh</itunes:name>\n<itunes:email>loa@hatinh.gov.vn</itunes:email>\n</itunes:owner>')
    expect(xml).toContain('<itunes:summary>Bản tin loa đã duyệt</itunes:summary>')
    expect(xml).toContain('<podcast:guid>917393e3-1b1e-5cef-ace4-edaa54e1f810</podcast:guid>')
    expect(xml.match(/<itunes:image href="https:\/\/nguon.example\/feeds\/loudspeaker\/artwork\/abcdefghijklmnopqrstuv.png"\/>/g)).toHaveLength(2)
    expect(xml).toContain('<podcast:transcript language="vi" type="text/plain" url="https://nguon.example/feeds/loudspeaker/transcripts/1.txt"/>')
  })

  it('writes no owner e-mail it was not given, and no build date for an empty feed', () => {
    const xml = renderPodcast({ ...meta, generatedAt: undefined, show: { ...show, ownerEmail: undefined } }, [])
    expect(XMLValidator.validate(xml)).toBe(true)
    expect(xml).not.toContain('itunes:email')
    expect(xml).not.toContain('lastBuildDate')
    expect(xml).not.toContain('1970')
    expect(bulletinsJsonFeed({ ...meta, generatedAt: undefined }, [])._nguon).toEqual({ channel: 'loudspeaker' })
  })

  it('rounds durations to whole seconds, at least one', () => {
    expect(wholeSeconds(0.2)).toBe(1)
    expect(wholeSeconds(61.5)).toBe(62)
  })

  it('is read by a podcast reader as a show with iTunes and Podcasting 2.0 fields, cover, owner and transcripts', () => {
    const withUnit = { ...bulletin(1), unit: { code: 'HT-01', name: 'Xã Thạch Hạ' } }
    const feed = parseRssFeed(renderPodcast(meta, [withUnit]))
    expect(feed.image).toEqual({ link: meta.homeUrl, title: meta.title, url: show.artworkUrl })
    expect(feed.atom?.links).toEqual([{ href: meta.selfUrl, rel: 'self', type: 'application/rss+xml' }])
    expect(feed.itunes).toEqual({
      author: show.ownerName,
      categories: [{ text: 'Government' }],
      explicit: false,
      image: show.artworkUrl,
      owner: { email: show.ownerEmail, name: show.ownerName },
      summary: show.summary,
      type: 'episodic',
    })
    expect(feed.podcast).toEqual({ guid: show.guid })
    const [episode] = feed.items ?? []
    expect(episode?.guid).toEqual({ isPermaLink: false, value: 'urn:nguon:bulletins:1' })
    expect(episode?.categories).toEqual([
      { domain: 'urn:nguon:priority', name: 'emergency' },
      { domain: 'urn:nguon:units', name: 'HT-01' },
    ])
    expect(episode?.podcast?.transcripts).toEqual([{ language: 'vi', type: 'text/plain', url: withUnit.transcriptUrl }])
  })

  it('declares the namespaces by the URIs podcast directories look for', () => {
    const xml = renderPodcast(meta, [])
    expect(xml).toContain(' xmlns:atom="http://www.w3.org/2005/Atom"')
    expect(xml).toContain(' xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd"')
    expect(xml).toContain('<itunes:explicit>false</itunes:explicit>')
    expect(xml).toContain('<itunes:type>episodic</itunes:type>')
    expect(xml).toContain('<itunes:category text="Government"/>')
  })

  it('writes only elements inside the channel, the owner and each item, never stray text, whatever is left out', () => {
    const xml = renderPodcast({ ...meta, show: { ...show, ownerEmail: undefined } }, [bulletin(1), { ...bulletin(2), unit: { code: 'HT-01', name: 'Xã Thạch Hạ' } }])
    const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['item', 'category'].includes(name) })
    const { channel } = parser.parse(xml).rss
    expect(channel).not.toHaveProperty('#text')
    expect(channel['itunes:owner']).toEqual({ 'itunes:name': show.ownerName })
    expect(xml).toContain('<itunes:owner>\n<itunes:name>Sở TT&amp;TT Hà Tĩnh</itunes:name>\n</itunes:owner>')
    expect(channel.item).toHaveLength(2)
    for (const item of channel.item) expect(item).not.toHaveProperty('#text')
    expect(channel.item[0]).not.toHaveProperty('nguon:outOfSlot')
    expect(channel.item[0].category).toHaveLength(1)
    expect(channel.item[1].category[1]).toEqual({ '#text': 'HT-01', '@_domain': 'urn:nguon:units' })
  })

  it('writes each episode’s GUID as a name, not a link', () => {
    expect(renderPodcast(meta, [bulletin(1)])).toContain('<guid isPermaLink="false">urn:nguon:bulletins:1</guid>')
  })

  it('serves as JSON exactly the JSON Feed it builds, which a JSON Feed reader accepts with its authors and tags', () => {
    const items = [bulletin(1), bulletin(2, false)]
    const json = renderBulletinsJson(meta, items)
    expect(JSON.parse(json)).toEqual(bulletinsJsonFeed(meta, items))
    const feed = parseJsonFeed(JSON.parse(json))
    expect(feed.authors).toEqual([{ name: show.ownerName }])
    expect(feed.icon).toBe(show.artworkUrl)
    expect(feed.items?.map((item) => item.tags)).toEqual([['emergency'], ['emergency']])
  })

  it('tells in its own fields which bulletin, version, audio source and unit each item is, and when the feed was made', () => {
    const unit = { code: 'HT-01', name: 'Xã Thạch Hạ' }
    const feed = bulletinsJsonFeed(meta, [{ ...bulletin(1), unit, version: 3 }, bulletin(2, false)])
    expect(feed._nguon).toEqual({ channel: 'loudspeaker', generatedAt: meta.generatedAt })
    expect(feed.items[0]._nguon).toEqual({
      airsAt: '2023-12-10T10:00:00.000Z',
      audioSource: 'synthetic',
      collection: 'bulletins',
      date: '2023-12-10',
      docId: '1',
      priority: 'emergency',
      readAloudSeconds: 12,
      slot: '17:00',
      transcriptUrl: 'https://nguon.example/feeds/loudspeaker/transcripts/1.txt',
      unit,
      version: 3,
    })
    expect(feed.items[1]._nguon).not.toHaveProperty('audioSource')
    expect(feed.items[1]._nguon).not.toHaveProperty('unit')
  })
})
