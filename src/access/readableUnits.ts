import { canReview, idOf, isAdminUser, type RoleHolder, unitIdOf } from './roles'

type Id = number | string
type Relation = { id: Id } | Id

/**
 * The units whose unpublished work a user may read: null for every unit (admins, and reviewers not limited to
 * some units); otherwise their own unit and the units they review.
 */
export function readableUnits(user: (RoleHolder & { reviewUnits?: null | Relation[] }) | null | undefined): Id[] | null {
  if (!user) return []
  const reviewUnits = (user.reviewUnits ?? []).map((unit) => idOf(unit)).filter((unit): unit is Id => unit !== null)
  if (isAdminUser(user) || (canReview(user) && reviewUnits.length === 0)) return null
  const units = [unitIdOf(user), ...(canReview(user) ? reviewUnits : [])].filter((unit): unit is Id => unit !== null)
  return units.filter((unit, i) => units.findIndex((other) => String(other) === String(unit)) === i)
}
