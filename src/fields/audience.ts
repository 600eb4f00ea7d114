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

export const channelsField = (overrides: Overrides = {}): SelectField =>
  ({
  name: 'channels',
  type: 'select',
  hasMany: true,
  index: true,
  label: label('Kênh phát hành', 'Channels'),
  options: options({
    newspaper: ['Báo in', 'Newspaper'],
    television: ['Truyền hình', 'Television'],
    radio: ['Phát thanh', 'Radio'],
    loudspeaker: ['Loa truyền thanh cơ sở', 'Loudspeakers'],
    web: ['Trang điện tử', 'Web'],
  }),
  admin: { position: 'sidebar' },
  ...overrides,
  }) as SelectField
