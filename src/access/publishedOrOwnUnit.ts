import type { Access, Where } from 'payload'

import { canReview, unitIdOf } from './roles'

/** What anyone may read: published items meant for the public. */
export const publicWhere = (audienceField: { field: string; value: string }): Where => ({
  and: [{ _status: { equals: 'published' } }, { [audienceField.field]: { in: [audienceField.value] } }],
})

/**
 * Read access for content: reviewers and admins read everything, editors their unit's items and
 * everything published, anonymous readers only published items meant for the public.
 */
export const publishedOrOwnUnit =
  (audienceField = { field: 'audiences', value: 'public' }): Access =>
  ({ req }) => {
    const user = req.user as never
    if (!user) return publicWhere(audienceField)
    if (canReview(user)) return true
    const unit = unitIdOf(user)
    const published: Where = { _status: { equals: 'published' } }
    return unit === null ? published : { or: [published, { unit: { equals: unit } }] }
  }
