// Who an item is for and which channels carry it.
import type { SelectField } from 'payload'

import { options, label } from '../i18n/label'

type Overrides = Partial<SelectField>

export const audiencesField = (overrides: Overrides = {}): SelectField =>
  ({
  name: 'audiences',
  type: 'select',
  hasMany: true,
  index: true,
  label: label('Đối tượng', 'Audiences'),
  defaultValue: ['public'],
  options: options({
    public: ['Công chúng', 'Public'],
    cadres: ['Cán bộ, đảng viên', 'Cadres'],
    press: ['Báo chí', 'Press'],
    foreign: ['Người nước ngoài', 'Foreign audiences'],
  }),
  admin: { position: 'sidebar' },
  ...overrides,
  }) as SelectField

/** The five channels with their names in both admin languages (also the outlets' subscriptions). */
export const CHANNEL_OPTIONS = options({
  newspaper: ['Báo in', 'Newspaper'],
  television: ['Truyền hình', 'Television'],
  radio: ['Phát thanh', 'Radio'],
  loudspeaker: ['Loa truyền thanh cơ sở', 'Loudspeakers'],
  web: ['Trang điện tử', 'Web'],
})

/** The content types by their collection slug, named as in the admin. */
export const CONTENT_TYPE_OPTIONS = options({
  articles: ['Bài viết', 'Articles'],
  'talking-points': ['Đề cương tuyên truyền', 'Talking points'],
  briefs: ['Lập luận phản bác', 'Counter-argument briefs'],
  slogans: ['Khẩu hiệu', 'Slogans'],
})

export const LANGUAGE_OPTIONS = options({ vi: ['Tiếng Việt', 'Vietnamese'], en: ['Tiếng Anh', 'English'] })

export const channelsField = (overrides: Overrides = {}): SelectField =>
  ({
  name: 'channels',
  type: 'select',
  hasMany: true,
  index: true,
  label: label('Kênh phát hành', 'Channels'),
  options: CHANNEL_OPTIONS,
  admin: { position: 'sidebar' },
  ...overrides,
  }) as SelectField
