import type { CollectionConfig } from 'payload'

import { adminOrSelf } from '../../src/access/adminOrSelf'
import { isAdmin, isAdminField } from '../../src/access/isAdmin'
import { label, options } from '../../src/i18n/label'
import { endSessionsOfDeactivated, refuseSelfDeactivation } from './hooks/endSessionsOfDeactivated'
import { hashForUnknownAccounts } from './hooks/hashForUnknownAccounts'
import { forgiveSuccessfulLogin, limitAuthAttempts } from './hooks/limitAuthAttempts'
import { refuseDeletingUserWithHistory } from './hooks/refuseDeletingUserWithHistory'
import { noResetMailWhenInactive, refuseInactiveLogin } from './hooks/refuseInactiveLogin'
import { startInVietnamese } from './hooks/startInVietnamese'
import { resetPasswordHtml, resetPasswordSubject } from './resetPasswordEmail'

export const Users: CollectionConfig<'users'> = {
  slug: 'users',
  labels: { plural: label('Người dùng', 'Users'), singular: label('Người dùng', 'User') },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'roles', 'unit', 'active'],
    group: label('Quản trị', 'Administration'),
  },
  auth: {
    // No lock-out: anyone could lock the reviewers out before a deadline. Rate limits per client instead (src/auth/loginLimits.ts).
    maxLoginAttempts: 0,
    tokenExpiration: 8 * 60 * 60,
    cookies: { sameSite: 'Lax' },
    forgotPassword: { expiration: 60 * 60 * 1000, generateEmailHTML: resetPasswordHtml, generateEmailSubject: resetPasswordSubject },
  },
  hooks: {
    afterChange: [endSessionsOfDeactivated],
    afterLogin: [startInVietnamese],
    afterOperation: [forgiveSuccessfulLogin],
    beforeChange: [refuseSelfDeactivation],
    beforeDelete: [refuseDeletingUserWithHistory],
    beforeLogin: [refuseInactiveLogin],
    beforeOperation: [limitAuthAttempts, hashForUnknownAccounts, noResetMailWhenInactive],
  },
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
      name: 'active',
      type: 'checkbox',
      defaultValue: true,
      index: true,
      label: label('Đang hoạt động', 'Active'),
      admin: {
        position: 'sidebar',
        description: label(
          'Bỏ chọn khi người dùng nghỉ: họ không đăng nhập được nữa, các phiên đang mở kết thúc, lịch sử được giữ nguyên.',
          'Untick when the person leaves: they can no longer log in, their open sessions end, their history is kept.',
        ),
      },
      access: { create: isAdminField, update: isAdminField },
    },
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
