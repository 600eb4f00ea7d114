import { expect, it } from 'vitest'

import { label, options } from '../../../src/i18n/label'

it('makes labels and select options in both admin languages, Vietnamese given first', () => {
  expect(label('Bài viết', 'Article')).toEqual({ en: 'Article', vi: 'Bài viết' })
  expect(options({ draft: ['Bản nháp', 'Draft'], published: ['Đã đăng', 'Published'] })).toEqual([
    { label: { en: 'Draft', vi: 'Bản nháp' }, value: 'draft' },
    { label: { en: 'Published', vi: 'Đã đăng' }, value: 'published' },
  ])
})
