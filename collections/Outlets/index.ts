import type { CollectionConfig } from 'payload'

import { isAdmin } from '../../src/access/isAdmin'
import { CHANNELS, CONTENT_COLLECTIONS, LOCALES } from '../../src/content/vocabulary'
import { label, options } from '../../src/i18n/label'
import { bumpFeedGeneration } from '../../hooks/bumpFeedGeneration'
import { issueFeedToken } from './issueFeedToken'

const hiddenFromEveryone = { create: () => false, read: () => false, update: () => false }

/** Newsrooms and networks that receive approved content through feeds (and, later, webhooks). */
export const Outlets: CollectionConfig<'outlets'> = {
  slug: 'outlets',
  labels: { plural: label('Cơ quan nhận tin', 'Outlets'), singular: label('Cơ quan nhận tin', 'Outlet') },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'kind', 'channels', 'accessLevel', 'active'], group: label('Phát hành', 'Distribution') },
  access: { create: isAdmin, delete: isAdmin, read: isAdmin, update: isAdmin },
  endpoints: [issueFeedToken],
  hooks: { afterChange: [bumpFeedGeneration], afterDelete: [bumpFeedGeneration] },
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
    { name: 'channels', type: 'select', hasMany: true, required: true, options: [...CHANNELS], label: label('Kênh đăng ký', 'Subscribed channels') },
    {
      name: 'contentTypes',
      type: 'select',
      hasMany: true,
      options: [...CONTENT_COLLECTIONS],
      label: label('Loại nội dung', 'Content types'),
      admin: { description: label('Để trống: mọi loại.', 'Empty: every type.') },
    },
    {
      name: 'languages',
      type: 'select',
      hasMany: true,
      options: [...LOCALES],
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
    { name: 'tokenHash', type: 'text', index: true, access: hiddenFromEveryone, admin: { hidden: true } },
    {
      name: 'tokenIssuedAt',
      type: 'date',
      label: label('Cấp mã truy cập lúc', 'Feed token issued at'),
      access: { create: () => false, update: () => false },
      admin: { readOnly: true, position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
    },
  ],
}
