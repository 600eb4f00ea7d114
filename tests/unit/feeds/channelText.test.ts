import type * as ChannelTextModule from '../../../src/feeds/channelText'
import type { FeedFigure } from '../../../src/feeds/types'

import { beforeAll, describe, expect, it } from 'vitest'

import { CHANNELS } from '../../../src/content/vocabulary'
import { readAloudSeconds } from '../../../src/feeds/readAloud'
import { PLAN_232_CAMPAIGN } from '../../../src/seed/plan-232'
import { police, sampleItem, slogan } from './items'

// Loaded in each suite's beforeAll, not imported: a module that throws while loading (its date formats are built then)
// fails every test, where a test file that cannot load counts as passing under Stryker (stryker-js#6150).
let displayDate: typeof ChannelTextModule.displayDate
let figureLine: typeof ChannelTextModule.figureLine
let htmlFromText: typeof ChannelTextModule.htmlFromText
let renderForChannel: typeof ChannelTextModule.renderForChannel
async function loadChannelText(): Promise<void> {
  ;({ displayDate, figureLine, htmlFromText, renderForChannel } = await import('../../../src/feeds/channelText'))
}

const religiousFollowers = (): FeedFigure => ({
  label: 'Religious followers',
  value: '1.000.000',
  unitOfMeasure: 'people',
  asOf: '2023-11-30',
  sourceName: 'Ban Tôn giáo',
  sourceUrl: 'https://sonoivu.hatinh.gov.vn/ton-giao',
})
// A figure with only what a figure must have: no unit, no date, no link.
const communes = (): FeedFigure => ({ label: 'Ethnic minority communes', value: '27', sourceName: 'Ban Dân tộc' })

