// The loudspeaker priority every content item and bulletin carries; assembly puts higher priorities first.
import type { SelectField } from 'payload'

import { label, options } from '../i18n/label'

export const broadcastPriorityField = (overrides: Partial<SelectField> = {}): SelectField =>
  ({
    name: 'priority',
    type: 'select',
    required: true,
    index: true,
    defaultValue: 'normal',
    label: label('Mức ưu tiên trên loa', 'Loudspeaker priority'),
    options: options({
      normal: ['Thường (phát ở khung giờ tới)', 'Normal (next slot)'],
      priority: ['Ưu tiên (phát trước)', 'Priority (played first)'],
      emergency: ['Khẩn cấp (phát ngay)', 'Emergency (played at once)'],
    }),
    admin: {
      position: 'sidebar',
      condition: (data) => Array.isArray(data?.channels) && data.channels.includes('loudspeaker'),
    },
    ...overrides,
  }) as SelectField
