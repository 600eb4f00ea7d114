// POST /api/outlets/{id}/webhook-secret (admins): stores a pasted "whsec_" secret, or generates one and returns it this once.
import type { Endpoint } from 'payload'

import { isAdminUser } from '../../src/access/roles'
import { outletExists } from './outletExists'
import { describeSecretRefusal, generateWebhookSecret, parseWebhookSecret } from '../../src/delivery/signature'

async function pastedSecret(req: { json?: () => Promise<unknown> }): Promise<unknown> {
  try {
    const body = req.json ? await req.json() : undefined
    return body && typeof body === 'object' ? (body as { secret?: unknown }).secret : undefined
  } catch {
    return undefined // no body: generate one
  }
}

export const setWebhookSecret: Endpoint = {
  method: 'post',
  path: '/:id/webhook-secret',
  handler: async (req) => {
    if (!req.user) return Response.json({ error: 'Cần đăng nhập / Log in first' }, { status: 401 })
    if (!isAdminUser(req.user as never)) return Response.json({ error: 'Chỉ quản trị viên / Admins only' }, { status: 403 })
    const pasted = await pastedSecret(req)
    if (pasted !== undefined) {
      try {
        parseWebhookSecret(pasted as string)
      } catch (err) {
        // The parser's messages describe the format and never repeat the value.
        return Response.json({ error: describeSecretRefusal(err) }, { status: 400 })
      }
    }
    const id = String(req.routeParams?.id)
    if (!(await outletExists(req, id))) return Response.json({ error: 'Không tìm thấy cơ quan nhận tin / Outlet not found' }, { status: 404 })
    const secret = (pasted as string | undefined) ?? generateWebhookSecret()
    const webhookSecretSetAt = new Date().toISOString()
    await req.payload.update({ collection: 'outlets', data: { webhookSecret: secret, webhookSecretSetAt }, id, overrideAccess: true, req })
    const body = pasted === undefined ? { secret, webhookSecretSetAt } : { webhookSecretSetAt }
    return Response.json(body, { headers: { 'Cache-Control': 'no-store' }, status: 200 })
  },
}
