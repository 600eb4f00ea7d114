import type { Access } from 'payload'

import { canReview, hasRole, unitIdOf } from './roles'

/** Reviewers and admins see every unit's work in progress; an editor only their own unit's. */
export const ownUnitOrReviewer: Access = ({ req }) => {
  const user = req.user as never
  if (canReview(user)) return true
  const unit = unitIdOf(user)
  if (!hasRole(user, 'editor') || unit === null) return false
  return { unit: { equals: unit } }
}
