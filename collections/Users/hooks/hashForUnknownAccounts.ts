// A login for an address that has no account costs the same password hash as a wrong password for one that has, so
// the answer and its timing do not tell which addresses are registered (the answer is already the same 401).
import type { CollectionBeforeOperationHook } from 'payload'

import crypto from 'node:crypto'

import { accountOf } from '../../../src/auth/loginLimits'

/** Payload's current password hash (pbkdf2-sha256-v1): 600 000 iterations, 32 bytes. */
export const PASSWORD_HASH = { digest: 'sha256', iterations: 600_000, keyLength: 32 } as const
const DUMMY_SALT = crypto.randomBytes(32).toString('hex')

export const hashForUnknownAccounts: CollectionBeforeOperationHook<'users'> = async ({ args, collection, operation, req }) => {
  if (operation !== 'login') return args
  const { password } = (args.data ?? {}) as { password?: unknown }
  const email = accountOf(args.data)
  if (!email || typeof password !== 'string' || !password.trim()) return args
  const user = await req.payload.db.findOne({ collection: collection.slug, req, select: { id: true }, where: { email: { equals: email } } })
  if (!user) {
    await new Promise<void>((resolve) =>
      crypto.pbkdf2(password, DUMMY_SALT, PASSWORD_HASH.iterations, PASSWORD_HASH.keyLength, PASSWORD_HASH.digest, () => resolve()),
    )
  }
  return args
}
