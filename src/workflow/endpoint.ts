// POST /api/{collection}/{id}/workflow: validate the body, perform the action, answer with its outcome.
import type { Endpoint } from 'payload'

import type { ContentCollection } from '../content/vocabulary'
import { describeIssues, workflowActionRequest } from './actionRequest'
import { performWorkflowAction } from './performWorkflowAction'

export const workflowEndpoint = (collection: ContentCollection): Endpoint => ({
  method: 'post',
  path: '/:id/workflow',
  handler: async (req) => {
    if (!req.user) return Response.json({ error: 'Cần đăng nhập / Log in first' }, { status: 401 })
    let body: unknown
    try {
      body = await req.json!()
    } catch {
      return Response.json({ error: 'Nội dung phải là JSON / The body must be JSON', issues: ['body: not valid JSON'] }, { status: 400 })
    }
    const parsed = workflowActionRequest.safeParse(body)
    if (!parsed.success) {
      return Response.json({ error: 'Yêu cầu không hợp lệ / Invalid request', issues: describeIssues(parsed.error) }, { status: 400 })
    }
    const outcome = await performWorkflowAction({
      ...parsed.data,
      collection,
      id: req.routeParams!.id as string,
      req,
    })
    return Response.json(outcome.body, { status: outcome.status })
  },
})
