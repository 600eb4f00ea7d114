// POST /api/deliveries/{id}/resend (admins): sends the same message (same webhook-id, same body) again, from attempt one.
import type { Endpoint } from 'payload'

import { isAdminUser } from '../../src/access/roles'
import { resend } from '../../src/delivery/resend'

export const resendDelivery: Endpoint = {
  method: 'post',
  path: '/:id/resend',
  handler: async (req) => {
    if (!req.user) return Response.json({ error: 'Cần đăng nhập / Log in first' }, { status: 401 })
    if (!isAdminUser(req.user as never)) return Response.json({ error: 'Chỉ quản trị viên / Admins only' }, { status: 403 })
    const outcome = await resend({ id: req.routeParams?.id as string, payload: req.payload })
    return Response.json(outcome.body, { status: outcome.status })
  },
}
