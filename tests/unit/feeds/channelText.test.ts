import { describe, expect, it } from 'vitest'

import { CHANNELS } from '../../../src/content/vocabulary'
import { displayDate, htmlFromText, renderForChannel } from '../../../src/feeds/channelText'
import { readAloudSeconds } from '../../../src/feeds/readAloud'
import { PLAN_232_CAMPAIGN } from '../../../src/seed/plan-232'
import { police, sampleItem, slogan } from './items'

describe('renderForChannel', () => {
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

  it.each(CHANNELS)('drops characters XML forbids for %s', (channel) => {
    const rendering = renderForChannel(sampleItem({ title: 'A\u0000B\uFFFE', summary: 'C\u0007D', bodyText: 'E\u001BF' }), channel)
    // eslint-disable-next-line no-control-regex -- looking for control characters is the point
    expect(rendering.body).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/)
  })
})

describe('htmlFromText', () => {
  it('writes nothing for empty text', () => {
    expect(htmlFromText('  \n\n ')).toBe('')
  })
})

describe('displayDate', () => {
  it.each([
    ['2023-11-30', 'vi', '30/11/2023'],
    ['2023-11-30', 'en', '30 Nov 2023'],
    ['2023-11-29T17:00:00.000Z', 'vi', '30/11/2023'], // midnight in Hà Tĩnh
    ['quý IV/2023', 'vi', 'quý IV/2023'], // V8 would read this as 1 Jan 2023
    ['2023-13-45', 'vi', '2023-13-45'],
  ] as const)('shows %s in %s as %s', (iso, language, shown) => {
    expect(displayDate(iso, language)).toBe(shown)
  })
})
