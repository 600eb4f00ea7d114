import type { CollectionConfig } from 'payload'

import { isAdmin } from '../src/access/isAdmin'
import { CONTENT_TYPE_OPTIONS } from '../src/fields/audience'
import { label, options } from '../src/i18n/label'

const nobody = () => false
const readOnly = { readOnly: true }

/**
 * One approved event about one item, to be sent to every outlet it concerns: the approval writes this one row in its
 * transaction, and the sender expands it into one delivery per outlet outside the request (src/delivery/expandFanouts.ts).
 */
export const Fanouts: CollectionConfig<'fanouts'> = {
  slug: 'fanouts',
  labels: { plural: label('Lượt phát webhook', 'Webhook fan-outs'), singular: label('Lượt phát webhook', 'Webhook fan-out') },
  admin: {
    defaultColumns: ['createdAt', 'event', 'itemCollection', 'itemId', 'expandedAt', 'receivers'],
    group: label('Phát hành', 'Distribution'),
    useAsTitle: 'key',
  },
  defaultSort: '-createdAt',
  access: { create: nobody, delete: nobody, read: isAdmin, update: nobody },
  fields: [
    { name: 'event', type: 'select', required: true, options: options({ 'item.published': ['Đăng mới', 'Published'], 'item.corrected': ['Đính chính', 'Corrected'], 'item.withdrawn': ['Gỡ', 'Withdrawn'], 'item.expired': ['Hết hạn', 'Expired'] }), admin: readOnly, label: label('Sự kiện', 'Event') },
    { name: 'itemCollection', type: 'select', required: true, options: CONTENT_TYPE_OPTIONS, admin: readOnly, label: label('Loại nội dung', 'Collection') },
    { name: 'itemId', type: 'text', required: true, index: true, admin: readOnly, label: label('Mã tin bài', 'Item ID') },
    // Unique: the deliveries' webhook ids derive from it, and two workers recording one expiry collide on it.
    { name: 'key', type: 'text', required: true, unique: true, admin: readOnly, label: label('Khoá', 'Key') },
    { name: 'emergency', type: 'checkbox', defaultValue: false, admin: readOnly, label: label('Khẩn cấp', 'Emergency') },
    // The item as approved (its rendered copies per language): expanded later, it still says what was approved.
    { name: 'snapshot', type: 'json', required: true, admin: { ...readOnly, hidden: true }, label: label('Bản chụp', 'Snapshot') },
    { name: 'expandedAt', type: 'date', index: true, admin: { ...readOnly, position: 'sidebar' }, label: label('Đã tách lúc', 'Expanded at') },
    { name: 'receivers', type: 'number', admin: { ...readOnly, position: 'sidebar' }, label: label('Số cơ quan nhận', 'Receivers') },
  ],
}