describe('renderForChannel', () => {
  beforeAll(loadChannelText)

  it.each([
    ['newspaper', 'html'],
    ['television', 'text'],
    ['radio', 'text'],
    ['loudspeaker', 'text'],
    ['web', 'text'],
  ] as const)('renders for %s as %s', (channel, format) => {
    const rendering = renderForChannel(sampleItem(), channel)
    expect(rendering.channel).toBe(channel)
    expect(rendering.format).toBe(format)
    expect(rendering.body.length).toBeGreaterThan(0)
  })

  it('gives the newspaper the sanitized HTML body unchanged', () => {
    const bodyHtml = `<p>${slogan(5)}</p><ul><li>${slogan(6)}</li></ul>`
    expect(renderForChannel(sampleItem({ bodyHtml }), 'newspaper').body).toBe(bodyHtml)
  })

  it('gives the newspaper escaped paragraphs, line breaks kept, when there is only plain text', () => {
    const bodyText = `${slogan(7)}\nsame paragraph <b>not bold</b>\n\n${slogan(8)} & more`
    expect(renderForChannel(sampleItem({ bodyText }), 'newspaper').body).toBe(
      `<p>${slogan(7)}<br>same paragraph &lt;b&gt;not bold&lt;/b&gt;</p>\n<p>${slogan(8)} &amp; more</p>`,
    )
  })

  it('writes a television script with headline, lead, key points and sourced figures', () => {
    const item = sampleItem()
    const rendering = renderForChannel(item, 'television')
    expect(rendering.body).toBe(
      [
        `Tít: ${slogan(3)}`,
        `Lời dẫn: ${PLAN_232_CAMPAIGN.summary.vi}`,
        '',
        'Ý chính:',
        `- ${slogan(4)}`,
        `- ${slogan(5)}`,
        '',
        'Số liệu:',
        '- Số tín đồ các tôn giáo: 1.000.000 người (tính đến 30/11/2023). Nguồn: Ban Tôn giáo (https://sonoivu.hatinh.gov.vn/ton-giao)',
      ].join('\n'),
    )
    expect(rendering.channel === 'television' && rendering.readAloudSeconds).toBe(readAloudSeconds(PLAN_232_CAMPAIGN.summary.vi))
  })

  it('labels an English television script in English and leads with the first paragraph when there is no summary', () => {
    const item = sampleItem({ language: 'en', summary: undefined, bodyText: 'Viet Nam strives to implement the Convention against Torture!\n\nMore.' })
    const body = renderForChannel(item, 'television').body
    expect(body).toContain('Lead to camera: Viet Nam strives to implement the Convention against Torture!')
    expect(body).toContain('Key points:')
    expect(body).toContain('(as of 30 Nov 2023). Source: Ban Tôn giáo')
  })

  it.each(['radio', 'loudspeaker'] as const)('gives %s only words to say, with their read-aloud time', (channel) => {
    const bodyText = `Xem chi tiết tại https://nguon.example.vn/bai/1?a=b&c=<d>. ${slogan(2)}\n\nHoặc www.hatinh.gov.vn, ${slogan(6)}`
    const rendering = renderForChannel(sampleItem({ bodyText, bodyHtml: '<p><a href="https://x.vn">link</a></p>' }), channel)
    expect(rendering.body).toBe(
      [
        slogan(3),
        `Xem chi tiết tại. ${slogan(2)}`,
        `Hoặc, ${slogan(6)}`,
        'Số tín đồ các tôn giáo: 1.000.000 người, tính đến 30/11/2023, theo Ban Tôn giáo.',
      ].join('\n\n'),
    )
    expect(rendering.body).not.toMatch(/<|https?:|www\./)
    expect(rendering.channel === channel && 'readAloudSeconds' in rendering && rendering.readAloudSeconds).toBe(readAloudSeconds(rendering.body))
  })

  it('reads a one-slogan item aloud in the time its syllables take', () => {
    const item = sampleItem({ title: slogan(8), bodyText: slogan(8), figures: [] })
    const rendering = renderForChannel(item, 'loudspeaker')
    expect(rendering.body).toBe(`${slogan(8)}\n\n${slogan(8)}`)
    // 22 syllables at 233 a minute: 5.67 s, rounded up.
    expect('readAloudSeconds' in rendering && rendering.readAloudSeconds).toBe(6)
  })

  it('gives the web a summary and the link', () => {
    const item = sampleItem()
    expect(renderForChannel(item, 'web').body).toBe(`${PLAN_232_CAMPAIGN.summary.vi}\n\n${item.url}`)
    expect(renderForChannel(sampleItem({ summary: undefined }), 'web').body).toBe(`${police.duties.vi}\n\n${item.url}`)
  })

  it('writes an English television script with English labels, every figure on its own line', () => {
    const item = sampleItem({ language: 'en', title: 'Human rights week', summary: 'The province opens its campaign.', keyPoints: ['Posters', 'Radio'], figures: [religiousFollowers(), communes()] })
    expect(renderForChannel(item, 'television').body).toBe(
      [
        'Headline: Human rights week',
        'Lead to camera: The province opens its campaign.',
        '',
        'Key points:',
        '- Posters',
        '- Radio',
        '',
        'Figures:',
        '- Religious followers: 1.000.000 people (as of 30 Nov 2023). Source: Ban Tôn giáo (https://sonoivu.hatinh.gov.vn/ton-giao)',
        '- Ethnic minority communes: 27. Source: Ban Dân tộc',
      ].join('\n'),
    )
  })

  it.each([
    ['empty', [], []],
    ['absent', undefined, undefined],
  ] as const)('writes no key points or figures section when they are %s', (_, keyPoints, figures) => {
    const item = sampleItem({ keyPoints: keyPoints && [...keyPoints], figures: figures && [...figures] })
    expect(renderForChannel(item, 'television').body).toBe(`Tít: ${slogan(3)}\nLời dẫn: ${PLAN_232_CAMPAIGN.summary.vi}`)
  })

  it('reads English figures aloud with their source, and ends a line without closing punctuation with a full stop', () => {
    const item = sampleItem({ language: 'en', title: 'Human rights week in Hà Tĩnh', bodyText: '', figures: [religiousFollowers(), communes()] })
    expect(renderForChannel(item, 'radio').body).toBe(
      [
        'Human rights week in Hà Tĩnh.',
        'Religious followers: 1.000.000 people, as of 30 Nov 2023, according to Ban Tôn giáo.',
        'Ethnic minority communes: 27, according to Ban Dân tộc.',
      ].join('\n\n'),
    )
  })

  it("reads list items as sentences without their bullets, an item's number kept, a dash inside a line kept", () => {
    const bodyText = 'Các hoạt động chính:\n- Treo pano tại 13 huyện\n• Phát thanh 3 lần mỗi ngày\n1. Tọa đàm với chức sắc tôn giáo\n\nTuyến Hà Tĩnh - Vinh thông xe'
    const rendering = renderForChannel(sampleItem({ title: slogan(5), bodyText, figures: undefined }), 'loudspeaker')
    expect(rendering.body).toBe(
      [
        slogan(5),
        'Các hoạt động chính:\nTreo pano tại 13 huyện.\nPhát thanh 3 lần mỗi ngày.\n1. Tọa đàm với chức sắc tôn giáo.',
        'Tuyến Hà Tĩnh - Vinh thông xe.',
      ].join('\n\n'),
    )
  })

  it('says nothing for a line or paragraph that is only a link, and no gap where a link was', () => {
    const bodyText = [
      'Xem thêm:\nhttps://hatinh.gov.vn/tin-tuc',
      'http://hatinh.gov.vn/ke-hoach-232',
      'https://hatinh.gov.vn/a có toàn văn kế hoạch\nTải tại http://hatinh.gov.vn/b hoặc tại trụ sở',
    ].join('\n\n')
    const rendering = renderForChannel(sampleItem({ title: slogan(5), bodyText, figures: [] }), 'radio')
    expect(rendering.body).toBe([slogan(5), 'Xem thêm:', 'có toàn văn kế hoạch.\nTải tại hoặc tại trụ sở.'].join('\n\n'))
  })

  it('gives the newspaper paragraphs from the plain text when the HTML body is only whitespace', () => {
    const rendering = renderForChannel(sampleItem({ bodyHtml: ' \n ', bodyText: slogan(7) }), 'newspaper')
    expect(rendering.body).toBe(`<p>${slogan(7)}</p>`)
  })

  it('leads with the summary trimmed, or with the first paragraph when the summary is only whitespace', () => {
    const item = sampleItem({ summary: `  ${slogan(2)}\n` })
    expect(renderForChannel(item, 'web').body).toBe(`${slogan(2)}\n\n${item.url}`)
    expect(renderForChannel(sampleItem({ summary: ' \n ' }), 'web').body).toBe(`${police.duties.vi}\n\n${item.url}`)
  })

  it('gives the web only the link when there is no lead, and only the lead when there is no link', () => {
    const item = sampleItem({ summary: undefined, bodyText: ' ' })
    expect(renderForChannel(item, 'web').body).toBe(item.url)
    expect(renderForChannel(sampleItem({ url: undefined }), 'web').body).toBe(PLAN_232_CAMPAIGN.summary.vi)
  })

  it.each(CHANNELS)('drops characters XML forbids for %s', (channel) => {
    const rendering = renderForChannel(sampleItem({ title: 'A\u0000B\uFFFE', summary: 'C\u0007D', bodyText: 'E\u001BF' }), channel)
    // eslint-disable-next-line no-control-regex -- looking for control characters is the point
    expect(rendering.body).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/)
  })
})

