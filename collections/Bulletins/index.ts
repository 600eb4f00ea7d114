import type { CollectionConfig, Field, Where } from 'payload'

import type { AudioStatus } from '../../src/audio/bulletinAudio'
import { isSlot } from '../../src/audio/bulletinAssembly'
import { defineContentCollection } from '../../src/content/defineContentCollection'
import { CONTENT_COLLECTIONS } from '../../src/content/vocabulary'
import { label, options } from '../../src/i18n/label'
import { audioStateEndpoint, generateAudioEndpoint } from './audioEndpoints'
import { buildScript } from './hooks/buildScript'
import { useRecordingAsAudio } from './hooks/useRecordingAsAudio'

const serverOnly = { create: () => false, update: () => false }
const readOnly = (field: Field): Field => ({ ...field, access: serverOnly, admin: { ...(field.admin ?? {}), readOnly: true } }) as Field

/** A loudspeaker bulletin: a slot's items read as one script, with its audio; reviewed like every other content item. */
export const Bulletins: CollectionConfig<'bulletins'> = defineContentCollection({
  derivable: true,
  slug: 'bulletins',
  labels: { plural: label('Bản tin loa', 'Loudspeaker bulletins'), singular: label('Bản tin loa', 'Loudspeaker bulletin') },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'priority', 'workflowStatus', 'audioStatus', 'updatedAt'] },
  endpoints: [audioStateEndpoint, generateAudioEndpoint],
  hooks: { beforeChange: [buildScript, useRecordingAsAudio] },
  fields: [
    readOnly({ name: 'title', type: 'text', label: label('Tên bản tin', 'Title') }),
    {
      type: 'row',
      fields: [
        { name: 'date', type: 'date', required: true, label: label('Ngày phát', 'Date'), admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'dd/MM/yyyy' } } },
        {
          name: 'slot',
          type: 'text',
          required: true,
          label: label('Khung giờ (HH:MM)', 'Slot (HH:MM)'),
          validate: (value: null | string | undefined) => (value && isSlot(value) ? true : 'Giờ dạng HH:MM / A time as HH:MM'),
        },
      ],
    },
    readOnly({ name: 'airsAt', type: 'date', index: true, label: label('Thời điểm phát', 'Airs at'), admin: { date: { displayFormat: 'dd/MM/yyyy HH:mm', pickerAppearance: 'dayAndTime', timeFormat: 'HH:mm' } } }),
    { name: 'intro', type: 'textarea', label: label('Lời mở đầu', 'Intro') },
    {
      name: 'items',
      type: 'relationship',
      relationTo: [...CONTENT_COLLECTIONS],
      hasMany: true,
      label: label('Tin bài (theo thứ tự phát)', 'Items (in broadcast order)'),
      admin: { description: label('Chỉ tin bài đã đăng trên kênh loa. Kéo để đổi thứ tự.', 'Published loudspeaker items only. Drag to reorder.') },
      filterOptions: (): Where => ({ and: [{ _status: { equals: 'published' } }, { channels: { in: ['loudspeaker'] } }] }),
    },
    { name: 'outro', type: 'textarea', label: label('Lời kết', 'Outro') },
    readOnly({ name: 'script', type: 'textarea', label: label('Kịch bản đọc', 'Script'), admin: { rows: 12 } }),
    readOnly({ name: 'readAloudSeconds', type: 'number', label: label('Thời lượng đọc ước tính (giây)', 'Estimated read-aloud time (s)') }),
    {
      name: 'audioPanel',
      type: 'ui',
      label: label('Âm thanh', 'Audio'),
      admin: { components: { Field: '/src/admin/bulletinAudio#BulletinAudio' } },
    },
    {
      name: 'recording',
      type: 'upload',
      relationTo: 'media',
      label: label('Bản ghi âm của phát thanh viên (MP3)', 'Human recording (MP3)'),
      admin: { description: label('Thay cho giọng đọc tổng hợp.', 'Replaces the synthetic reading.') },
      filterOptions: { mimeType: { equals: 'audio/mpeg' } },
    },
    readOnly({ name: 'audio', type: 'upload', relationTo: 'media', label: label('Âm thanh phát', 'Broadcast audio') }),
    readOnly({ name: 'audioSource', type: 'select', label: label('Nguồn âm thanh', 'Audio source'), options: options({ synthetic: ['Giọng tổng hợp', 'Synthetic'], recording: ['Bản ghi âm', 'Recording'] }) }),
    readOnly({ name: 'audioSeconds', type: 'number', label: label('Thời lượng thực (giây)', 'Real duration (s)') }),
    readOnly({ name: 'audioBytes', type: 'number', label: label('Dung lượng (byte)', 'Size (bytes)') }),
    readOnly({ name: 'syntheticAudio', type: 'upload', relationTo: 'media', label: label('Âm thanh tổng hợp', 'Synthetic audio'), admin: { hidden: true } }),
    readOnly({ name: 'audioScript', type: 'textarea', label: label('Kịch bản của âm thanh tổng hợp', 'Script of the synthetic audio'), admin: { hidden: true } }),
    readOnly({
      name: 'audioStatus',
      type: 'select',
      defaultValue: 'none',
      label: label('Trạng thái âm thanh', 'Audio status'),
      options: options<AudioStatus>({
        none: ['Chưa có', 'None'],
        queued: ['Đang chờ', 'Queued'],
        generating: ['Đang tạo', 'Generating'],
        ready: ['Sẵn sàng', 'Ready'],
        stale: ['Cũ so với kịch bản', 'Older than the script'],
        failed: ['Lỗi', 'Failed'],
      }),
      admin: { position: 'sidebar' },
    }),
    readOnly({ name: 'audioProgress', type: 'number', defaultValue: 0, min: 0, max: 100, label: label('Tiến độ (%)', 'Progress (%)'), admin: { hidden: true } }),
    readOnly({ name: 'audioError', type: 'text', label: label('Lỗi tạo âm thanh', 'Audio error'), admin: { hidden: true } }),
    readOnly({ name: 'assembledAt', type: 'date', label: label('Soạn tự động lúc', 'Assembled at'), admin: { date: { displayFormat: 'dd/MM/yyyy HH:mm', pickerAppearance: 'dayAndTime', timeFormat: 'HH:mm' }, position: 'sidebar' } }),
    readOnly({
      name: 'outOfSlot',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      label: label('Phát ngay, ngoài khung giờ (khẩn cấp)', 'Played at once, out of slot (emergency)'),
      admin: { position: 'sidebar' },
    }),
  ],
}) as CollectionConfig<'bulletins'>
