// A deactivated account cannot log in (nor through a password reset); the reason is given only after the right password.
import type { CollectionBeforeLoginHook, CollectionBeforeOperationHook } from 'payload'

import { accountOf } from '../../../src/auth/loginLimits'
import { Refusal } from '../../../src/workflow/refusal'

export const INACTIVE_ACCOUNT =
  'Tài khoản này đã bị vô hiệu hoá; hãy liên hệ quản trị viên / This account has been deactivated; contact an administrator'

export const refuseInactiveLogin: CollectionBeforeLoginHook = async ({ user }) => {
  if ((user as { active?: boolean | null }).active === false) throw new Refusal(INACTIVE_ACCOUNT, 403)
  return user
}

/** Nor is a reset link mailed to them (the answer stays the same as for anyone, so it tells nothing). */
export const noResetMailWhenInactive: CollectionBeforeOperationHook<'users'> = async ({ args, collection, operation, req }) => {
  if (operation !== 'forgotPassword') return args
  const email = accountOf(args.data)
  if (!email) return args
  const user = await req.payload.db.findOne<{ active?: boolean | null; id: number | string }>({ collection: collection.slug, req, where: { email: { equals: email } } })
  return user?.active === false ? { ...args, disableEmail: true } : args
}
