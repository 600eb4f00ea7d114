// Block boundaries (paragraph, heading, list item, quote, line break, table cell) are sentence boundaries from the
// editor's rich text all the way to the loudspeaker's MP3.
import { MPEGDecoder } from 'mpg123-decoder'
import { describe, expect, it } from 'vitest'

import { buildBulletinScript } from '../../../src/audio/bulletinAssembly'
import { broadcastSettingsFrom } from '../../../src/audio/broadcastSettings'
import { splitSentences, toSpeechText } from '../../../src/audio/speechText'
import { synthesizeMp3 } from '../../../src/audio/synthesize'
import { textFromLexical } from '../../../src/content/lexical'
import { renderForChannel } from '../../../src/feeds/channelText'
import { readAloudSeconds } from '../../../src/feeds/readAloud'
import { toFeedItem } from '../../../src/feeds/toFeedItem'
import { heading, LIST_AFTER_PARAGRAPH, lexicalDoc, linebreak, list, paragraph, quote, table } from '../content/lexicalStructure'

const article = (body: unknown, title = 'Tuyên truyền kỷ niệm Ngày Quốc tế Nhân quyền') =>
  toFeedItem({
    collection: 'articles',
    doc: { approvedAt: '2023-12-01T01:00:00.000Z', body, createdAt: '2023-11-30T01:00:00.000Z', id: 11, title, updatedAt: '2023-12-01T01:00:00.000Z' },
    language: 'vi',
    serverURL: 'http://localhost:3000',
  })

const loudspeakerText = (body: unknown) => renderForChannel(article(body), 'loudspeaker').body

describe('spoken text keeps block boundaries', () => {
  it('ends a sentence at every list item in the loudspeaker text, the bulletin script and the TTS input', () => {
    const spoken = loudspeakerText(LIST_AFTER_PARAGRAPH)
    expect(spoken).toBe(
      [
        'Tuyên truyền kỷ niệm Ngày Quốc tế Nhân quyền.',
        'Ngày Quốc tế Nhân quyền được tổ chức từ năm 1948.',
        'Thành tựu bảo đảm quyền con người ở Hà Tĩnh.\nCảnh giác trước luận điệu xuyên tạc.',
      ].join('\n\n'),
    )
    const script = buildBulletinScript({ intro: 'Kính thưa bà con', items: [spoken], outro: 'Xin cảm ơn' })
    const speech = toSpeechText(script)
    expect(speech).toContain('năm một nghìn chín trăm bốn mươi tám. Thành tựu bảo đảm quyền con người ở Hà Tĩnh. Cảnh giác trước')
    expect(splitSentences(speech)).toEqual([
      'Kính thưa bà con.',
      'Tuyên truyền kỷ niệm Ngày Quốc tế Nhân quyền.',
      'Ngày Quốc tế Nhân quyền được tổ chức từ năm một nghìn chín trăm bốn mươi tám.',
      'Thành tựu bảo đảm quyền con người ở Hà Tĩnh.',
      'Cảnh giác trước luận điệu xuyên tạc.',
      'Xin cảm ơn.',
    ])
    expect(speech).not.toMatch(/támThành|TĩnhCảnh/)
  })

  it('counts the read-aloud time of words that no longer run together', () => {
    // "Hà TĩnhCảnh" was read as one syllable too few.
    expect(readAloudSeconds(loudspeakerText(LIST_AFTER_PARAGRAPH), 60)).toBe(readAloudSeconds('Tuyên truyền kỷ niệm Ngày Quốc tế Nhân quyền Ngày Quốc tế Nhân quyền được tổ chức từ năm 1948 Thành tựu bảo đảm quyền con người ở Hà Tĩnh Cảnh giác trước luận điệu xuyên tạc', 60))
  })

  it.each<[string, unknown, string[]]>([
    ['headings', lexicalDoc(heading('Mục đích'), paragraph('Nâng cao nhận thức'), heading('Yêu cầu'), paragraph('Thiết thực, hiệu quả')), ['Mục đích.', 'Nâng cao nhận thức.', 'Yêu cầu.', 'Thiết thực, hiệu quả.']],
    ['a quote', lexicalDoc(paragraph('Bác Hồ dạy'), quote('Không có gì quý hơn độc lập, tự do')), ['Bác Hồ dạy.', 'Không có gì quý hơn độc lập, tự do.']],
    ['line breaks', lexicalDoc(paragraph('Sáng thứ Hai', linebreak(), 'Chiều thứ Ba')), ['Sáng thứ Hai.', 'Chiều thứ Ba.']],
    ['table cells', lexicalDoc(table([['Đơn vị', 'Kết quả'], ['Công an tỉnh', 'Hoàn thành']])), ['Đơn vị.', 'Kết quả.', 'Công an tỉnh.', 'Hoàn thành.']],
    ['a numbered list, read with its numbers', lexicalDoc(list('number', ['Tuyên truyền', 'Kiểm tra'])), ['Một.', 'Tuyên truyền.', 'Hai.', 'Kiểm tra.']],
    ['a sentence already closed is not closed twice', lexicalDoc(list('bullet', ['Tăng cường!', 'Bảo đảm?'])), ['Tăng cường.', 'Bảo đảm.']],
  ])('reads %s as separate sentences', (_name, body, sentences) => {
    const spoken = loudspeakerText(body)
    expect(splitSentences(toSpeechText(spoken)).slice(1)).toEqual(sentences)
  })

  it('keeps each block on its own line in the plain-text renderings', () => {
    const item = article(LIST_AFTER_PARAGRAPH)
    expect(item.bodyText.split('\n')).toEqual([
      'Ngày Quốc tế Nhân quyền được tổ chức từ năm 1948',
      '',
      '- Thành tựu bảo đảm quyền con người ở Hà Tĩnh',
      '- Cảnh giác trước luận điệu xuyên tạc',
    ])
    // The newspaper gets the editor's HTML list; the text fallback keeps the lines.
    expect(renderForChannel(item, 'newspaper').body).toContain('<li')
    expect(renderForChannel({ ...item, bodyHtml: undefined }, 'newspaper').body).toContain('Hà Tĩnh<br>- Cảnh giác')
    expect(textFromLexical(LIST_AFTER_PARAGRAPH)).toBe(item.bodyText)
  })
})

