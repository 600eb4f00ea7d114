// The three roles and the questions access rules ask about a user; no Payload import so it is unit-testable.
export const ROLES = ['admin', 'editor', 'reviewer'] as const
export type Role = (typeof ROLES)[number]

type Relation = { id: number | string } | number | string
export type RoleHolder = {
  id?: number | string
  roles?: null | Role[]
  unit?: null | Relation
}

export const hasRole = (user: null | RoleHolder | undefined, role: Role): boolean =>
  Boolean(user?.roles?.includes(role))

export const isAdminUser = (user: null | RoleHolder | undefined): boolean => hasRole(user, 'admin')

/** Reviewers and admins decide on content; admins act as reviewers. */
export const canReview = (user: null | RoleHolder | undefined): boolean =>
  hasRole(user, 'reviewer') || hasRole(user, 'admin')

export const canAuthor = (user: null | RoleHolder | undefined): boolean =>
  hasRole(user, 'editor') || hasRole(user, 'admin')

export const idOf = (relation: null | Relation | undefined): null | number | string => {
  if (relation === null || relation === undefined) return null
  return typeof relation === 'object' ? relation.id : relation
}

export const unitIdOf = (user: null | RoleHolder | undefined): null | number | string => idOf(user?.unit)
