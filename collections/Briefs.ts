import type { CollectionConfig } from 'payload'

import { defineContentCollection } from '../src/content/defineContentCollection'
import { httpUrlOrEmpty } from '../src/fields/validateUrl'
import { label, options } from '../src/i18n/label'
import { numberedRows } from '../src/fields/numberedRows'

/** Counter-argument briefs: a claim, the answer, the evidence. */
export const Briefs: CollectionConfig<'briefs'> = defineContentCollection({
  derivable: true,
  slug: 'briefs',
  labels: { plural: label('Lập luận phản bác', 'Counter-argument briefs'), singular: label('Lập luận phản bác', 'Brief') },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'distribution', 'workflowStatus', 'unit', 'updatedAt'] },
  publicAudience: { field: 'distribution', value: 'public' },
  fields: [
    { name: 'title', type: 'text', required: true, localized: true, label: label('Tiêu đề', 'Title') },
    { name: 'claim', type: 'textarea', required: true, localized: true, label: label('Luận điệu cần phản bác', 'Claim answered') },
    {
      name: 'claimSource',
      type: 'group',
      label: label('Nơi xuất hiện luận điệu', 'Where the claim appeared'),
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'outlet', type: 'text', label: label('Tên kênh / cơ quan', 'Outlet name') },
            { name: 'url', type: 'text', label: label('Đường dẫn', 'URL'), validate: httpUrlOrEmpty },
            { name: 'date', type: 'date', label: label('Ngày', 'Date'), admin: { date: { displayFormat: 'dd/MM/yyyy', pickerAppearance: 'dayOnly' } } },
          ],
        },
      ],
    },
    { name: 'response', type: 'richText', required: true, localized: true, label: label('Lập luận phản bác', 'Response') },
    {
      name: 'evidence',
      type: 'array',
      label: label('Chứng cứ', 'Evidence'),
      ...numberedRows('Chứng cứ', 'Evidence', { summaryField: 'statement' }),
      fields: [
        { name: 'statement', type: 'textarea', required: true, localized: true, label: label('Nội dung', 'Statement') },
        {
          type: 'row',
          fields: [
            { name: 'source', type: 'text', required: true, label: label('Nguồn', 'Source') },
            { name: 'url', type: 'text', label: label('Đường dẫn', 'URL'), validate: httpUrlOrEmpty },
          ],
        },
      ],
    },
    {
      name: 'legalReferences',
      type: 'array',
      label: label('Căn cứ pháp lý', 'Legal references'),
      ...numberedRows('Căn cứ pháp lý', 'Legal reference', { plural: ['Căn cứ pháp lý', 'Legal references'], summaryField: 'reference' }),
      fields: [
        { name: 'reference', type: 'text', required: true, label: label('Văn bản', 'Reference') },
        { name: 'url', type: 'text', label: label('Đường dẫn', 'URL'), validate: httpUrlOrEmpty },
      ],
    },
    {
      name: 'distribution',
      type: 'select',
      required: true,
      defaultValue: 'internal',
      index: true,
      label: label('Phạm vi phổ biến', 'Distribution'),
      options: options({
        internal: ['Nội bộ', 'Internal'],
        press: ['Báo chí', 'Press'],
        public: ['Công khai', 'Public'],
      }),
      admin: { position: 'sidebar' },
    },
  ],
})
