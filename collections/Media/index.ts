// Media files (photos, posters, audio…): owned by a unit, changed only by its editors and admins while no live or
// pending item shows them, readable by the public only while a public item that shows them is live.
import type { CollectionConfig, FieldAccess } from 'payload'

import { canCreateContent } from '../../src/access/canCreateContent'
import { isAdminField } from '../../src/access/isAdmin'
import { mediaReadable } from '../../src/access/mediaReadable'
import { ownUnitOrAdmin } from '../../src/access/ownUnitOrAdmin'
import { type MEDIA_KINDS } from '../../src/content/vocabulary'
import { label, options } from '../../src/i18n/label'
import { MEDIA_CONTENT_TYPES } from '../../src/media/uploadContent'
import { checkUploadContent } from './checkUploadContent'
import { objectKeyField } from './objectKeyField'
import { guardMediaDelete, guardMediaOperation, recordMediaWriters } from './guardMediaWrite'
import { indexForSearch, removeFromSearch } from '../../src/search/indexItem'
import { searchInListViews } from '../../src/search/listSearch'

/** What may be uploaded, checked by content (checkUploadContent) as well as by Payload. */
// Payload checks the content's type as file-type names it (audio/x-m4a, audio/x-wav for some files) against this list too.
export const ALLOWED_MEDIA_TYPES = [...MEDIA_CONTENT_TYPES, 'audio/x-m4a', 'audio/x-wav']

const kindLabels: Record<(typeof MEDIA_KINDS)[number], [string, string]> = {
  photo: ['Ảnh', 'Photo'],
  poster: ['Áp phích', 'Poster'],
  banner: ['Băng rôn', 'Banner'],
  panel: ['Pano', 'Panel'],
  leaflet: ['Tờ rơi', 'Leaflet'],
  audio: ['Âm thanh', 'Audio'],
  video: ['Video', 'Video'],
  document: ['Tài liệu', 'Document'],
}

const serverOnly = { create: () => false, update: () => false }
const loggedIn: FieldAccess = ({ req }) => Boolean(req.user)

const reachOptions = options({
  public: ['Công chúng', 'Public'],
  press: ['Báo chí', 'Press'],
  internal: ['Nội bộ', 'Internal'],
})

export const Media: CollectionConfig<'media'> = {
  slug: 'media',
  labels: { plural: label('Tư liệu', 'Media'), singular: label('Tư liệu', 'Media file') },
  admin: { useAsTitle: 'alt', defaultColumns: ['filename', 'alt', 'kind', 'unit', 'liveReach'] },
  access: { create: canCreateContent, delete: ownUnitOrAdmin, read: mediaReadable, update: ownUnitOrAdmin },
  // A bulk edit could change media that live items show without each being checked; edit one at a time.
  disableBulkEdit: true,
  hooks: {
    beforeOperation: [guardMediaOperation as never, checkUploadContent as never, searchInListViews as never],
    beforeChange: [recordMediaWriters],
    beforeDelete: [guardMediaDelete],
    afterChange: [indexForSearch],
    afterDelete: [removeFromSearch],
  },
  upload: {
    mimeTypes: ALLOWED_MEDIA_TYPES,
    // staticDir is set by payload.config.ts from the data folder; files are served by src/media/serveMediaFile.ts.
  },
  fields: [
    // The S3 plugin's object folder (src/media/mediaStorage.ts), declared here too so the schema is one with or without
    // S3_BUCKET; server-owned (objectKeyField.ts).
    objectKeyField,
    { name: 'alt', type: 'text', required: true, localized: true, label: label('Mô tả (alt)', 'Alt text') },
    { name: 'credit', type: 'text', label: label('Nguồn / tác giả', 'Credit') },
    { name: 'kind', type: 'select', required: true, defaultValue: 'photo', label: label('Loại', 'Kind'), options: options(kindLabels) },
    {
      name: 'unit',
      type: 'relationship',
      relationTo: 'units',
      index: true,
      label: label('Đơn vị', 'Unit'),
      access: { create: isAdminField, update: isAdminField },
      admin: { position: 'sidebar', description: label('Đơn vị của người tải lên.', "The uploader's unit.") },
    },
    {
      name: 'uploadedBy',
      type: 'relationship',
      relationTo: 'users',
      label: label('Người tải lên', 'Uploaded by'),
      access: { ...serverOnly, read: loggedIn },
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'editedBy',
      type: 'relationship',
      relationTo: 'users',
      hasMany: true,
      label: label('Người tải lên hoặc sửa', 'Uploaded or changed by'),
      access: { ...serverOnly, read: loggedIn },
      admin: { hidden: true },
    },
    {
      name: 'liveReach',
      type: 'select',
      index: true,
      label: label('Đang hiển thị cho', 'Shown to'),
      options: reachOptions,
      access: serverOnly,
      admin: {
        position: 'sidebar',
        readOnly: true,
        description: label('Theo các tin bài đang đăng có dùng tư liệu này.', 'From the live items that show this media.'),
      },
    },
    {
      name: 'earlyReach',
      type: 'select',
      index: true,
      label: label('Gửi trước (cấm đăng) cho', 'Sent early (embargoed) to'),
      options: reachOptions.filter((option) => option.value !== 'public'),
      access: serverOnly,
      admin: { position: 'sidebar', readOnly: true, condition: (data) => Boolean(data?.earlyReach) },
    },
  ],
}
