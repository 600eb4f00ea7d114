import type { CollectionConfig } from 'payload'

import { isAdmin } from '../src/access/isAdmin'
import { isAuthenticated } from '../src/access/isAuthenticated'
import { type MEDIA_KINDS } from '../src/content/vocabulary'
import { label, options } from '../src/i18n/label'

/** What may be uploaded. SVG, HTML and XML are absent on purpose: they can carry scripts. */
export const ALLOWED_MEDIA_TYPES = [
  'image/jpeg',
  'image/png',
  'image/webp',
  'image/gif',
  'audio/mpeg',
  'audio/mp4',
  'audio/wav',
  'audio/x-wav',
  'audio/ogg',
  'video/mp4',
  'video/webm',
  'application/pdf',
]

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

export const Media: CollectionConfig<'media'> = {
  slug: 'media',
  labels: { plural: label('Tư liệu', 'Media'), singular: label('Tư liệu', 'Media file') },
  admin: { useAsTitle: 'alt', defaultColumns: ['filename', 'alt', 'kind', 'credit'] },
  access: { create: isAuthenticated, delete: isAdmin, read: () => true, update: isAuthenticated },
  upload: {
    mimeTypes: ALLOWED_MEDIA_TYPES,
    // staticDir is set by payload.config.ts from the data folder.
  },
  fields: [
    { name: 'alt', type: 'text', required: true, localized: true, label: label('Mô tả (alt)', 'Alt text') },
    { name: 'credit', type: 'text', label: label('Nguồn / tác giả', 'Credit') },
    { name: 'kind', type: 'select', required: true, defaultValue: 'photo', label: label('Loại', 'Kind'), options: options(kindLabels) },
  ],
}
