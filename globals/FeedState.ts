import type { GlobalConfig } from 'payload'

/**
 * A marker that changes whenever something any feed shows may have changed. Every app process compares
 * it with the one its rendered feeds were made under, so caches never go stale across processes.
 */
export const FeedState: GlobalConfig<'feed-state'> = {
  slug: 'feed-state',
  access: { read: () => false, update: () => false },
  admin: { hidden: true },
  fields: [{ name: 'generation', type: 'text' }],
}
