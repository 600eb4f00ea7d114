import { describe, expect, it } from 'vitest'

import { outletFeedAddresses } from '../../../src/feeds/feedPaths'

describe('outletFeedAddresses', () => {
  it('lists the three text feeds of each subscribed channel, in the usual channel order', () => {
    const urls = outletFeedAddresses({ channels: ['radio', 'newspaper'], serverURL: 'https://nguon.example.vn/' }).map((a) => a.url)
    expect(urls).toEqual([
      'https://nguon.example.vn/feeds/newspaper/rss.xml',
      'https://nguon.example.vn/feeds/newspaper/feed.json',
      'https://nguon.example.vn/feeds/newspaper/ninjs.json',
      'https://nguon.example.vn/feeds/radio/rss.xml',
      'https://nguon.example.vn/feeds/radio/feed.json',
      'https://nguon.example.vn/feeds/radio/ninjs.json',
    ])
  })

  it('drops every trailing slash of the server URL', () => {
    expect(outletFeedAddresses({ channels: ['web'], serverURL: 'https://nguon.example.vn///' })[0]?.url).toBe('https://nguon.example.vn/feeds/web/rss.xml')
  })

  it('adds the podcast and bulletins feeds for loudspeakers', () => {
    const files = outletFeedAddresses({ channels: ['loudspeaker'], serverURL: 'http://localhost:3000' }).map((a) => a.file)
    expect(files).toEqual(['rss.xml', 'feed.json', 'ninjs.json', 'podcast.xml', 'bulletins.json'])
  })

  it('ignores values that are not channels and repeats none', () => {
    expect(outletFeedAddresses({ channels: ['fax', 'web', 'web', null], serverURL: 'http://x' }).map((a) => a.url)).toEqual([
      'http://x/feeds/web/rss.xml',
      'http://x/feeds/web/feed.json',
      'http://x/feeds/web/ninjs.json',
    ])
  })
})
