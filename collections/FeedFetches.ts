import type { CollectionConfig } from 'payload'

import { isAdmin } from '../src/access/isAdmin'
import { CHANNEL_OPTIONS } from '../src/fields/audience'
import { label } from '../src/i18n/label'

const nobody = () => false
const readOnly = { readOnly: true }

/**
 * When each outlet last fetched each channel's feed, so campaign progress counts outlets that read their feeds, not
 * only those sent webhooks. Written by the feeds (src/feeds/feedFetches.ts) at most once a minute per outlet, read by admins.
 */
export const FeedFetches: CollectionConfig<'feed-fetches'> = {
  slug: 'feed-fetches',
  labels: { plural: label('Lượt lấy nguồn cấp', 'Feed fetches'), singular: label('Lượt lấy nguồn cấp', 'Feed fetch') },
  admin: {
    defaultColumns: ['outlet', 'channel', 'fetchedAt'],
    group: label('Phát hành', 'Distribution'),
    hidden: ({ user }) => !(user as { roles?: string[] } | null)?.roles?.includes('admin'),
  },
  defaultSort: '-fetchedAt',
  access: { create: nobody, delete: nobody, read: isAdmin, update: nobody },
  indexes: [{ fields: ['outlet', 'channel'], unique: true }],
  fields: [
    // Not required: deleting an outlet sets it to null here (its rows then count for nobody) instead of being refused.
    { name: 'outlet', type: 'relationship', relationTo: 'outlets', index: true, admin: readOnly, label: label('Cơ quan nhận tin', 'Outlet') },
    { name: 'channel', type: 'select', required: true, options: CHANNEL_OPTIONS, admin: readOnly, label: label('Kênh', 'Channel') },
    {
      name: 'fetchedAt',
      type: 'date',
      required: true,
      index: true,
      admin: { ...readOnly, date: { displayFormat: 'dd/MM/yyyy HH:mm', pickerAppearance: 'dayAndTime', timeFormat: 'HH:mm' } },
      label: label('Lấy lần cuối lúc', 'Last fetched at'),
    },
  ],
}
