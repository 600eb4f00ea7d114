// POST /api/sources/{id}/poll (admins): polls the source now; 200 with the counts, or 502 with the Vietnamese reason.
import type { Endpoint } from 'payload'

import { NotFound } from 'payload'

import { isAdminUser } from '../../src/access/roles'
import { ingestSource } from '../../src/ingest/ingestSource'

export const pollSource: Endpoint = {
  method: 'post',
  path: '/:id/poll',
  handler: async (req) => {
    if (!req.user) return Response.json({ error: 'Cần đăng nhập / Log in first' }, { status: 401 })
    if (!isAdminUser(req.user as never)) return Response.json({ error: 'Chỉ quản trị viên / Admins only' }, { status: 403 })
    const id = String(req.routeParams?.id)
    const notFound = Response.json({ error: 'Không tìm thấy nguồn tin / Source not found' }, { status: 404 })
    // SQL databases number their sources; "abc" names none (and must not reach the query as a type error).
    if (req.payload.db.defaultIDType === 'number' && !/^\d+$/.test(id)) return notFound
    try {
      await req.payload.findByID({ collection: 'sources', depth: 0, id, overrideAccess: true, req, select: {} })
    } catch (err) {
      if (err instanceof NotFound) return notFound
      throw err
    }
    const result = await ingestSource({ payload: req.payload, sourceId: id })
    const headers = { 'Cache-Control': 'no-store' }
    if (result.kind === 'error') return Response.json({ error: result.message }, { headers, status: 502 })
    const { new: added, unchanged, updated, withdrawn } = result
    return Response.json({ new: added, unchanged, updated, withdrawn }, { headers, status: 200 })
  },
}
