import type { Access } from 'payload'

import { ROLES, hasRole } from './roles'

/** A signed-in editor, reviewer or admin; a user with no role (and anyone not signed in) is not. */
export const isStaff: Access = ({ req }) => ROLES.some((role) => hasRole(req.user as never, role))
