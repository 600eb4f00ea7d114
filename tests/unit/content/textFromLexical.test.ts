import { describe, expect, it } from 'vitest'

import { lexicalFromText, textFromLexical } from '../../../src/content/lexical'
import { heading, text, LIST_AFTER_PARAGRAPH, lexicalDoc, linebreak, list, listItem, paragraph, quote, table } from './lexicalStructure'

describe('textFromLexical keeps the structure of the text', () => {
  it('puts every list item on its own line instead of running them together', () => {
    const text = textFromLexical(LIST_AFTER_PARAGRAPH)
    expect(text).toBe('Ngày Quốc tế Nhân quyền được tổ chức từ năm 1948\n\n- Thành tựu bảo đảm quyền con người ở Hà Tĩnh\n- Cảnh giác trước luận điệu xuyên tạc')
    expect(text).not.toMatch(/1948Thành|Hà TĩnhCảnh/)
  })

  it.each<[string, ReturnType<typeof lexicalDoc>, string]>([
    ['a heading before a paragraph', lexicalDoc(heading('I. Mục đích'), paragraph('Nâng cao nhận thức.')), 'I. Mục đích\n\nNâng cao nhận thức.'],
    ['a quote', lexicalDoc(paragraph('Bác Hồ dạy:'), quote('Không có gì quý hơn độc lập, tự do')), 'Bác Hồ dạy:\n\nKhông có gì quý hơn độc lập, tự do'],
    ['a line break inside a paragraph', lexicalDoc(paragraph('Dòng một', linebreak(), 'Dòng hai')), 'Dòng một\nDòng hai'],
    ['a numbered list, with its numbers', lexicalDoc(list('number', ['Tuyên truyền', 'Kiểm tra'])), '1. Tuyên truyền\n2. Kiểm tra'],
    ['a numbered list starting at 3', lexicalDoc(list('number', ['Ba', 'Bốn'], 3)), '3. Ba\n4. Bốn'],
    ['a table, a line per cell and a block per row', lexicalDoc(table([['Đơn vị', 'Số tin'], ['CA', '2']])), 'Đơn vị\nSố tin\n\nCA\n2'],
    [
      'a nested list under its item',
      lexicalDoc(list('bullet', [listItem(1, 'Cấp tỉnh'), listItem(2, list('bullet', ['Sở', 'Ban'])), listItem(2, 'Cấp huyện')])),
      '- Cấp tỉnh\n  - Sở\n  - Ban\n- Cấp huyện',
    ],
    ['formatting runs inside one line', lexicalDoc(paragraph('Kế hoạch ', { ...text('232'), format: 1 }, '/VPTT-CAT')), 'Kế hoạch 232/VPTT-CAT'],
    ['empty paragraphs between blocks', lexicalDoc(paragraph('Một'), paragraph(), paragraph('  '), paragraph('Hai')), 'Một\n\nHai'],
  ])('%s', (_name, doc, expected) => {
    expect(textFromLexical(doc)).toBe(expected)
  })

  it('keeps plain paragraphs as before', () => {
    const text = 'Đoạn một.\n\nĐoạn hai, có dấu: ă â ê ô ơ ư đ.'
    expect(textFromLexical(lexicalFromText(text))).toBe(text)
  })

  it('reads nothing from what is not a document', () => {
    for (const value of [null, undefined, 'text', 42, {}, { root: null }, { root: { children: 'x' } }]) expect(textFromLexical(value)).toBe('')
  })
})
