import type { TextField } from 'payload'

import { slugify } from '../content/slugify'
import { label } from '../i18n/label'

/** A URL slug filled from `source` when left empty. */
export const slugField = (source: string, overrides: Partial<TextField> = {}): TextField =>
  ({
    name: 'slug',
    type: 'text',
    index: true,
    label: label('Đường dẫn', 'Slug'),
    admin: { position: 'sidebar', description: label('Tự tạo từ tiêu đề nếu để trống.', 'Made from the title when empty.') },
    hooks: {
      beforeValidate: [
        ({ data, value }) => {
          if (typeof value === 'string' && value.trim()) return slugify(value)
          const from = data?.[source]
          return typeof from === 'string' ? slugify(from) : value
        },
      ],
    },
    ...overrides,
  }) as TextField
