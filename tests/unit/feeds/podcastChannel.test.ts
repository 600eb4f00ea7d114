// The podcast's channel fields: defaults of an empty settings group, the cover's key, and Podcasting 2.0's GUID.
import { createHash } from 'node:crypto'

import { describe, expect, it } from 'vitest'

import { artworkKeyOf, DEFAULT_PODCAST_TITLE, PODCAST_GUID_NAMESPACE, podcastChannelFrom, podcastGuid, uuidV5 } from '../../../src/feeds/podcastChannel'

const colors = { background: '#DA251D', text: '#FFFF00' }

describe('podcastGuid', () => {
  it('is the UUIDv5 of the feed URL without scheme, as the namespace document’s own example gives', () => {
    // podcastindex.org/namespace/1.0, podcast:guid: "https://mp3s.nashownotes.com/pc20rss.xml" → 917393e3-…
    expect(podcastGuid('https://mp3s.nashownotes.com/pc20rss.xml')).toBe('917393e3-1b1e-5cef-ace4-edaa54e1f810')
    expect(podcastGuid('http://mp3s.nashownotes.com/pc20rss.xml/')).toBe('917393e3-1b1e-5cef-ace4-edaa54e1f810')
  })

  it('makes version-5 RFC 9562 UUIDs', () => {
    // RFC 9562 appendix A.4: "www.example.com" in the DNS namespace.
    expect(uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2')
  })

  it('drops every trailing slash, not just one', () => {
    expect(podcastGuid('https://mp3s.nashownotes.com/pc20rss.xml///')).toBe('917393e3-1b1e-5cef-ace4-edaa54e1f810')
  })

  it('drops a scheme only at the start, leaving one inside the URL alone', () => {
    const schemeless = 'mp3s.nashownotes.com/pc20rss.xml?via=https://nguon.example'
    expect(podcastGuid(schemeless)).toBe(uuidV5(schemeless, PODCAST_GUID_NAMESPACE))
    expect(podcastGuid(`https://${schemeless}`)).toBe(podcastGuid(schemeless))
    expect(podcastGuid(schemeless)).not.toBe(podcastGuid('mp3s.nashownotes.com/pc20rss.xml?via=nguon.example'))
  })
})

describe('podcastChannelFrom', () => {
  it('stands an empty group for the default title, Nguồn as owner, no e-mail and a summary', () => {
    const channel = podcastChannelFrom({ colors, layoutVersion: 1, stored: undefined })
    expect(channel).toMatchObject({ ownerName: 'Nguồn', province: '', title: DEFAULT_PODCAST_TITLE })
    expect(channel.ownerEmail).toBeUndefined()
    expect(channel.summary).toMatch(/transcript/)
  })

  it('names the default show in both languages and summarises it without a province', () => {
    const channel = podcastChannelFrom({ colors, layoutVersion: 1, stored: {} })
    expect(channel.title).toBe('Nguồn — Bản tin Loa truyền thanh cơ sở / Loudspeakers')
    expect(channel.summary).toBe(
      'Bản tin loa truyền thanh cơ sở, đã được duyệt, kèm bản chữ (transcript) của từng bản tin. / Approved loudspeaker bulletins, each with its transcript.',
    )
  })

  it('reads a group whose fields are null as an empty one', () => {
    const stored = { ownerEmail: null, ownerName: null, provinceName: null, summary: null, title: null }
    expect(podcastChannelFrom({ colors, layoutVersion: 1, stored })).toEqual(podcastChannelFrom({ colors, layoutVersion: 1, stored: undefined }))
  })

  it('trims what the office typed, and treats a blank title, owner or summary as unset', () => {
    const stored = { ownerEmail: ' loa@hatinh.gov.vn ', ownerName: ' Sở TT&TT Hà Tĩnh ', provinceName: 'Hà Tĩnh', summary: ' Giới thiệu ', title: ' Loa Hà Tĩnh ' }
    expect(podcastChannelFrom({ colors, layoutVersion: 1, stored })).toMatchObject({ ownerEmail: 'loa@hatinh.gov.vn', ownerName: 'Sở TT&TT Hà Tĩnh', summary: 'Giới thiệu', title: 'Loa Hà Tĩnh' })
    const blank = podcastChannelFrom({ colors, layoutVersion: 1, stored: { ownerName: '  ', provinceName: 'Hà Tĩnh', summary: ' ', title: '   ' } })
    expect(blank).toMatchObject({ ownerName: 'Loa truyền thanh tỉnh Hà Tĩnh', title: DEFAULT_PODCAST_TITLE })
    expect(blank.summary).toBe(
      'Bản tin loa truyền thanh cơ sở tỉnh Hà Tĩnh, đã được duyệt, kèm bản chữ (transcript) của từng bản tin. / Approved loudspeaker bulletins of Hà Tĩnh province, each with its transcript.',
    )
  })

  it('takes the province into the owner and the summary when only the province is set', () => {
    const channel = podcastChannelFrom({ colors, layoutVersion: 1, stored: { ownerEmail: '  ', provinceName: ' Hà Tĩnh ' } })
    expect(channel).toMatchObject({ ownerName: 'Loa truyền thanh tỉnh Hà Tĩnh', province: 'Hà Tĩnh' })
    expect(channel.ownerEmail).toBeUndefined()
    expect(channel.summary).toContain('tỉnh Hà Tĩnh')
  })

  it('uses what the office set', () => {
    const stored = { ownerEmail: 'loa@hatinh.gov.vn', ownerName: 'Sở TT&TT Hà Tĩnh', provinceName: 'Hà Tĩnh', summary: 'Giới thiệu', title: 'Loa Hà Tĩnh' }
    expect(podcastChannelFrom({ colors, layoutVersion: 1, stored })).toMatchObject({ ownerEmail: 'loa@hatinh.gov.vn', ownerName: 'Sở TT&TT Hà Tĩnh', summary: 'Giới thiệu', title: 'Loa Hà Tĩnh' })
  })

  it('gives the cover a new key whenever what it shows changes, and the same key otherwise', () => {
    const base = { colors, layoutVersion: 1, province: 'Hà Tĩnh', title: 'Loa' }
    const key = artworkKeyOf(base)
    expect(key).toMatch(/^[\w-]{22}$/)
    expect(artworkKeyOf({ ...base, colors: { background: '#da251d', text: '#ffff00' } })).toBe(key)
    expect(artworkKeyOf({ ...base, province: 'Hà Tĩnh'.normalize('NFD') })).toBe(key)
    for (const changed of [{ province: 'Nghệ An' }, { title: 'Loa xã' }, { layoutVersion: 2 }, { colors: { background: '#FFFFFF', text: '#C00000' } }]) {
      expect(artworkKeyOf({ ...base, ...changed })).not.toBe(key)
    }
  })

  it('keeps the cover key of the same inputs from release to release, colours written in capitals', () => {
    // The key names the cover's URL, which podcast apps cache; its inputs are hashed in this canonical form.
    const canonical = JSON.stringify([1, 'Hà Tĩnh', 'Loa', '#DA251D', '#FFFF00'])
    const expected = createHash('sha256').update(canonical).digest('base64url').slice(0, 22)
    expect(artworkKeyOf({ colors: { background: '#da251d', text: '#ffff00' }, layoutVersion: 1, province: 'Hà Tĩnh', title: 'Loa' })).toBe(expected)
  })
})
