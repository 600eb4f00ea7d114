import { describe, expect, it } from 'vitest'

import { rfc822, rssChannelHead } from '../../../src/feeds/xml'

const meta = () => ({
  description: 'Tin đã duyệt',
  homeUrl: 'https://nguon.example.vn/',
  language: 'vi',
  selfUrl: 'https://nguon.example.vn/feeds/web/rss.xml',
  title: 'Nguồn — Web',
})

describe('rfc822', () => {
  it('writes an instant as RFC 822 in GMT', () => {
    expect(rfc822('2023-12-10T07:30:00+07:00')).toBe('Sun, 10 Dec 2023 00:30:00 GMT')
  })

  it('names the value it cannot read as a date', () => {
    expect(() => rfc822('hôm qua')).toThrow(new RangeError('Not a date: hôm qua'))
  })
})

describe('rssChannelHead', () => {
  it('starts a channel with its title, link, description, language, generator and self link', () => {
    expect(rssChannelHead(meta(), 'application/rss+xml').filter(Boolean)).toEqual([
      '<title>Nguồn — Web</title>',
      '<link>https://nguon.example.vn/</link>',
      '<description>Tin đã duyệt</description>',
      '<language>vi</language>',
      '<generator>Nguồn</generator>',
      '<atom:link href="https://nguon.example.vn/feeds/web/rss.xml" rel="self" type="application/rss+xml"/>',
    ])
  })

  it('adds the build date only when the feed has one', () => {
    const dated = rssChannelHead({ ...meta(), generatedAt: '2023-12-10T00:00:00Z' }, 'application/rss+xml')
    expect(dated).toContain('<lastBuildDate>Sun, 10 Dec 2023 00:00:00 GMT</lastBuildDate>')
    expect(rssChannelHead(meta(), 'application/rss+xml').some((line) => line.includes('lastBuildDate'))).toBe(false)
  })
})
