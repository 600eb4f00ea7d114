import type { CollectionConfig } from 'payload'

import { isAdmin } from '../../src/access/isAdmin'
import { validWebhookSecretOrEmpty } from '../../src/fields/validateWebhookSecret'
import { label } from '../../src/i18n/label'
import { deleteIncomingOfSource } from './deleteIncomingOfSource'
import { keepSourceToken } from './keepSourceToken'
import { pollSource } from './pollSource'
import { validateSourceUrl } from './validateSourceUrl'

const serverOnly = { create: () => false, update: () => false }
const dateTime = { displayFormat: 'dd/MM/yyyy HH:mm', pickerAppearance: 'dayAndTime', timeFormat: 'HH:mm' } as const
const status = { readOnly: true, position: 'sidebar' } as const

/** Upstream feeds (the province's, a ministry's, any publisher's RSS, Atom, JSON Feed or ninjs) polled into the incoming desk. */
export const Sources: CollectionConfig<'sources'> = {
  slug: 'sources',
  labels: { plural: label('Nguồn tin đầu vào', 'Sources'), singular: label('Nguồn tin đầu vào', 'Source') },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'url', 'active', 'lastSuccessAt', 'lastError'], group: label('Tin đầu vào', 'Incoming') },
  access: { create: isAdmin, delete: isAdmin, read: isAdmin, update: isAdmin },
  endpoints: [pollSource],
  hooks: { beforeChange: [keepSourceToken], beforeDelete: [deleteIncomingOfSource] },
  fields: [
    { name: 'name', type: 'text', required: true, label: label('Tên', 'Name') },
    {
      name: 'url',
      type: 'text',
      required: true,
      validate: validateSourceUrl,
      label: label('Địa chỉ nguồn cấp', 'Feed URL'),
      admin: { description: label('RSS, Atom, JSON Feed hoặc ninjs; chỉ địa chỉ Internet công khai.', 'RSS, Atom, JSON Feed or ninjs; public Internet addresses only.') },
    },
    // Write-only: sent as "Authorization: Bearer" to the source's own origin; no API, GraphQL or admin response includes it.
    {
      name: 'token',
      type: 'text',
      access: { read: () => false },
      label: label('Mã truy cập', 'Access token'),
      admin: { hidden: true, description: label('Gửi kèm dạng Bearer; không bao giờ hiển thị lại.', 'Sent as a Bearer token; never shown again.') },
    },
    // Write-only, like the token: the `whsec_` secret this source signs its pushes to POST /ingest/{id} with.
    {
      name: 'pushSecret',
      type: 'text',
      validate: validWebhookSecretOrEmpty,
      access: { read: () => false },
      label: label('Khóa ký tin đẩy', 'Push signing secret'),
      admin: { hidden: true, description: label('Khóa whsec_ mà nguồn dùng để ký tin đẩy đến; không bao giờ hiển thị lại.', 'The whsec_ secret the source signs its pushes with; never shown again.') },
    },
    // Sets and removes the two write-only values above from the admin; shows only whether each is set.
    { name: 'secrets', type: 'ui', admin: { components: { Field: '/src/admin/incoming/SourceSecretsField#SourceSecretsField' }, disableListColumn: true } },
    { name: 'active', type: 'checkbox', defaultValue: true, label: label('Đang hoạt động', 'Active') },
    {
      name: 'pollIntervalSeconds',
      type: 'number',
      required: true,
      defaultValue: 300,
      min: 30,
      label: label('Chu kỳ lấy tin (giây)', 'Poll interval (seconds)'),
    },
    { name: 'lastPolledAt', type: 'date', access: serverOnly, label: label('Lấy tin lần cuối lúc', 'Last polled at'), admin: { ...status, date: dateTime } },
    { name: 'lastSuccessAt', type: 'date', access: serverOnly, label: label('Lấy tin thành công lúc', 'Last success at'), admin: { ...status, date: dateTime } },
    // When the poller takes this source next: its interval after a success, longer after each failure in a row.
    { name: 'nextPollAt', type: 'date', index: true, access: serverOnly, label: label('Lấy tin lần tới lúc', 'Next poll at'), admin: { ...status, date: dateTime } },
    { name: 'lastError', type: 'text', access: serverOnly, label: label('Lỗi lần cuối', 'Last error'), admin: status },
    { name: 'failures', type: 'number', defaultValue: 0, access: serverOnly, label: label('Số lần lỗi liên tiếp', 'Consecutive failures'), admin: status },
    // The source's validators for conditional GET; the admin has no use for them.
    { name: 'etag', type: 'text', access: serverOnly, admin: { hidden: true } },
    { name: 'lastModified', type: 'text', access: serverOnly, admin: { hidden: true } },
  ],
}
