import type { CollectionConfig } from 'payload'

import { defineContentCollection } from '../../src/content/defineContentCollection'
import { notBefore } from '../../src/fields/validateDateOrder'
import { label, options } from '../../src/i18n/label'
import { DOCUMENT_TYPES, IMAGE_TYPES } from '../../src/media/uploadContent'

const day = { date: { pickerAppearance: 'dayOnly' as const, displayFormat: 'dd/MM/yyyy' } }

export const Slogans: CollectionConfig<'slogans'> = defineContentCollection({
  slug: 'slogans',
  labels: { plural: label('Khẩu hiệu', 'Slogans'), singular: label('Khẩu hiệu', 'Slogan') },
  admin: { useAsTitle: 'text', defaultColumns: ['number', 'text', 'workflowStatus', 'displayFrom', 'displayUntil'] },
  defaultSort: 'number',
  fields: [
    { name: 'number', type: 'number', required: true, min: 1, index: true, label: label('Số thứ tự', 'Number') },
    { name: 'text', type: 'textarea', required: true, localized: true, label: label('Nội dung khẩu hiệu', 'Slogan text') },
    {
      type: 'row',
      fields: [
        { name: 'displayFrom', type: 'date', label: label('Treo từ ngày', 'Display from'), admin: day },
        {
          name: 'displayUntil',
          type: 'date',
          label: label('Treo đến hết ngày', 'Display until'),
          admin: day,
          validate: notBefore('displayFrom', 'Ngày kết thúc phải sau ngày bắt đầu / Display until must come after display from'),
        },
      ],
    },
    {
      name: 'formats',
      type: 'select',
      hasMany: true,
      label: label('Hình thức', 'Formats'),
      options: options({
        pano: ['Pano', 'Panel (pano)'],
        poster: ['Áp phích', 'Poster'],
        banner: ['Băng rôn', 'Banner'],
        leaflet: ['Tờ rơi', 'Leaflet'],
      }),
    },
    // Mock-ups and pictures: images and PDFs only.
    { name: 'assets', type: 'upload', relationTo: 'media', hasMany: true, label: label('Ma-két, hình ảnh', 'Assets'), filterOptions: { mimeType: { in: [...IMAGE_TYPES, ...DOCUMENT_TYPES] } } },
    {
      name: 'proofs',
      type: 'ui',
      label: label('Ma-két in', 'Print proofs'),
      admin: { components: { Field: '/src/admin/proofs/SloganProofs#SloganProofs' } },
    },
  ],
})
