// Editors write only for their own unit; admins (and server code without a user) may choose any unit.
import type { CollectionBeforeChangeHook } from 'payload'

import { isAdminUser, unitIdOf } from '../src/access/roles'

export const enforceOwnUnit: CollectionBeforeChangeHook = ({ data, operation, originalDoc, req }) => {
  const user = req.user as never
  if (!user || isAdminUser(user)) return data
  if (operation === 'update' && originalDoc) {
    data.unit = originalDoc.unit && typeof originalDoc.unit === 'object' ? originalDoc.unit.id : originalDoc.unit
    return data
  }
  data.unit = unitIdOf(user)
  return data
}
