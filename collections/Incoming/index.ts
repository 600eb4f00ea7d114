import type { CollectionConfig } from 'payload'

import { isStaff } from '../../src/access/isStaff'
import { label, options } from '../../src/i18n/label'
import { adaptIncomingEndpoint } from './adaptIncomingEndpoint'

const nobody = () => false
const readOnly = { readOnly: true }
const dateTime = { displayFormat: 'dd/MM/yyyy HH:mm', pickerAppearance: 'dayAndTime', timeFormat: 'HH:mm' } as const

/**
 * The incoming desk: items taken in from sources, one row per source and upstream id, with the upstream's earlier
 * versions. Written only by the ingest (src/ingest/ingestSource.ts, Local API with overrideAccess); staff read it.
 */
export const Incoming: CollectionConfig<'incoming'> = {
  slug: 'incoming',
  labels: { plural: label('Bàn nhận tin', 'Incoming desk'), singular: label('Tin đầu vào', 'Incoming item') },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'source', 'pubStatus', 'publishedAt', 'upstreamUpdatedAt'], group: label('Tin đầu vào', 'Incoming') },
  defaultSort: '-publishedAt',
  access: { create: nobody, delete: nobody, read: isStaff, update: nobody },
  // Editors turn a row into a draft of their own (POST /api/incoming/{id}/adapt); the row itself stays as the ingest wrote it.
  endpoints: [adaptIncomingEndpoint],
  indexes: [{ fields: ['source', 'upstreamId'], unique: true }],
  fields: [
    { name: 'source', type: 'relationship', relationTo: 'sources', required: true, index: true, admin: readOnly, label: label('Nguồn', 'Source') },
    { name: 'upstreamId', type: 'text', required: true, admin: readOnly, label: label('Mã tin ở nguồn', 'Upstream id') },
    { name: 'title', type: 'text', required: true, admin: readOnly, label: label('Tiêu đề', 'Title') },
    { name: 'summary', type: 'textarea', admin: readOnly, label: label('Tóm tắt', 'Summary') },
    // Sanitised HTML kept as text: shown and adapted later, never rendered as rich text here.
    { name: 'body', type: 'textarea', admin: readOnly, label: label('Nội dung (HTML đã lọc)', 'Body (sanitised HTML)') },
    { name: 'link', type: 'text', admin: readOnly, label: label('Liên kết', 'Link') },
    { name: 'language', type: 'text', admin: readOnly, label: label('Ngôn ngữ', 'Language') },
    { name: 'publishedAt', type: 'date', index: true, admin: { ...readOnly, date: dateTime }, label: label('Đăng ở nguồn lúc', 'Published upstream at') },
    { name: 'upstreamUpdatedAt', type: 'date', admin: { ...readOnly, date: dateTime }, label: label('Sửa ở nguồn lúc', 'Updated upstream at') },
    // When the source last changed or withdrew the item after it first arrived: items adapted before it show a banner.
    { name: 'upstreamChangedAt', type: 'date', index: true, admin: { ...readOnly, date: dateTime }, label: label('Nguồn đổi tin lúc', 'Changed upstream at') },
    {
      name: 'pubStatus',
      type: 'select',
      required: true,
      defaultValue: 'usable',
      admin: readOnly,
      label: label('Trạng thái ở nguồn', 'Upstream status'),
      options: options({ usable: ['Dùng được', 'Usable'], withheld: ['Tạm giữ', 'Withheld'], canceled: ['Đã hủy', 'Canceled'] }),
    },
    {
      name: 'versions',
      type: 'array',
      admin: readOnly,
      label: label('Các bản trước ở nguồn', 'Earlier upstream versions'),
      fields: [
        { name: 'title', type: 'text', label: label('Tiêu đề', 'Title') },
        { name: 'summary', type: 'textarea', label: label('Tóm tắt', 'Summary') },
        { name: 'body', type: 'textarea', label: label('Nội dung', 'Body') },
        { name: 'upstreamUpdatedAt', type: 'date', admin: { date: dateTime }, label: label('Sửa ở nguồn lúc', 'Updated upstream at') },
        { name: 'replacedAt', type: 'date', admin: { date: dateTime }, label: label('Được thay lúc', 'Replaced at') },
      ],
    },
  ],
}
