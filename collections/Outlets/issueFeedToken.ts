// POST /api/outlets/{id}/token (admins): a new feed token, returned once with when it was issued; the previous one stops working.
import type { Endpoint } from 'payload'

import { isAdminUser } from '../../src/access/roles'
import { generateFeedToken, hashFeedToken } from '../../src/feeds/outletToken'
import { outletExists } from './outletExists'

export const issueFeedToken: Endpoint = {
  method: 'post',
  path: '/:id/token',
  handler: async (req) => {
    if (!req.user) return Response.json({ error: 'Cần đăng nhập / Log in first' }, { status: 401 })
    if (!isAdminUser(req.user as never)) return Response.json({ error: 'Chỉ quản trị viên / Admins only' }, { status: 403 })
    const id = String(req.routeParams?.id)
    if (!(await outletExists(req, id))) return Response.json({ error: 'Không tìm thấy cơ quan nhận tin / Outlet not found' }, { status: 404 })
    const token = generateFeedToken()
    const tokenIssuedAt = new Date().toISOString()
    await req.payload.update({ collection: 'outlets', data: { tokenHash: hashFeedToken(token), tokenIssuedAt }, id, overrideAccess: true, req })
    return Response.json({ token, tokenIssuedAt }, { headers: { 'Cache-Control': 'no-store' }, status: 200 })
  },
}
