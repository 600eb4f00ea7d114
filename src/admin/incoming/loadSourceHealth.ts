// The sources' health for the admin home page: read with the user's access, so only admins get any (sources are admins' only).
import type { Payload } from 'payload'

import { isAdminUser, type RoleHolder } from '../../access/roles'
import { byAttention, type SourceHealth, sourceHealth } from './sourceHealth'

type Id = number | string

export type SourceHealthRow = {
  active: boolean
  failures: number
  health: SourceHealth
  id: Id
  lastError: null | string
  lastPolledAt: null | string
  lastSuccessAt: null | string
  name: string
  nextPollAt: null | string
}

/** Null for anyone but an admin; otherwise every source, failing ones first. */
export async function loadSourceHealth({ now = new Date(), payload, user }: { now?: Date; payload: Payload; user: (RoleHolder & { id: Id }) | null }): Promise<null | SourceHealthRow[]> {
  if (!isAdminUser(user)) return null
  const { docs } = await payload.find({
    collection: 'sources',
    depth: 0,
    limit: 200,
    overrideAccess: false,
    pagination: false,
    select: { active: true, failures: true, lastError: true, lastPolledAt: true, lastSuccessAt: true, name: true, nextPollAt: true },
    sort: 'name',
    user,
  })
  return docs
    .map((source) => ({
      active: source.active !== false,
      failures: source.failures ?? 0,
      health: sourceHealth(source, now),
      id: source.id,
      lastError: source.lastError ?? null,
      lastPolledAt: source.lastPolledAt ?? null,
      lastSuccessAt: source.lastSuccessAt ?? null,
      name: source.name,
      nextPollAt: source.nextPollAt ?? null,
    }))
    .sort(byAttention)
}
