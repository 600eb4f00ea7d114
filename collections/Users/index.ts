import type { CollectionConfig } from 'payload'

import { adminOrSelf } from '../../src/access/adminOrSelf'
import { isAdmin, isAdminField } from '../../src/access/isAdmin'
import { label, options } from '../../src/i18n/label'
import { startInVietnamese } from './hooks/startInVietnamese'

export const Users: CollectionConfig<'users'> = {
  slug: 'users',
  labels: { plural: label('Người dùng', 'Users'), singular: label('Người dùng', 'User') },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'roles', 'unit'],
    group: label('Quản trị', 'Administration'),
  },
  auth: {
    maxLoginAttempts: 5,
    lockTime: 15 * 60 * 1000,
    tokenExpiration: 8 * 60 * 60,
    cookies: { sameSite: 'Lax' },
  },
  hooks: { afterLogin: [startInVietnamese] },
  access: {
    admin: ({ req }) => Boolean(req.user),
    create: isAdmin,
    delete: isAdmin,
    read: adminOrSelf,
    unlock: isAdmin,
    update: adminOrSelf,
  },
  fields: [
    { name: 'name', type: 'text', required: true, label: label('Họ và tên', 'Full name') },
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      required: true,
      defaultValue: ['editor'],
      saveToJWT: true,
      label: label('Vai trò', 'Roles'),
      options: options({
        admin: ['Quản trị viên', 'Administrator'],
        editor: ['Biên tập viên', 'Editor'],
        reviewer: ['Người duyệt', 'Reviewer'],
      }),
      access: { create: isAdminField, update: isAdminField },
    },
    {
      name: 'unit',
      type: 'relationship',
      relationTo: 'units',
      saveToJWT: true,
      label: label('Đơn vị', 'Unit'),
      access: { create: isAdminField, update: isAdminField },
    },
    {
      name: 'reviewUnits',
      type: 'relationship',
      relationTo: 'units',
      hasMany: true,
      label: label('Đơn vị được duyệt', 'Units reviewed'),
      admin: {
        description: label(
          'Để trống: người duyệt duyệt cho mọi đơn vị.',
          'Empty: the reviewer decides for every unit.',
        ),
        condition: (data) => Boolean(data?.roles?.includes('reviewer')),
      },
      access: { create: isAdminField, update: isAdminField },
    },
  ],
}