/** Quiet stretches (RMS under 1% of full scale over 10 ms windows) inside the speech, longest first, in seconds. */
async function innerSilences(mp3: Uint8Array): Promise<{ at: number; duration: number; total: number }[]> {
  const decoder = new MPEGDecoder()
  await decoder.ready
  try {
    const { channelData, errors, sampleRate } = decoder.decode(mp3)
    expect(errors).toEqual([])
    const samples = channelData[0]!
    const window = Math.round(sampleRate * 0.01)
    const quiet: boolean[] = []
    for (let start = 0; start + window <= samples.length; start += window) {
      let energy = 0
      for (let i = start; i < start + window; i++) energy += samples[i]! * samples[i]!
      quiet.push(Math.sqrt(energy / window) < 0.01)
    }
    const first = quiet.indexOf(false)
    const last = quiet.lastIndexOf(false)
    const runs: { at: number; duration: number; total: number }[] = []
    for (let i = first, runStart = -1; i <= last; i++) {
      if (quiet[i] && runStart < 0) runStart = i
      if (!quiet[i] && runStart >= 0) {
        runs.push({ at: (runStart - first) / (last - first), duration: ((i - runStart) * window) / sampleRate, total: samples.length / sampleRate })
        runStart = -1
      }
    }
    return runs.sort((a, b) => b.duration - a.duration)
  } finally {
    decoder.free()
  }
}

describe('the MP3 pauses at a list boundary', () => {
  const settings = broadcastSettingsFrom({})
  const speak = async (script: string) =>
    innerSilences((await synthesizeMp3({ syllablesPerMinute: settings.syllablesPerMinute, text: toSpeechText(script), voice: 'vi' })).mp3)

  it('has a silence of at least 0.25 s where the list item starts, and none where the words ran together before', async () => {
    const body = lexicalDoc(list('bullet', ['Ngày Quốc tế Nhân quyền được tổ chức từ năm 1948', 'Thành tựu bảo đảm quyền con người ở Hà Tĩnh']))
    // The item's loudspeaker text without its title: two sentences, one per block.
    const [longest] = await speak(loudspeakerText(body).split('\n\n').slice(1).join('\n\n'))
    expect(longest!.duration).toBeGreaterThanOrEqual(0.25)
    // The first item is 16 of the 26 syllables: the pause lies at the boundary, not at a word break elsewhere.
    expect(longest!.at).toBeGreaterThan(0.45)
    expect(longest!.at).toBeLessThan(0.8)

    const [runTogether] = await speak('Ngày Quốc tế Nhân quyền được tổ chức từ năm 1948Thành tựu bảo đảm quyền con người ở Hà Tĩnh')
    expect(runTogether!.duration).toBeLessThan(0.2)
  })
})
