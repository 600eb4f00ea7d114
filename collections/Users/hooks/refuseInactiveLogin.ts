// A deactivated account cannot log in (nor through a password reset); the reason is given only after the right password.
import type { CollectionBeforeLoginHook } from 'payload'

import { Refusal } from '../../../src/workflow/refusal'

export const INACTIVE_ACCOUNT =
  'Tài khoản này đã bị vô hiệu hoá; hãy liên hệ quản trị viên / This account has been deactivated; contact an administrator'

export const refuseInactiveLogin: CollectionBeforeLoginHook = async ({ user }) => {
  if ((user as { active?: boolean | null }).active === false) throw new Refusal(INACTIVE_ACCOUNT, 403)
  return user
}
