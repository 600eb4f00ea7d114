import { describe, expect, it } from 'vitest'

import { lexicalFromText, textFromLexical } from '../../src/content/lexical'
import { slugify } from '../../src/content/slugify'

describe('slugify', () => {
  it.each([
    ['Việt Nam bảo đảm quyền của người dân tộc thiểu số!', 'viet-nam-bao-dam-quyen-cua-nguoi-dan-toc-thieu-so'],
    ['Đấu tranh, phản bác luận điệu xuyên tạc', 'dau-tranh-phan-bac-luan-dieu-xuyen-tac'],
    ['  --Human Rights Day (10/12/1948)-- ', 'human-rights-day-10-12-1948'],
    ['<script>alert(1)</script>', 'script-alert-1-script'],
  ])('turns %s into %s', (text, slug) => {
    expect(slugify(text)).toBe(slug)
  })
})

describe('lexical text', () => {
  it('keeps paragraphs through a round trip', () => {
    const text = 'Đoạn một.\n\nĐoạn hai, có dấu: ă â ê ô ơ ư đ.'
    const doc = lexicalFromText(text)
    expect(doc.root.children).toHaveLength(2)
    expect(textFromLexical(doc)).toBe(text)
  })

  it('reads nothing from an empty or missing document', () => {
    expect(textFromLexical(null)).toBe('')
    expect(textFromLexical(lexicalFromText('   '))).toBe('')
  })
})
