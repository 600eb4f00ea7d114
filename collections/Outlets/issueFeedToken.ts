// POST /api/outlets/{id}/token (admins): a new feed token, returned once; the previous one stops working.
import type { Endpoint } from 'payload'

import { isAdminUser } from '../../src/access/roles'
import { generateFeedToken, hashFeedToken } from '../../src/feeds/outletToken'

export const issueFeedToken: Endpoint = {
  method: 'post',
  path: '/:id/token',
  handler: async (req) => {
    if (!req.user) return Response.json({ error: 'Cần đăng nhập / Log in first' }, { status: 401 })
    if (!isAdminUser(req.user as never)) return Response.json({ error: 'Chỉ quản trị viên / Admins only' }, { status: 403 })
    const id = req.routeParams?.id as string
    const token = generateFeedToken()
    try {
      await req.payload.update({
        collection: 'outlets',
        data: { tokenHash: hashFeedToken(token), tokenIssuedAt: new Date().toISOString() },
        id,
        overrideAccess: true,
        req,
      })
    } catch {
      return Response.json({ error: 'Không tìm thấy cơ quan nhận tin / Outlet not found' }, { status: 404 })
    }
    return Response.json({ token }, { headers: { 'Cache-Control': 'no-store' }, status: 200 })
  },
}
