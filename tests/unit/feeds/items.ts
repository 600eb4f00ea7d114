// Sample feed items built from Plan 232, shared by the feed renderer tests.
import type { FeedItem, FeedMeta } from '../../../src/feeds/types'

import { feedItemId } from '../../../src/feeds/types'
import { PLAN_232_CAMPAIGN, PLAN_232_SLOGANS, PLAN_232_UNITS } from '../../../src/seed/plan-232'

export const police = PLAN_232_UNITS.find((unit) => unit.code === 'CA')!
export const slogan = (number: number) => PLAN_232_SLOGANS.find((s) => s.number === number)!.text.vi

export function sampleItem(overrides: Partial<FeedItem> = {}): FeedItem {
  const collection = overrides.collection ?? 'articles'
  const docId = overrides.docId ?? '42'
  return {
    id: feedItemId({ collection, docId }),
    collection,
    docId,
    version: 2,
    language: 'vi',
    title: slogan(3),
    summary: PLAN_232_CAMPAIGN.summary.vi,
    bodyText: `${police.duties.vi}\n\n${slogan(8)}`,
    keyPoints: [slogan(4), slogan(5)],
    figures: [
      { label: 'Số tín đồ các tôn giáo', value: '1.000.000', unitOfMeasure: 'người', asOf: '2023-11-30', sourceName: 'Ban Tôn giáo', sourceUrl: 'https://sonoivu.hatinh.gov.vn/ton-giao' },
    ],
    url: 'https://nguon.example.vn/bai-viet/42',
    authorName: 'Nguyễn Thị Hoa',
    unit: { code: police.code, name: police.name.vi },
    campaign: { slug: PLAN_232_CAMPAIGN.slug, title: PLAN_232_CAMPAIGN.title.vi },
    topics: ['nhân quyền', 'Công ước Chống tra tấn'],
    firstCreated: '2023-11-28T02:00:00.000Z',
    versionCreated: '2023-11-29T03:30:00.000Z',
    publishedAt: '2023-11-30T00:00:00.000Z',
    pubStatus: 'usable',
    images: [
      { url: 'https://nguon.example.vn/media/pano-1.jpg', mimeType: 'image/jpeg', width: 1200, height: 800, alt: 'Pano tuyên truyền tại Hà Tĩnh', credit: 'Sở TT&TT Hà Tĩnh', rendition: 'original' },
    ],
    ...overrides,
  }
}

export const canceledItem = sampleItem({ docId: '43', id: feedItemId({ collection: 'briefs', docId: '43' }), collection: 'briefs', pubStatus: 'canceled', version: 3 })
export const embargoedItem = sampleItem({
  docId: '7',
  id: feedItemId({ collection: 'slogans', docId: '7' }),
  collection: 'slogans',
  title: slogan(1),
  summary: undefined,
  bodyText: slogan(1),
  embargoedUntil: '2023-12-10T00:00:00.000Z',
  authorName: undefined,
  keyPoints: undefined,
  figures: undefined,
  images: [],
  topics: [],
  campaign: undefined,
})

export function sampleMeta(overrides: Partial<FeedMeta> = {}): FeedMeta {
  return {
    title: 'Nguồn — Văn phòng Thường trực Ban Chỉ đạo Nhân quyền tỉnh Hà Tĩnh',
    description: 'Tin bài đã duyệt cho các cơ quan báo chí',
    language: 'vi',
    selfUrl: 'https://nguon.example.vn/feeds/newspaper.rss',
    homeUrl: 'https://nguon.example.vn/',
    channel: 'newspaper',
    generatedAt: '2023-11-30T01:00:00.000Z',
    ...overrides,
  }
}

/** Strings a careless or hostile editor could type, each with the text a parser must give back. */
export const HOSTILE_STRINGS: { name: string; input: string; expected: string }[] = [
  { name: 'a closing tag and a script', input: '</title><script>alert(1)</script>', expected: '</title><script>alert(1)</script>' },
  { name: 'a CDATA terminator', input: 'trước ]]> sau ]]]]> ]]', expected: 'trước ]]> sau ]]]]> ]]' },
  { name: 'entities and bare markup characters', input: '&amp; & < > " \' &#x26; &lt;', expected: '&amp; & < > " \' &#x26; &lt;' },
  {
    name: 'control characters',
    input: 'a\u0000b\u0001c\u0008d\u000Be\u000Cf\u001Fg\tvà\nh\uFFFEi\uFFFFk',
    expected: 'abcdefg\tvà\nhik',
  },
  { name: 'right-to-left marks', input: 'Hà Tĩnh \u200Fمرحبا\u202E gnol', expected: 'Hà Tĩnh \u200Fمرحبا\u202E gnol' },
  { name: 'a 10,000-character headline', input: 'Nhân quyền '.repeat(1000).slice(0, 9999) + '!', expected: 'Nhân quyền '.repeat(1000).slice(0, 9999) + '!' },
  {
    name: 'Vietnamese diacritics, precomposed and combining',
    input: 'Đấu tranh, phản bác luận điệu xuyên tạc — ă â ê ô ơ ư đ Ỹ ỹ; Vie\u0302\u0323t',
    expected: 'Đấu tranh, phản bác luận điệu xuyên tạc — ă â ê ô ơ ư đ Ỹ ỹ; Vie\u0302\u0323t',
  },
]

/** An item whose every free-text field holds the hostile string. */
export function hostileItem(text: string): FeedItem {
  return sampleItem({
    title: text,
    summary: text,
    bodyText: text,
    authorName: text,
    topics: [text],
    keyPoints: [text],
    unit: { code: 'CA', name: text },
    campaign: { slug: PLAN_232_CAMPAIGN.slug, title: text },
    images: [{ url: 'https://nguon.example.vn/media/a.jpg', mimeType: 'image/jpeg', width: 10, height: 10, alt: text, credit: text }],
  })
}

/** An item adapted from another publisher's item on the incoming desk. */
export const derivedItem = (overrides: Partial<FeedItem> = {}): FeedItem =>
  sampleItem({
    derivedFrom: { link: 'https://tinh.example.vn/tin/123', sourceName: 'Cổng thông tin tỉnh & "Sở"', sourceUrl: 'https://tinh.example.vn/feeds/web/ninjs.json', upstreamId: 'urn:tinh:123' },
    ...overrides,
  })
