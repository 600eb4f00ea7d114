// Requests made for a user can never publish directly: their writes become drafts, and `_status: published` is refused.
import type { CollectionBeforeOperationHook } from 'payload'

import { APIError } from 'payload'

/** Set on req.context for writes made on behalf of a user (REST, GraphQL, admin), not by server code. */
export const USER_EDIT = 'nguonUserEdit'
/** Set on req.context by the workflow itself, the only code that may publish. */
export const WORKFLOW_WRITE = 'nguonWorkflowWrite'

export const keepPublishingInWorkflow: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  if (req.context?.[WORKFLOW_WRITE] || args.overrideAccess === true) return args
  const data = args.data as Record<string, unknown> | undefined
  if (data?._status === 'published') {
    throw new APIError(
      'Chỉ quy trình duyệt mới được đăng tin bài (POST …/workflow) / Only the review workflow publishes (POST …/workflow)',
      403,
      null,
      true,
    )
  }
  req.context[USER_EDIT] = true
  return { ...args, data: data ? { ...data, _status: 'draft' } : data, draft: true }
}
