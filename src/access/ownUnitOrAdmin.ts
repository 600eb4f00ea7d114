import type { Access } from 'payload'

import { hasRole, isAdminUser, unitIdOf } from './roles'

/** Admins touch any item; an editor only items of their own unit (the database filters the rest). */
export const ownUnitOrAdmin: Access = ({ req }) => {
  const user = req.user as never
  if (isAdminUser(user)) return true
  const unit = unitIdOf(user)
  if (!hasRole(user, 'editor') || unit === null) return false
  return { unit: { equals: unit } }
}
