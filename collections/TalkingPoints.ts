import type { CollectionConfig } from 'payload'

import { defineContentCollection } from '../src/content/defineContentCollection'
import { httpUrlOrEmpty } from '../src/fields/validateUrl'
import { label } from '../src/i18n/label'
import { numberedRows } from '../src/fields/numberedRows'

export const TalkingPoints: CollectionConfig<'talking-points'> = defineContentCollection({
  derivable: true,
  slug: 'talking-points',
  labels: { plural: label('Đề cương tuyên truyền', 'Talking points'), singular: label('Đề cương tuyên truyền', 'Talking points') },
  admin: { useAsTitle: 'headline', defaultColumns: ['headline', 'workflowStatus', 'unit', 'updatedAt'] },
  fields: [
    { name: 'headline', type: 'text', required: true, localized: true, label: label('Tiêu đề', 'Headline') },
    { name: 'keyMessage', type: 'textarea', required: true, localized: true, label: label('Thông điệp chính', 'Key message') },
    {
      name: 'supportingPoints',
      type: 'array',
      label: label('Ý hỗ trợ', 'Supporting points'),
      ...numberedRows('Ý hỗ trợ', 'Supporting point', { plural: ['Ý hỗ trợ', 'Supporting points'], summaryField: 'point' }),
      fields: [{ name: 'point', type: 'textarea', required: true, localized: true, label: label('Nội dung', 'Point') }],
    },
    {
      name: 'figures',
      type: 'array',
      label: label('Số liệu', 'Figures'),
      ...numberedRows('Số liệu', 'Figure', { plural: ['Số liệu', 'Figures'], summaryField: 'label' }),
      admin: {
        ...numberedRows('Số liệu', 'Figure', { summaryField: 'label' }).admin,
        description: label('Mỗi số liệu phải có nguồn.', 'Every figure needs a source.'),
      },
      fields: [
        { name: 'label', type: 'text', required: true, localized: true, label: label('Chỉ tiêu', 'Label') },
        {
          type: 'row',
          fields: [
            { name: 'value', type: 'number', required: true, label: label('Giá trị', 'Value') },
            { name: 'unitOfMeasure', type: 'text', localized: true, label: label('Đơn vị tính', 'Unit of measure') },
            { name: 'asOf', type: 'date', label: label('Tính đến ngày', 'As of'), admin: { date: { displayFormat: 'dd/MM/yyyy', pickerAppearance: 'dayOnly' } } },
          ],
        },
        {
          type: 'row',
          fields: [
            { name: 'sourceName', type: 'text', required: true, label: label('Nguồn', 'Source') },
            { name: 'sourceUrl', type: 'text', label: label('Đường dẫn nguồn', 'Source URL'), validate: httpUrlOrEmpty },
          ],
        },
      ],
    },
  ],
})

