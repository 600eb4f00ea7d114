// Whether the outlet an endpoint names exists: a missing one is a 404; any other failure stays a server error.
import type { PayloadRequest } from 'payload'

import { NotFound } from 'payload'

export async function outletExists(req: PayloadRequest, id: string): Promise<boolean> {
  // SQL databases number their outlets; "abc" names none (and must not reach the query as a type error).
  if (req.payload.db.defaultIDType === 'number' && !/^\d+$/.test(id)) return false
  try {
    await req.payload.findByID({ collection: 'outlets', depth: 0, id, overrideAccess: true, req, select: {} })
    return true
  } catch (err) {
    if (err instanceof NotFound) return false
    throw err
  }
}
