import type { CollectionConfig } from 'payload'

import { isAdmin } from '../src/access/isAdmin'
import { isAuthenticated } from '../src/access/isAuthenticated'
import { label, options } from '../src/i18n/label'

export const Units: CollectionConfig<'units'> = {
  slug: 'units',
  labels: { plural: label('Đơn vị', 'Units'), singular: label('Đơn vị', 'Unit') },
  admin: { useAsTitle: 'name', defaultColumns: ['code', 'name', 'kind'], group: label('Quản trị', 'Administration') },
  access: { create: isAdmin, delete: isAdmin, read: isAuthenticated, update: isAdmin },
  fields: [
    { name: 'name', type: 'text', required: true, localized: true, label: label('Tên đơn vị', 'Name') },
    {
      name: 'code',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      label: label('Mã', 'Code'),
      admin: { description: label('Mã ngắn, viết hoa, không dấu (ví dụ CA).', 'Short upper-case code without diacritics (e.g. CA).') },
      validate: (value: null | string | undefined) =>
        typeof value === 'string' && /^[A-Z0-9_-]{2,16}$/.test(value)
          ? true
          : 'Mã gồm 2–16 chữ in hoa, số, “-” hoặc “_” / Code: 2–16 upper-case letters, digits, “-” or “_”',
    },
    {
      name: 'kind',
      type: 'select',
      required: true,
      defaultValue: 'department',
      label: label('Loại', 'Kind'),
      options: options({
        department: ['Sở, ban, ngành', 'Department'],
        district: ['Huyện, thị xã, thành phố', 'District'],
        press: ['Cơ quan báo chí', 'Press'],
        broadcaster: ['Đài phát thanh – truyền hình', 'Broadcaster'],
        committee: ['Ban, cơ quan đảng', 'Committee'],
      }),
    },
    { name: 'duties', type: 'richText', localized: true, label: label('Nhiệm vụ', 'Duties') },
  ],
}
