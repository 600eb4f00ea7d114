// POST /api/incoming/{id}/adapt {"collection": "articles" | "talking-points" | "briefs" | "bulletins"}: a draft in the
// editor's unit from the desk row, 201 {"doc"}; 401 signed out, 403 not an editor, 404 unknown row, 409 withdrawn row.
import type { Endpoint } from 'payload'

import { adaptIncoming } from '../../src/ingest/adaptIncoming'
import { adaptRequest } from '../../src/ingest/adaptRequest'
import { describeIssues } from '../../src/workflow/actionRequest'

export const adaptIncomingEndpoint: Endpoint = {
  method: 'post',
  path: '/:id/adapt',
  handler: async (req) => {
    const headers = { 'Cache-Control': 'no-store' }
    if (!req.user) return Response.json({ error: 'Cần đăng nhập / Log in first' }, { headers, status: 401 })
    let body: unknown
    try {
      body = await req.json!()
    } catch {
      return Response.json({ error: 'Nội dung phải là JSON / The body must be JSON', issues: ['body: not valid JSON'] }, { headers, status: 400 })
    }
    const parsed = adaptRequest.safeParse(body)
    if (!parsed.success) {
      return Response.json({ error: 'Yêu cầu không hợp lệ / Invalid request', issues: describeIssues(parsed.error) }, { headers, status: 400 })
    }
    const outcome = await adaptIncoming({ id: String(req.routeParams?.id), req, request: parsed.data })
    return Response.json(outcome.body, { headers, status: outcome.status })
  },
}
