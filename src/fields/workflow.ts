// Fields the workflow owns. Clients can never write them: field access refuses, only the server (overrideAccess) sets them.
import type { DateField, Field, FieldAccess, RelationshipField, SelectField } from 'payload'

import { label, options } from '../i18n/label'

const serverOnly = { create: () => false, update: () => false }
/** Review data is internal: anonymous readers (and so the public web) never receive who wrote, who approved, or the notes. */
const internal = { ...serverOnly, read: (({ req }) => Boolean(req.user)) as FieldAccess }

export const workflowStatusField = (overrides: Partial<SelectField> = {}): SelectField =>
  ({
    name: 'workflowStatus',
    type: 'select',
    // Not `required`: the server always sets it, and GraphQL would otherwise make clients send a field it ignores.
    index: true,
    defaultValue: 'draft',
    label: label('Trạng thái duyệt', 'Review status'),
    options: options({
      draft: ['Bản nháp', 'Draft'],
      in_review: ['Chờ duyệt', 'In review'],
      changes_requested: ['Yêu cầu sửa', 'Changes requested'],
      scheduled: ['Đã duyệt, chờ đăng', 'Scheduled'],
      published: ['Đã đăng', 'Published'],
      withdrawn: ['Đã gỡ', 'Withdrawn'],
    }),
    access: serverOnly,
    admin: { position: 'sidebar', readOnly: true },
    ...overrides,
  }) as SelectField

export const authorField = (overrides: Partial<RelationshipField> = {}): RelationshipField =>
  ({
    name: 'author',
    type: 'relationship',
    relationTo: 'users',
    index: true,
    label: label('Người soạn', 'Author'),
    access: internal,
    admin: { position: 'sidebar', readOnly: true },
    ...overrides,
  }) as RelationshipField

const dateTime = (name: string, vi: string, en: string, description: [string, string]): DateField => ({
  name,
  type: 'date',
  index: true,
  label: label(vi, en),
  admin: {
    position: 'sidebar',
    date: { displayFormat: 'dd/MM/yyyy HH:mm', pickerAppearance: 'dayAndTime', timeFormat: 'HH:mm' },
    description: label(...description),
  },
})

/** Embargo and expiry: when an approved item may first appear, and when it leaves every feed. */
export const scheduleFields = (): Field[] => [
  dateTime('publishAt', 'Đăng lúc (cấm đăng trước)', 'Publish at (embargo)', [
    'Để trống để đăng ngay khi được duyệt.',
    'Leave empty to publish as soon as it is approved.',
  ]),
  dateTime('expireAt', 'Hết hạn lúc', 'Expires at', [
    'Sau thời điểm này tin rời khỏi mọi nguồn cấp.',
    'After this time the item leaves every feed.',
  ]),
]

/**
 * What the workflow records on the item: the approved version number, who approved it and when, who
 * edited the version awaiting a decision (for four-eyes), and the latest review note.
 */
export const workflowRecordFields = (): Field[] => [
  {
    name: 'version',
    type: 'number',
    defaultValue: 0,
    label: label('Phiên bản đã duyệt', 'Approved version'),
    access: serverOnly,
    admin: { position: 'sidebar', readOnly: true },
  },
  {
    name: 'reviewNote',
    type: 'textarea',
    label: label('Ghi chú duyệt gần nhất', 'Latest review note'),
    access: internal,
    admin: { position: 'sidebar', readOnly: true, condition: (data) => Boolean(data?.reviewNote) },
  },
  {
    name: 'approvedBy',
    type: 'relationship',
    relationTo: 'users',
    label: label('Người duyệt', 'Approved by'),
    access: internal,
    admin: { position: 'sidebar', readOnly: true, condition: (data) => Boolean(data?.approvedBy) },
  },
  {
    name: 'approvedAt',
    type: 'date',
    label: label('Duyệt lúc', 'Approved at'),
    access: serverOnly,
    admin: { position: 'sidebar', readOnly: true, condition: (data) => Boolean(data?.approvedAt), date: { displayFormat: 'dd/MM/yyyy HH:mm', pickerAppearance: 'dayAndTime', timeFormat: 'HH:mm' } },
  },
  {
    name: 'withdrawnAt',
    type: 'date',
    index: true,
    label: label('Gỡ lúc', 'Withdrawn at'),
    access: serverOnly,
    admin: { position: 'sidebar', readOnly: true, condition: (data) => Boolean(data?.withdrawnAt), date: { displayFormat: 'dd/MM/yyyy HH:mm', pickerAppearance: 'dayAndTime', timeFormat: 'HH:mm' } },
  },
  {
    name: 'editedBy',
    type: 'relationship',
    relationTo: 'users',
    hasMany: true,
    label: label('Người soạn/sửa phiên bản chờ duyệt', 'Edited by (pending version)'),
    access: internal,
    admin: { hidden: true },
  },
]
