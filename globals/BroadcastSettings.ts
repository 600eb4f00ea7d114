import type { GlobalConfig } from 'payload'

import { bumpFeedGeneration } from '../hooks/bumpFeedGeneration'
import { isAdmin } from '../src/access/isAdmin'
import { isAuthenticated } from '../src/access/isAuthenticated'
import { isSlot } from '../src/audio/bulletinAssembly'
import { SYLLABLES_PER_MINUTE } from '../src/feeds/readAloud'
import { label, options } from '../src/i18n/label'
import { numberedRows } from '../src/fields/numberedRows'

/** How loudspeaker bulletins are made (daily slots, length, reading speed, voice, extra abbreviations) and how their podcast presents itself. */
export const BroadcastSettings: GlobalConfig<'broadcast-settings'> = {
  slug: 'broadcast-settings',
  label: label('Cài đặt bản tin loa', 'Broadcast settings'),
  access: { read: isAuthenticated, update: isAdmin },
  admin: { group: label('Quản trị', 'Administration') },
  // The podcast's channel (title, owner, cover) is read from here.
  hooks: { afterChange: [bumpFeedGeneration] },
  fields: [
    {
      name: 'slots',
      type: 'array',
      label: label('Khung giờ phát hằng ngày (giờ Việt Nam)', 'Daily slots (Vietnam time)'),
      ...numberedRows('Khung giờ', 'Slot', { plural: ['Khung giờ', 'Slots'], summaryField: 'time' }),
      minRows: 1,
      defaultValue: [{ time: '06:00' }, { time: '17:00' }],
      fields: [
        {
          name: 'time',
          type: 'text',
          required: true,
          label: label('Giờ (HH:MM)', 'Time (HH:MM)'),
          validate: (value: null | string | undefined) => (value && isSlot(value) ? true : 'Giờ dạng HH:MM, ví dụ 06:00 / A time as HH:MM, e.g. 06:00'),
        },
      ],
    },
    {
      name: 'maxSeconds',
      type: 'number',
      required: true,
      min: 30,
      max: 7200,
      defaultValue: 900,
      label: label('Độ dài tối đa của bản tin (giây)', 'Maximum bulletin length (seconds)'),
    },
    {
      name: 'syllablesPerMinute',
      type: 'number',
      required: true,
      min: 80,
      max: 450,
      defaultValue: SYLLABLES_PER_MINUTE,
      label: label('Tốc độ đọc (âm tiết/phút)', 'Reading speed (syllables per minute)'),
    },
    {
      name: 'voice',
      type: 'select',
      required: true,
      defaultValue: 'vi',
      label: label('Giọng đọc', 'Voice'),
      options: options({ vi: ['Miền Bắc', 'Northern'], 'vi-vn-x-central': ['Miền Trung', 'Central'] }),
    },
    {
      name: 'abbreviations',
      type: 'array',
      label: label('Chữ viết tắt bổ sung', 'Extra abbreviations'),
      ...numberedRows('Chữ viết tắt', 'Abbreviation', { plural: ['Chữ viết tắt', 'Abbreviations'], summaryField: 'abbreviation' }),
      admin: {
        ...numberedRows('Chữ viết tắt', 'Abbreviation', { summaryField: 'abbreviation' }).admin,
        description: label('Thêm vào (và thay) danh sách mặc định.', 'Added to (and overriding) the built-in list.'),
      },
      fields: [
        { name: 'abbreviation', type: 'text', required: true, label: label('Viết tắt', 'Abbreviation') },
        { name: 'expansion', type: 'text', required: true, label: label('Đọc là', 'Read as') },
      ],
    },
    {
      name: 'unit',
      type: 'relationship',
      relationTo: 'units',
      label: label('Đơn vị phụ trách bản tin', 'Unit responsible for bulletins'),
      admin: { description: label('Bản tin tự soạn thuộc đơn vị này.', 'Assembled bulletins belong to this unit.') },
    },
    {
      name: 'assembleMinutesBefore',
      type: 'number',
      required: true,
      min: 10,
      max: 1440,
      defaultValue: 120,
      label: label('Soạn sẵn trước khung giờ (phút)', 'Assemble this many minutes before the slot'),
    },
    { name: 'intro', type: 'textarea', label: label('Lời mở đầu mặc định', 'Default intro') },
    { name: 'outro', type: 'textarea', label: label('Lời kết mặc định', 'Default outro') },
    {
      name: 'podcast',
      type: 'group',
      label: label('Podcast bản tin (ứng dụng nghe podcast)', 'Bulletin podcast (podcast apps)'),
      admin: {
        description: label(
          'Tên, ảnh bìa và người phụ trách mà ứng dụng podcast hiển thị. Ảnh bìa 3000 × 3000 được vẽ từ tên tỉnh và tên podcast.',
          'The name, cover and owner podcast apps show. The 3000 × 3000 cover is drawn from the province name and the title.',
        ),
      },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'provinceName', type: 'text', maxLength: 60, label: label('Tên tỉnh', 'Province name'), admin: { placeholder: 'Hà Tĩnh' } },
            { name: 'title', type: 'text', maxLength: 120, label: label('Tên podcast', 'Podcast title'), admin: { placeholder: 'Bản tin loa truyền thanh tỉnh Hà Tĩnh' } },
          ],
        },
        {
          type: 'row',
          fields: [
            { name: 'ownerName', type: 'text', maxLength: 160, label: label('Cơ quan phụ trách', 'Owner (office)') },
            { name: 'ownerEmail', type: 'email', label: label('Email liên hệ của podcast', 'Podcast contact e-mail') },
          ],
        },
        { name: 'summary', type: 'textarea', maxLength: 4000, label: label('Giới thiệu podcast', 'Podcast summary') },
      ],
    },
  ],
}
