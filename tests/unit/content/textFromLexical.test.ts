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

type Node = Record<string, unknown>
const item = (children: Node[], extra: Node = {}): Node => ({ ...listItem(0, ...children), value: undefined, ...extra })
const listOf = (listType: 'bullet' | 'number', items: Node[], extra: Node = {}): Node => ({ ...list(listType, items), ...extra })

describe('textFromLexical reads inline nodes on their line', () => {
  it('keeps the text of links and autolinks inside the sentence', () => {
    const link = (type: string, value: string) => ({ children: [text(value)], direction: 'ltr', format: '', indent: 0, type, version: 3 })
    expect(textFromLexical(lexicalDoc(paragraph('Xem ', link('link', 'trang tin'), ' và ', link('autolink', 'catp.gov.vn'), ' nhé')))).toBe(
      'Xem trang tin và catp.gov.vn nhé',
    )
  })

  it('reads a tab as a space, with or without its saved text', () => {
    expect(textFromLexical(lexicalDoc(paragraph('Mục', { ...text('\t'), type: 'tab' }, 'một')))).toBe('Mục một')
    expect(textFromLexical(lexicalDoc(paragraph('Mục', { type: 'tab', version: 1 }, 'hai')))).toBe('Mục hai')
  })

  it('keeps text nodes of other types, such as hashtags, on the line', () => {
    expect(textFromLexical(lexicalDoc(paragraph('Theo dõi ', { ...text('#HàTĩnh'), type: 'hashtag' }, ' mỗi ngày')))).toBe('Theo dõi #HàTĩnh mỗi ngày')
  })

  it('reads a text node saved without its text as nothing, without breaking the line', () => {
    expect(textFromLexical(lexicalDoc(paragraph('Một', { type: 'text', version: 1 }, 'Hai')))).toBe('MộtHai')
  })

  it('skips children that are not nodes', () => {
    const withJunk = { ...paragraph('Một'), children: [text('Một'), 'x', 42, null, text(' hai')] }
    expect(textFromLexical(lexicalDoc(withJunk))).toBe('Một hai')
  })

  it('collapses runs of spaces and tabs, trims every line and drops empty lines', () => {
    expect(textFromLexical(lexicalDoc(paragraph('  Một   hai\t\t ba  ', linebreak(), linebreak(), ' \t ', linebreak(), 'bốn ')))).toBe('Một hai ba\nbốn')
  })

  it('ignores a root that is not an object, even one carrying children', () => {
    const root = Object.assign(() => undefined, { children: [paragraph('Không đọc')] })
    expect(textFromLexical({ root })).toBe('')
  })
})

describe('textFromLexical numbers list items', () => {
  it('counts from 1 when neither the list nor its items say where', () => {
    const doc = lexicalDoc(listOf('number', [item([text('Một')]), item([text('Hai')])], { start: undefined }))
    expect(textFromLexical(doc)).toBe('1. Một\n2. Hai')
  })

  it('counts from the start of the list when its items carry no number', () => {
    const doc = lexicalDoc(listOf('number', [item([text('Ba')]), item([text('Bốn')])], { start: 3 }))
    expect(textFromLexical(doc)).toBe('3. Ba\n4. Bốn')
  })

  it('takes the number of an item over the count, and counts on from it', () => {
    const doc = lexicalDoc(listOf('number', [item([text('Năm')], { value: 5 }), item([text('Sáu')]), item([text('Bảy')])], { start: undefined }))
    expect(textFromLexical(doc)).toBe('5. Năm\n6. Sáu\n7. Bảy')
  })

  it('does not spend a number on an item holding only a nested list', () => {
    const doc = lexicalDoc(
      listOf('number', [item([text('Một')]), item([list('bullet', ['Con'])]), item([text('Hai')])], { start: undefined }),
    )
    expect(textFromLexical(doc)).toBe('1. Một\n  - Con\n2. Hai')
  })

  it('marks the items of other lists, such as checklists, with a dash', () => {
    expect(textFromLexical(lexicalDoc(listOf('bullet', [item([text('Việc')])], { listType: 'check' })))).toBe('- Việc')
  })
})

describe('textFromLexical indents what belongs to a list item', () => {
  it('keeps a link inside an item on the item\'s line, not as a line of its own', () => {
    const link = { children: [text('trang tin')], direction: 'ltr', format: '', indent: 0, type: 'link', version: 3 }
    expect(textFromLexical(lexicalDoc(list('bullet', [listItem(1, 'Xem ', link)])))).toBe('- Xem trang tin')
  })

  it('indents the continuation lines of an item under its text', () => {
    const doc = lexicalDoc(list('bullet', [listItem(1, 'Dòng một', linebreak(), 'Dòng hai', linebreak(), 'Dòng ba')]))
    expect(textFromLexical(doc)).toBe('- Dòng một\n  Dòng hai\n  Dòng ba')
  })

  it('indents nested lists and their continuation lines by their depth', () => {
    const inner = list('number', [listItem(1, 'Sâu', linebreak(), 'tiếp')])
    const middle = list('bullet', [listItem(1, 'Giữa'), listItem(2, inner)])
    const doc = lexicalDoc(list('bullet', [listItem(1, 'Ngoài'), listItem(2, middle), listItem(2, 'Cuối')]))
    expect(textFromLexical(doc)).toBe('- Ngoài\n  - Giữa\n    1. Sâu\n      tiếp\n- Cuối')
  })

  it('indents the lines of a block inside an item under the item, at any depth', () => {
    const nested = list('bullet', [listItem(1, 'Con', paragraph('Ghi chú', linebreak(), 'thêm'))])
    const doc = lexicalDoc(list('bullet', [listItem(1, 'Mục', quote('Trích')), listItem(2, nested)]))
    expect(textFromLexical(doc)).toBe('- Mục\n  Trích\n  - Con\n    Ghi chú\n    thêm')
  })
})

describe('textFromLexical reads containers in order', () => {
  it('keeps text and blocks of a quote in their order, each a block of its own', () => {
    const doc = lexicalDoc(quote('Mở đầu', linebreak(), 'tiếp', paragraph('Giữa'), 'Kết', linebreak(), 'thúc'))
    expect(textFromLexical(doc)).toBe('Mở đầu\ntiếp\n\nGiữa\n\nKết\nthúc')
  })

  it('reads a table cell holding text beside a paragraph', () => {
    const cell = { children: [text('Ô'), paragraph('Đoạn')], direction: 'ltr', format: '', indent: 0, type: 'tablecell', version: 1 }
    const row = { children: [cell], direction: 'ltr', format: '', indent: 0, type: 'tablerow', version: 1 }
    expect(textFromLexical(lexicalDoc({ ...table([]), children: [row] }))).toBe('Ô\nĐoạn')
  })

  it('reads a root saved with another type as a root', () => {
    const doc = lexicalDoc(paragraph('Một'), paragraph('Hai'))
    expect(textFromLexical({ root: { ...doc.root, type: 'list' } })).toBe('Một\n\nHai')
  })
})
