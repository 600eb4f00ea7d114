import type { Access, Where } from 'payload'

import { readableUnits } from './readableUnits'

/** What anyone may read: published items meant for the public. */
export const publicWhere = (audienceField: { field: string; value: string }): Where => ({
  and: [{ _status: { equals: 'published' } }, { [audienceField.field]: { in: [audienceField.value] } }],
})

/**
 * Read access for content: admins and reviewers of every unit read everything; editors read their unit's items
 * and everything published; a reviewer limited to some units reads those units' items and everything published;
 * anonymous readers only published items meant for the public.
 */
export const publishedOrOwnUnit =
  (audienceField = { field: 'audiences', value: 'public' }): Access =>
  ({ req }) => {
    const user = req.user as never
    if (!user) return publicWhere(audienceField)
    const units = readableUnits(user)
    if (units === null) return true
    const published: Where = { _status: { equals: 'published' } }
    return units.length ? { or: [published, { unit: { in: units } }] } : published
  }
