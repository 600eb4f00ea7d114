import type { CollectionConfig } from 'payload'

import { isAdmin } from '../../src/access/isAdmin'
import { CONTENT_TYPE_OPTIONS } from '../../src/fields/audience'
import { label, options } from '../../src/i18n/label'
import { resendDelivery } from './resendDelivery'

const nobody = () => false
const readOnly = { readOnly: true }

/** One webhook message to one outlet, with its attempts: written only by the server, read by admins. */
export const Deliveries: CollectionConfig<'deliveries'> = {
  slug: 'deliveries',
  labels: { plural: label('Lượt gửi webhook', 'Webhook deliveries'), singular: label('Lượt gửi webhook', 'Webhook delivery') },
  admin: {
    components: { edit: { beforeDocumentControls: ['/src/admin/deliveries/ResendButton#ResendDeliveryButton'] } },
    defaultColumns: ['createdAt', 'outlet', 'event', 'itemCollection', 'itemId', 'state', 'attempts', 'lastStatus'],
    group: label('Phát hành', 'Distribution'),
    useAsTitle: 'webhookId',
  },
  defaultSort: '-createdAt',
  // The sender's claim (src/delivery/claimDueDeliveries.ts): due rows by state and time, and, for each, whether an older
  // open delivery for the same outlet and item exists — without these every candidate scanned every open delivery.
  indexes: [{ fields: ['state', 'nextAttemptAt'] }, { fields: ['outlet', 'itemCollection', 'itemId', 'state'] }],
  access: { create: nobody, delete: nobody, read: isAdmin, update: nobody },
  endpoints: [resendDelivery],
  fields: [
    { name: 'outlet', type: 'relationship', relationTo: 'outlets', required: true, index: true, admin: readOnly, label: label('Cơ quan nhận tin', 'Outlet') },
    { name: 'event', type: 'select', required: true, options: options({ 'item.published': ['Đăng mới', 'Published'], 'item.corrected': ['Đính chính', 'Corrected'], 'item.withdrawn': ['Gỡ', 'Withdrawn'], 'item.expired': ['Hết hạn', 'Expired'] }), admin: readOnly, label: label('Sự kiện', 'Event') },
    {
      name: 'itemCollection',
      type: 'select',
      required: true,
      index: true,
      options: CONTENT_TYPE_OPTIONS,
      admin: readOnly,
      label: label('Loại nội dung', 'Collection'),
    },
    { name: 'itemId', type: 'text', required: true, index: true, admin: readOnly, label: label('Mã tin bài', 'Item ID') },
    { name: 'itemVersion', type: 'number', admin: readOnly, label: label('Phiên bản', 'Version') },
    {
      name: 'state',
      type: 'select',
      required: true,
      index: true,
      defaultValue: 'pending',
      options: options({ pending: ['Chờ gửi', 'Pending'], in_progress: ['Đang gửi', 'Sending'], retrying: ['Chờ gửi lại', 'Retrying'], success: ['Thành công', 'Delivered'], failed: ['Thất bại', 'Failed'] }),
      admin: { ...readOnly, position: 'sidebar' },
      label: label('Trạng thái', 'State'),
    },
    { name: 'attempts', type: 'number', required: true, defaultValue: 0, admin: { ...readOnly, position: 'sidebar' }, label: label('Số lần gửi', 'Attempts') },
    {
      name: 'nextAttemptAt',
      type: 'date',
      index: true,
      admin: { ...readOnly, date: { displayFormat: 'dd/MM/yyyy HH:mm', pickerAppearance: 'dayAndTime', timeFormat: 'HH:mm' }, position: 'sidebar' },
      label: label('Gửi lần tới lúc', 'Next attempt at'),
    },
    {
      name: 'claimedAt',
      type: 'date',
      admin: { ...readOnly, date: { displayFormat: 'dd/MM/yyyy HH:mm', pickerAppearance: 'dayAndTime', timeFormat: 'HH:mm' }, position: 'sidebar' },
      label: label('Bắt đầu gửi lúc', 'Claimed at'),
    },
    {
      name: 'deliveredAt',
      type: 'date',
      admin: { ...readOnly, date: { displayFormat: 'dd/MM/yyyy HH:mm', pickerAppearance: 'dayAndTime', timeFormat: 'HH:mm' }, position: 'sidebar' },
      label: label('Gửi thành công lúc', 'Delivered at'),
    },
    // Emergency items go out first (src/delivery/sendDueDeliveries.ts).
    { name: 'emergency', type: 'checkbox', defaultValue: false, admin: { ...readOnly, position: 'sidebar' }, label: label('Khẩn cấp', 'Emergency') },
    { name: 'lastStatus', type: 'number', admin: readOnly, label: label('Mã phản hồi gần nhất', 'Last HTTP status') },
    { name: 'lastError', type: 'text', admin: readOnly, label: label('Lỗi gần nhất', 'Last error') },
    // Unique: every attempt of one delivery carries this id, and two workers queueing one expiry collide on it.
    { name: 'webhookId', type: 'text', required: true, unique: true, admin: readOnly, label: label('Mã thông điệp (webhook-id)', 'Message id (webhook-id)') },
    {
      name: 'body',
      type: 'code',
      required: true,
      admin: { ...readOnly, language: 'json' },
      label: label('Nội dung gửi (đúng từng byte)', 'Body (exact bytes sent)'),
    },
  ],
}
