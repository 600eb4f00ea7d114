// Which media an item shows and how far media may be seen; media links for outlets.
import { describe, expect, it } from 'vitest'

import type { AccessLevel } from '../../../src/delivery/wouldReceive'

import { levelSeesMedia, mediaIdsOf, mediaReach, reachOfItem, widestReach } from '../../../src/media/mediaUse'
import { levelOfSignedLink, mediaLinkFor, transcriptLinkFor, transcriptSubject } from '../../../src/media/signedMediaUrl'

describe('media shown by an item', () => {
  it('reads upload fields, populated or not, without repeats', () => {
    expect(mediaIdsOf('articles', { heroImage: 5 })).toEqual(['5'])
    expect(mediaIdsOf('articles', { heroImage: { id: 5, url: '/x' } })).toEqual(['5'])
    expect(mediaIdsOf('articles', { heroImage: null })).toEqual([])
    expect(mediaIdsOf('slogans', { assets: [1, { id: 2 }, 1, null] })).toEqual(['1', '2'])
    expect(mediaIdsOf('bulletins', { audio: 3, recording: 3, syntheticAudio: { id: 4 } })).toEqual(['3', '4'])
    expect(mediaIdsOf('briefs', { heroImage: 9 })).toEqual([])
    expect(mediaIdsOf('articles', null)).toEqual([])
  })
})

describe('reach', () => {
  it.each([
    ['articles', { audiences: ['cadres', 'public'] }, 'public'],
    ['articles', { audiences: ['press', 'cadres'] }, 'press'],
    ['articles', { audiences: ['cadres'] }, 'internal'],
    ['articles', {}, 'internal'],
    ['briefs', { audiences: ['public'], distribution: 'internal' }, 'internal'],
    ['briefs', { distribution: 'public' }, 'public'],
    ['briefs', { distribution: 'press' }, 'press'],
  ] as const)('%s %o is seen by %s', (collection, doc, reach) => {
    expect(reachOfItem(collection, doc as never)).toBe(reach)
  })

  it('takes the widest reach of live items, and caps early reach at the press', () => {
    expect(widestReach([])).toBeNull()
    expect(widestReach(['internal', 'press'])).toBe('press')
    expect(widestReach(['public', 'internal'])).toBe('public')
    expect(mediaReach({ early: ['public'], live: [] })).toEqual({ earlyReach: 'press', liveReach: null })
    expect(mediaReach({ early: ['internal'], live: ['press', 'internal'] })).toEqual({ earlyReach: 'internal', liveReach: 'press' })
  })

  const LEVELS: AccessLevel[] = ['public', 'press', 'internal']
  it.each(
    LEVELS.flatMap((level) =>
      [null, ...LEVELS].flatMap((liveReach) => [null, 'press', 'internal'].map((earlyReach) => ({ earlyReach, level, liveReach }))),
    ),
  )('a $level reader and media live to $liveReach, early to $earlyReach', ({ earlyReach, level, liveReach }) => {
    const rank = { internal: 1, press: 2, public: 3 } as const
    const sees = (reach: null | string) => reach !== null && rank[reach as AccessLevel] >= rank[level]
    const expected = sees(liveReach) || (level !== 'public' && sees(earlyReach))
    expect(levelSeesMedia(level, { earlyReach: earlyReach as never, liveReach: liveReach as never })).toBe(expected)
  })
})

describe('media links for outlets', () => {
  const secret = 'a-test-secret-of-some-length'
  const media = { filename: 'anh.png', liveReach: 'press' as const, url: '/api/media/file/anh.png' }

  it('gives public media and public readers the plain URL', () => {
    expect(mediaLinkFor({ level: 'press', media: { ...media, liveReach: 'public' }, secret, serverURL: 'https://x.vn' })).toBe('https://x.vn/api/media/file/anh.png')
    expect(mediaLinkFor({ level: 'public', media, secret, serverURL: 'https://x.vn' })).toBe('https://x.vn/api/media/file/anh.png')
    expect(mediaLinkFor({ level: 'press', media: { ...media, url: 'https://cdn.vn/anh.png' }, secret, serverURL: 'https://x.vn' })).toMatch(/^https:\/\/cdn\.vn\/anh\.png\?access=press&sig=/)
    expect(mediaLinkFor({ level: 'press', media: { filename: 'a', url: null }, secret, serverURL: 'https://x.vn' })).toBeUndefined()
  })

  it('signs other media for the reader’s level, and the signature holds for that file and level only', () => {
    const link = new URL(mediaLinkFor({ level: 'press', media, secret, serverURL: 'https://x.vn' })!)
    const access = link.searchParams.get('access')
    const sig = link.searchParams.get('sig')
    expect(access).toBe('press')
    expect(levelOfSignedLink({ access, filename: 'anh.png', secret, sig })).toBe('press')
    expect(levelOfSignedLink({ access: 'internal', filename: 'anh.png', secret, sig })).toBeNull()
    expect(levelOfSignedLink({ access, filename: 'khac.png', secret, sig })).toBeNull()
    expect(levelOfSignedLink({ access, filename: 'anh.png', secret: `${secret}!`, sig })).toBeNull()
    expect(levelOfSignedLink({ access, filename: 'anh.png', secret, sig: `${sig}x` })).toBeNull()
    expect(levelOfSignedLink({ access: 'everyone', filename: 'anh.png', secret, sig })).toBeNull()
    expect(levelOfSignedLink({ access: undefined, filename: 'anh.png', secret, sig: undefined })).toBeNull()
    expect(levelOfSignedLink({ access: ['press'], filename: 'anh.png', secret, sig: [sig] })).toBeNull()
  })
})

