import type { CollectionConfig } from 'payload'

import { isAdmin } from '../../src/access/isAdmin'
import { isAuthenticated } from '../../src/access/isAuthenticated'
import { slugField } from '../../src/fields/slug'
import { notBefore } from '../../src/fields/validateDateOrder'
import { label, options } from '../../src/i18n/label'
import { numberedRows } from '../../src/fields/numberedRows'
import { campaignReportEndpoint } from './campaignReportEndpoint'

const day = { date: { pickerAppearance: 'dayOnly' as const, displayFormat: 'dd/MM/yyyy' } }

export const Campaigns: CollectionConfig<'campaigns'> = {
  slug: 'campaigns',
  labels: { plural: label('Chiến dịch', 'Campaigns'), singular: label('Chiến dịch', 'Campaign') },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'startsAt', 'endsAt', 'reportDueAt', 'status'] },
  access: { create: isAdmin, delete: isAdmin, read: isAuthenticated, update: isAdmin },
  endpoints: [campaignReportEndpoint],
  fields: [
    { name: 'title', type: 'text', required: true, localized: true, label: label('Tên chiến dịch', 'Title') },
    slugField('title', { unique: true }),
    { name: 'summary', type: 'textarea', localized: true, label: label('Tóm tắt', 'Summary') },
    {
      type: 'row',
      fields: [
        { name: 'startsAt', type: 'date', required: true, label: label('Bắt đầu', 'Starts'), admin: day },
        {
          name: 'endsAt',
          type: 'date',
          required: true,
          label: label('Kết thúc', 'Ends'),
          admin: day,
          validate: notBefore('startsAt', 'Ngày kết thúc phải sau ngày bắt đầu / The end date must come after the start date'),
        },
        { name: 'reportDueAt', type: 'date', label: label('Hạn báo cáo', 'Report due'), admin: day },
      ],
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'planned',
      label: label('Tình trạng', 'Status'),
      options: options({
        planned: ['Chuẩn bị', 'Planned'],
        active: ['Đang triển khai', 'Active'],
        closed: ['Đã kết thúc', 'Closed'],
      }),
      admin: { position: 'sidebar' },
    },
    {
      name: 'assignments',
      type: 'array',
      label: label('Phân công thực hiện', 'Assigned units'),
      ...numberedRows('Đơn vị được giao', 'Assignment', { plural: ['Đơn vị được giao', 'Assignments'] }),
      fields: [
        { name: 'unit', type: 'relationship', relationTo: 'units', required: true, index: true, label: label('Đơn vị', 'Unit') },
        { name: 'duty', type: 'textarea', localized: true, label: label('Nhiệm vụ được giao', 'Duty') },
      ],
    },
  ],
}
