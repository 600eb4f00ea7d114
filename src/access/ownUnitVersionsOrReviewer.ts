import type { Access } from 'payload'

import { canReview, hasRole, unitIdOf } from './roles'

/**
 * Version history: reviewers and admins see every unit's, an editor only their own unit's. The rule runs
 * on the versions table, where the item's fields live under `version.`.
 */
export const ownUnitVersionsOrReviewer: Access = ({ req }) => {
  const user = req.user as never
  if (canReview(user)) return true
  const unit = unitIdOf(user)
  if (!hasRole(user, 'editor') || unit === null) return false
  return { 'version.unit': { equals: unit } }
}
