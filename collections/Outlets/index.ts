import type { CollectionConfig } from 'payload'

import { isAdmin } from '../../src/access/isAdmin'
import { CHANNEL_OPTIONS, CONTENT_TYPE_OPTIONS, LANGUAGE_OPTIONS } from '../../src/fields/audience'
import { validWebhookSecretOrEmpty } from '../../src/fields/validateWebhookSecret'
import { label, options } from '../../src/i18n/label'
import { bumpFeedGeneration } from '../../hooks/bumpFeedGeneration'
import { issueFeedToken } from './issueFeedToken'
import { prepareWebhookSettings } from './prepareWebhookSettings'
import { refuseDeletingOutletWithDeliveries } from './refuseDeletingOutletWithDeliveries'
import { setWebhookSecret } from './setWebhookSecret'
import { validateWebhookUrl } from './validateWebhookUrl'

const hiddenFromEveryone = { create: () => false, read: () => false, update: () => false }

/** Newsrooms and networks that receive approved content through feeds and signed webhooks. */
export const Outlets: CollectionConfig<'outlets'> = {
  slug: 'outlets',
  labels: { plural: label('Cơ quan nhận tin', 'Outlets'), singular: label('Cơ quan nhận tin', 'Outlet') },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'kind', 'channels', 'accessLevel', 'active'], group: label('Phát hành', 'Distribution') },
  access: { create: isAdmin, delete: isAdmin, read: isAdmin, update: isAdmin },
  endpoints: [issueFeedToken, setWebhookSecret],
  hooks: { afterChange: [bumpFeedGeneration], afterDelete: [bumpFeedGeneration], beforeChange: [prepareWebhookSettings], beforeDelete: [refuseDeletingOutletWithDeliveries] },
  fields: [
    { name: 'name', type: 'text', required: true, label: label('Tên', 'Name') },
    {
      name: 'kind',
      type: 'select',
      required: true,
      label: label('Loại', 'Kind'),
      options: options({
        newspaper: ['Báo in', 'Newspaper'],
        television: ['Truyền hình', 'Television'],
        radio: ['Phát thanh', 'Radio'],
        'loudspeaker-network': ['Hệ thống loa truyền thanh', 'Loudspeaker network'],
        web: ['Trang điện tử', 'Web'],
        agency: ['Thông tấn', 'Agency'],
      }),
    },
    { name: 'channels', type: 'select', hasMany: true, required: true, options: CHANNEL_OPTIONS, label: label('Kênh đăng ký', 'Subscribed channels') },
    {
      name: 'contentTypes',
      type: 'select',
      hasMany: true,
      options: CONTENT_TYPE_OPTIONS,
      label: label('Loại nội dung', 'Content types'),
      admin: { description: label('Để trống: mọi loại.', 'Empty: every type.') },
    },
    {
      name: 'languages',
      type: 'select',
      hasMany: true,
      options: LANGUAGE_OPTIONS,
      label: label('Ngôn ngữ', 'Languages'),
      admin: { description: label('Để trống: mọi ngôn ngữ.', 'Empty: every language.') },
    },
    { name: 'campaigns', type: 'relationship', relationTo: 'campaigns', hasMany: true, label: label('Chỉ các chiến dịch', 'Only campaigns') },
    { name: 'units', type: 'relationship', relationTo: 'units', hasMany: true, label: label('Chỉ các đơn vị', 'Only units') },
    {
      name: 'accessLevel',
      type: 'select',
      required: true,
      defaultValue: 'public',
      label: label('Mức tiếp cận', 'Access level'),
      options: options({
        public: ['Công khai', 'Public'],
        press: ['Báo chí (nhận tin cấm đăng sớm)', 'Press (receives embargoed items early)'],
        internal: ['Nội bộ', 'Internal'],
      }),
    },
    { name: 'active', type: 'checkbox', defaultValue: true, label: label('Đang hoạt động', 'Active') },
    // Issues the feed token from the edit view (POST /api/outlets/{id}/token) and shows it once.
    {
      name: 'feedTokenPanel',
      type: 'ui',
      label: label('Mã truy cập nguồn tin', 'Feed token'),
      admin: { components: { Field: '/src/admin/outlets/FeedTokenPanel#OutletFeedToken' }, disableListColumn: true },
    },
    { name: 'tokenHash', type: 'text', index: true, access: hiddenFromEveryone, admin: { hidden: true } },
    {
      name: 'tokenIssuedAt',
      type: 'date',
      label: label('Cấp mã truy cập lúc', 'Feed token issued at'),
      access: { create: () => false, update: () => false },
      admin: { readOnly: true, position: 'sidebar', date: { displayFormat: 'dd/MM/yyyy HH:mm', pickerAppearance: 'dayAndTime', timeFormat: 'HH:mm' } },
    },
    {
      name: 'webhookUrl',
      type: 'text',
      label: label('Địa chỉ webhook', 'Webhook URL'),
      validate: validateWebhookUrl,
      admin: { description: label('Để trống: không gửi webhook. Chỉ địa chỉ Internet công khai.', 'Empty: no webhooks. Public Internet addresses only.') },
    },
    {
      name: 'webhookEnabled',
      type: 'checkbox',
      defaultValue: true,
      label: label('Gửi webhook', 'Webhook enabled'),
      admin: { description: label('Tự tắt khi bên nhận trả lời 410 Gone.', 'Turned off when the receiver answers 410 Gone.') },
    },
    { name: 'webhookDisabledReason', type: 'text', label: label('Lý do tắt webhook', 'Why the webhook was turned off'), admin: { readOnly: true } },
    // Generates or stores the webhook secret from the edit view (POST /api/outlets/{id}/webhook-secret).
    {
      name: 'webhookSecretPanel',
      type: 'ui',
      label: label('Khóa bí mật webhook', 'Webhook secret'),
      admin: { components: { Field: '/src/admin/outlets/WebhookSecretPanel#OutletWebhookSecret' }, disableListColumn: true },
    },
    // Server-only: the signer reads it with overrideAccess; no API, GraphQL or admin response ever includes it.
    { name: 'webhookSecret', type: 'text', validate: validWebhookSecretOrEmpty, access: { read: () => false }, admin: { hidden: true } },
    {
      name: 'webhookSecretSetAt',
      type: 'date',
      // Set by the server when the secret changes (prepareWebhookSettings, the webhook-secret endpoint), never by a client.
      access: { create: () => false, update: () => false },
      label: label('Đặt khóa bí mật webhook lúc', 'Webhook secret set at'),
      admin: {
        readOnly: true,
        position: 'sidebar',
        date: { displayFormat: 'dd/MM/yyyy HH:mm', pickerAppearance: 'dayAndTime', timeFormat: 'HH:mm' },
        description: label(
          'Tạo hoặc dán khóa ở mục «Khóa bí mật webhook»; khóa không bao giờ hiển thị lại.',
          'Generate or paste it under "Webhook secret"; the secret is never shown again.',
        ),
      },
    },
  ],
}
