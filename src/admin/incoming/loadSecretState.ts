// Whether a source's write-only token and push secret are set: the only thing about them the admin ever shows.
import type { Payload } from 'payload'

import { isAdminUser, type RoleHolder } from '../../access/roles'

export type SecretState = { pushSecret: boolean; token: boolean }

/** Null for anyone but an admin, or an unknown source. The values are read on the server and reduced to booleans here. */
export async function loadSecretState({ id, payload, user }: { id: number | string; payload: Payload; user: null | RoleHolder }): Promise<null | SecretState> {
  if (!isAdminUser(user)) return null
  // Field access hides both from every read, admins included: only the server, here, looks.
  const { docs } = await payload.find({ collection: 'sources', depth: 0, limit: 1, overrideAccess: true, pagination: false, select: { pushSecret: true, token: true }, where: { id: { equals: id } } })
  const source = docs[0]
  return source ? { pushSecret: Boolean(source.pushSecret), token: Boolean(source.token) } : null
}
