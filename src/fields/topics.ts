import type { TextField } from 'payload'

import { label } from '../i18n/label'

/** Free keywords, used as feed categories. */
export const topicsField = (overrides: Partial<TextField> = {}): TextField =>
  ({
    name: 'topics',
    type: 'text',
    hasMany: true,
    label: label('Chủ đề', 'Topics'),
    admin: { position: 'sidebar' },
    ...overrides,
  }) as TextField
