// GET /api/{collection}/{id}/upstream-change: for the admin's banner, whether the item's origin on the incoming desk
// moved since it was adapted. Read with the item's normal read access (404 when the user may not read it).
import type { Endpoint } from 'payload'

import { NotFound } from 'payload'

import type { DerivableCollection } from '../content/vocabulary'

import { changedOrigins } from './derivedChanges'
import type { DerivedOrigin } from './upstreamChange'

export const upstreamChangeEndpoint = (collection: DerivableCollection): Endpoint => ({
  method: 'get',
  path: '/:id/upstream-change',
  handler: async (req) => {
    const headers = { 'Cache-Control': 'no-store' }
    if (!req.user) return Response.json({ error: 'Cần đăng nhập / Log in first' }, { headers, status: 401 })
    const id = String(req.routeParams?.id)
    const notFound = Response.json({ error: 'Không tìm thấy tin bài / Item not found' }, { headers, status: 404 })
    if (req.payload.db.defaultIDType === 'number' && !/^\d+$/.test(id)) return notFound
    let doc: Record<string, unknown>
    try {
      doc = (await req.payload.findByID({ collection, depth: 0, draft: true, id, overrideAccess: false, req, user: req.user })) as never
    } catch (err) {
      if (err instanceof NotFound) return notFound
      throw err
    }
    const [found] = await changedOrigins({ items: [{ collection, derivedFrom: doc.derivedFrom as DerivedOrigin, id: doc.id as number | string }], req })
    return Response.json({ change: found?.change ?? null, incoming: found?.incoming ?? null }, { headers, status: 200 })
  },
})
