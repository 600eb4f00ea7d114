// Who uploaded or changed media: they count among the writers of every version that shows it (four-eyes).
import type { PayloadRequest } from 'payload'

import { idOf } from '../access/roles'

type Id = number | string

export async function mediaWritersOf({ ids, req }: { ids: string[]; req: PayloadRequest }): Promise<Id[]> {
  if (!ids.length) return []
  const { docs } = await req.payload.find({
    collection: 'media',
    depth: 0,
    limit: ids.length,
    overrideAccess: true,
    pagination: false,
    req,
    select: { editedBy: true },
    where: { id: { in: ids } },
  })
  return docs.flatMap((doc) => ((doc as { editedBy?: (Id | { id: Id })[] | null }).editedBy ?? []).map((e) => idOf(e) as Id))
}