describe('htmlFromText', () => {
  beforeAll(loadChannelText)

  it('writes nothing for empty text', () => {
    expect(htmlFromText('  \n\n ')).toBe('')
  })

  it('starts a new paragraph at a line holding only whitespace', () => {
    expect(htmlFromText('Một\n \t \nHai')).toBe('<p>Một</p>\n<p>Hai</p>')
  })

  it('reads any run of whitespace in a line as one space, and drops empty lines at the edges of a paragraph', () => {
    expect(htmlFromText('\n  Một   hai\t ba  \nbốn')).toBe('<p>Một hai ba<br>bốn</p>')
  })
})

describe('figureLine', () => {
  beforeAll(loadChannelText)

  it('credits the source with its link unless told not to', () => {
    expect(figureLine(religiousFollowers(), 'vi')).toBe('Religious followers: 1.000.000 people (tính đến 30/11/2023). Nguồn: Ban Tôn giáo (https://sonoivu.hatinh.gov.vn/ton-giao)')
    expect(figureLine(religiousFollowers(), 'vi', { withSourceUrl: false })).toBe('Religious followers: 1.000.000 people (tính đến 30/11/2023). Nguồn: Ban Tôn giáo')
  })
})

describe('displayDate', () => {
  beforeAll(loadChannelText)

  it.each([
    ['2023-11-30', 'vi', '30/11/2023'],
    ['2023-11-30', 'en', '30 Nov 2023'],
    ['2023-11-29T17:00:00.000Z', 'vi', '30/11/2023'], // midnight in Hà Tĩnh
    ['quý IV/2023', 'vi', 'quý IV/2023'], // V8 would read this as 1 Jan 2023
    ['2023-13-45', 'vi', '2023-13-45'],
    ['ngày 2023-11-30', 'vi', 'ngày 2023-11-30'], // V8 would read this as 30 Nov 2023
    ['2023-11-30 (ước tính)', 'vi', '2023-11-30 (ước tính)'], // and this too
  ] as const)('shows %s in %s as %s', (iso, language, shown) => {
    expect(displayDate(iso, language)).toBe(shown)
  })
})
