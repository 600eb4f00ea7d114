// Relationship fields every content item carries: its campaign and its unit.
import type { RelationshipField } from 'payload'

import { unitIdOf } from '../access/roles'
import { label } from '../i18n/label'

type Overrides = Partial<RelationshipField>

export const campaignField = (overrides: Overrides = {}): RelationshipField =>
  ({
  name: 'campaign',
  type: 'relationship',
  relationTo: 'campaigns',
  index: true,
  label: label('Chiến dịch', 'Campaign'),
  admin: { position: 'sidebar' },
  ...overrides,
  }) as RelationshipField

/** The unit an item belongs to; an editor's own unit by default (the server enforces it for editors). */
export const unitField = (overrides: Overrides = {}): RelationshipField =>
  ({
  name: 'unit',
  type: 'relationship',
  relationTo: 'units',
  index: true,
  label: label('Đơn vị', 'Unit'),
  defaultValue: ({ user }) => unitIdOf(user as never) ?? undefined,
  admin: { position: 'sidebar' },
  ...overrides,
  }) as RelationshipField
