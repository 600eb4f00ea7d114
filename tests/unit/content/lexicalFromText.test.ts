import { describe, expect, it } from 'vitest'

import { lexicalFromText } from '../../../src/content/lexical'
import { lexicalDoc, paragraph } from './lexicalStructure'

// lexicalFromText adds the paragraph's textFormat, which the editor saves beside the fields the helper writes.
const storedParagraph = (value: string) => ({ ...paragraph(value), textFormat: 0 })

describe('lexicalFromText writes documents as the editor stores them', () => {
  it('writes one paragraph of one text node for a line of text', () => {
    expect(lexicalFromText('Tin nhanh Hà Tĩnh')).toStrictEqual(lexicalDoc(storedParagraph('Tin nhanh Hà Tĩnh')))
  })

  it('starts a new paragraph at each blank line, even one holding spaces or tabs', () => {
    expect(lexicalFromText('Đoạn một.\n\nĐoạn hai.\n  \t \nĐoạn ba.')).toStrictEqual(
      lexicalDoc(storedParagraph('Đoạn một.'), storedParagraph('Đoạn hai.'), storedParagraph('Đoạn ba.')),
    )
  })

  it('joins the lines of one paragraph with a single space', () => {
    expect(lexicalFromText('Dòng một\nDòng hai  \n   Dòng ba')).toStrictEqual(lexicalDoc(storedParagraph('Dòng một Dòng hai Dòng ba')))
  })

  it('trims the spaces around a paragraph', () => {
    expect(lexicalFromText('  Có khoảng trắng  \n\n\tHai\t')).toStrictEqual(lexicalDoc(storedParagraph('Có khoảng trắng'), storedParagraph('Hai')))
  })

  it('writes no paragraph for empty text or extra blank lines', () => {
    expect(lexicalFromText('')).toStrictEqual(lexicalDoc())
    expect(lexicalFromText('\n\n  \n\n')).toStrictEqual(lexicalDoc())
    expect(lexicalFromText('\n\nMột\n\n\n\nHai\n\n')).toStrictEqual(lexicalDoc(storedParagraph('Một'), storedParagraph('Hai')))
  })
})
