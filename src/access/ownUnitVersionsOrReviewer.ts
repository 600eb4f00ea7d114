import type { Access } from 'payload'

import { readableUnits } from './readableUnits'

/**
 * Version history: admins and reviewers of every unit see every unit's; editors and reviewers limited to some units
 * see those units' only. The rule runs on the versions table, where the item's fields live under `version.`.
 */
export const ownUnitVersionsOrReviewer: Access = ({ req }) => {
  const user = req.user as never
  if (!user) return false
  const units = readableUnits(user)
  if (units === null) return true
  return units.length ? { 'version.unit': { in: units } } : false
}
