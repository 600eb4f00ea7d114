// Where an item adapted from the incoming desk came from. Set once, by the adapt endpoint only (it marks its request);
// no client can write it on create or update, so the origin an outlet is shown is the one the desk recorded.
import type { FieldAccess, GroupField } from 'payload'

import { label } from '../i18n/label'

/** The request context key the adapt endpoint sets; field access lets `derivedFrom` be written only under it. */
export const ADAPT_CONTEXT_KEY = 'nguonAdaptFromIncoming'

const byAdaptOnly: FieldAccess = ({ req }) => req.context?.[ADAPT_CONTEXT_KEY] === true
const readOnly = { readOnly: true }
const dateTime = { displayFormat: 'dd/MM/yyyy HH:mm', pickerAppearance: 'dayAndTime', timeFormat: 'HH:mm' } as const

export const derivedFromField = (): GroupField => ({
  name: 'derivedFrom',
  type: 'group',
  label: label('Biên tập lại từ tin đầu vào', 'Adapted from incoming'),
  access: { create: byAdaptOnly, update: () => false },
  admin: {
    // Shown only on items that were adapted; the rest have nothing to say here.
    condition: (data) => Boolean(data?.derivedFrom?.upstreamId),
    description: label('Ghi tự động khi biên tập lại từ bàn nhận tin; không sửa được.', 'Recorded when adapted from the incoming desk; cannot be edited.'),
  },
  fields: [
    // The desk row's id, as text: not a relationship, because PostgreSQL cuts the foreign key's name on the talking
    // points' versions table to 63 characters and every push would then rebuild it. A row deleted with its source
    // leaves the id pointing nowhere; the fields below keep the origin.
    { name: 'incoming', type: 'text', index: true, admin: readOnly, label: label('Tin đầu vào (mã)', 'Incoming item (id)') },
    { name: 'source', type: 'relationship', relationTo: 'sources', admin: readOnly, label: label('Nguồn', 'Source') },
    { name: 'sourceName', type: 'text', admin: readOnly, label: label('Tên nguồn', 'Source name') },
    { name: 'sourceUrl', type: 'text', admin: readOnly, label: label('Địa chỉ nguồn cấp', 'Source feed URL') },
    { name: 'upstreamId', type: 'text', admin: readOnly, label: label('Mã tin ở nguồn', 'Upstream id') },
    { name: 'link', type: 'text', admin: readOnly, label: label('Liên kết gốc', 'Original link') },
    { name: 'upstreamUpdatedAt', type: 'date', admin: { ...readOnly, date: dateTime }, label: label('Bản ở nguồn lúc', 'Upstream version of') },
    { name: 'adaptedAt', type: 'date', admin: { ...readOnly, date: dateTime }, label: label('Biên tập lại lúc', 'Adapted at') },
  ],
})