describe('transcriptLinkFor', () => {
  const secret = 'a-secret-of-thirty-two-characters!!'
  const serverURL = 'https://x.vn'

  it('gives a public bulletin, or a public reader, the plain transcript address', () => {
    const plain = 'https://x.vn/feeds/loudspeaker/transcripts/12.txt'
    expect(transcriptLinkFor({ bulletinId: 12, level: 'press', reach: 'public', secret, serverURL })).toBe(plain)
    expect(transcriptLinkFor({ bulletinId: 12, level: 'public', reach: 'internal', secret, serverURL })).toBe(plain)
    expect(transcriptLinkFor({ bulletinId: 'a/b', level: 'public', reach: 'public', secret, serverURL })).toBe('https://x.vn/feeds/loudspeaker/transcripts/a%2Fb.txt')
  })

  it('signs it for the reader’s level otherwise, valid for that bulletin and level only', () => {
    for (const level of ['press', 'internal'] as const) {
      const link = new URL(transcriptLinkFor({ bulletinId: 12, level, reach: 'internal', secret, serverURL }))
      expect(link.origin + link.pathname).toBe('https://x.vn/feeds/loudspeaker/transcripts/12.txt')
      const [access, sig] = [link.searchParams.get('access'), link.searchParams.get('sig')]
      expect(access).toBe(level)
      expect(levelOfSignedLink({ access, filename: transcriptSubject(12), secret, sig })).toBe(level)
      expect(levelOfSignedLink({ access, filename: transcriptSubject(13), secret, sig })).toBeNull()
      // Not a media file's signature: a transcript's subject holds a slash no filename has.
      expect(levelOfSignedLink({ access, filename: '12', secret, sig })).toBeNull()
    }
    expect(transcriptSubject(12)).toBe('bulletins/12/transcript')
  })

  it('keeps the signature scheme of links already issued: HMAC-SHA256 of file and level under a key derived from the secret', async () => {
    const { createHmac } = await import('node:crypto')
    const key = createHmac('sha256', secret).update('nguon:media-link:v1').digest()
    const expected = createHmac('sha256', key).update('anh.png\npublic').digest('base64url')
    expect(levelOfSignedLink({ access: 'public', filename: 'anh.png', secret, sig: expected })).toBe('public')
    const media = { filename: 'anh.png', liveReach: 'internal' as const, url: '/api/media/file/anh.png' }
    const press = new URL(mediaLinkFor({ level: 'press', media, secret, serverURL })!)
    expect(press.searchParams.get('sig')).toBe(createHmac('sha256', key).update('anh.png\npress').digest('base64url'))
  })

  it('refuses a link missing its level or its signature, or naming an unknown level', () => {
    const link = new URL(transcriptLinkFor({ bulletinId: 12, level: 'press', reach: 'internal', secret, serverURL }))
    const sig = link.searchParams.get('sig')
    const filename = transcriptSubject(12)
    expect(levelOfSignedLink({ access: 'press', filename, secret, sig })).toBe('press')
    expect(levelOfSignedLink({ access: undefined, filename, secret, sig })).toBeNull()
    expect(levelOfSignedLink({ access: 'press', filename, secret, sig: undefined })).toBeNull()
    expect(levelOfSignedLink({ access: 'Press', filename, secret, sig })).toBeNull()
  })

  it('signs media for internal readers as well as press, each level its own signature', () => {
    const media = { filename: 'anh.png', liveReach: 'internal' as const, url: '/api/media/file/anh.png' }
    const internal = new URL(mediaLinkFor({ level: 'internal', media, secret, serverURL })!)
    const press = new URL(mediaLinkFor({ level: 'press', media, secret, serverURL })!)
    expect(internal.searchParams.get('sig')).not.toBe(press.searchParams.get('sig'))
    expect(levelOfSignedLink({ access: 'internal', filename: 'anh.png', secret, sig: internal.searchParams.get('sig') })).toBe('internal')
    expect(levelOfSignedLink({ access: 'press', filename: 'anh.png', secret, sig: internal.searchParams.get('sig') })).toBeNull()
    // An address that is already absolute is kept; one on plain http too; a query string gains its parameters with &.
    expect(mediaLinkFor({ level: 'press', media: { ...media, url: 'http://cdn.vn/anh.png?v=2' }, secret, serverURL })).toMatch(/^http:\/\/cdn\.vn\/anh\.png\?v=2&access=press&sig=/)
    expect(mediaLinkFor({ level: 'press', media: { ...media, url: '/x/https://anh.png' }, secret, serverURL })).toMatch(/^https:\/\/x\.vn\/x\/https:\/\/anh\.png\?access=press&sig=/)
  })
})
