import type { Access } from 'payload'

import { canAuthor } from './roles'

/** Editors write content for their unit; admins may write for any unit. */
export const canCreateContent: Access = ({ req }) => canAuthor(req.user as never)
