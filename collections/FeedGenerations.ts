import type { CollectionConfig } from 'payload'

const nobody = () => false

/**
 * One row per feed cache scope (a channel, the audio feeds, an outlet; src/feeds/feedScopes.ts) with a value that
 * changes whenever something rendered under that scope may have changed. Every app process compares the values with
 * those its cached renderings were made under, and drops only the renderings of scopes that moved.
 */
export const FeedGenerations: CollectionConfig<'feed-generations'> = {
  slug: 'feed-generations',
  access: { create: nobody, delete: nobody, read: nobody, update: nobody },
  admin: { hidden: true },
  fields: [
    { name: 'scope', type: 'text', required: true, unique: true },
    { name: 'generation', type: 'text', required: true },
  ],
}
