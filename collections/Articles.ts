import type { CollectionConfig } from 'payload'

import { defineContentCollection } from '../src/content/defineContentCollection'
import { slugField } from '../src/fields/slug'
import { label } from '../src/i18n/label'
import { IMAGE_TYPES } from '../src/media/uploadContent'

export const Articles: CollectionConfig<'articles'> = defineContentCollection({
  derivable: true,
  slug: 'articles',
  labels: { plural: label('Bài viết', 'Articles'), singular: label('Bài viết', 'Article') },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'workflowStatus', 'unit', 'updatedAt'] },
  fields: [
    { name: 'title', type: 'text', required: true, localized: true, label: label('Tiêu đề', 'Title') },
    slugField('title'),
    { name: 'summary', type: 'textarea', localized: true, label: label('Sa-pô (tóm tắt)', 'Summary') },
    { name: 'body', type: 'richText', localized: true, label: label('Nội dung', 'Body') },
    // Only raster images: the picker lists them, and the server refuses any other media (PDF, audio) by id.
    { name: 'heroImage', type: 'upload', relationTo: 'media', label: label('Ảnh đại diện', 'Hero image'), filterOptions: { mimeType: { in: [...IMAGE_TYPES] } } },
  ],
})
