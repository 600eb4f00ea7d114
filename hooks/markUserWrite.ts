// Tells every write made for a user (REST, GraphQL, admin, Local API without overrideAccess) from the server's own,
// names which write it is, and keeps publishing in the workflow: a user's writes become drafts, `_status: published` is refused.
import type { CollectionBeforeOperationHook, PayloadRequest } from 'payload'

import { APIError, isolateObjectProperty } from 'payload'

import type { ContentWrite } from '../src/workflow/writeRules'

import { Refusal } from '../src/workflow/refusal'
import { BODY_MUST_BE_OBJECT } from './requireObjectBody'

/** Set on req.context for writes made on behalf of a user, not by server code. */
export const USER_EDIT = 'nguonUserEdit'
/** Set on req.context by the workflow and other server code, the only code that may publish. */
export const WORKFLOW_WRITE = 'nguonWorkflowWrite'
/** Which write of the table in src/workflow/writeRules.ts the user's request makes. */
export const WRITE_KIND = 'nguonWriteKind'
/** For a restore: the version restored, and whether Payload was asked to restore it as a draft. */
export const RESTORED_VERSION = 'nguonRestoredVersion'
/** For a duplicate: the item copied. */
export const DUPLICATED_FROM = 'nguonDuplicatedFrom'

export type RestoredVersion = { asDraft: boolean; versionId: number | string }

/**
 * A request for server writes inside a user's request: same transaction and user, its own context. Payload merges a
 * Local API call's `context` into `req.context` for good, so without this a nested server write would mark the rest
 * of the user's request as a workflow write (and a nested user flag would leak into server writes).
 */
export function serverReq(req: PayloadRequest): PayloadRequest {
  const isolated = isolateObjectProperty(req, 'context')
  isolated.context = { [WORKFLOW_WRITE]: true }
  return isolated
}

/** True while the write in progress is a user's; server writes (overrideAccess, workflow) are trusted. */
export const isUserWrite = (req: PayloadRequest): boolean => Boolean(req.context?.[USER_EDIT]) && !req.context?.[WORKFLOW_WRITE]

const refusePublishing = () => {
  throw new APIError(
    'Chỉ quy trình duyệt mới được đăng tin bài (POST …/workflow) / Only the review workflow publishes (POST …/workflow)',
    403,
    null,
    true,
  )
}

const writeOf = (operation: string, args: Record<string, unknown>): ContentWrite | null => {
  switch (operation) {
    case 'create':
      return args.duplicateFromID !== undefined && args.duplicateFromID !== null ? 'duplicate' : 'create'
    case 'update':
      return 'update'
    case 'restoreVersion':
      return 'restore'
    case 'delete':
      return 'delete'
    default:
      return null
  }
}

/** beforeOperation of every reviewed collection and of media. */
export const markUserWrite = (({ args: operationArgs, collection, operation, overrideAccess, req }) => {
  const args = operationArgs as Record<string, unknown>
  const write = writeOf(operation, args)
  if (!write || req.context?.[WORKFLOW_WRITE] || overrideAccess === true || args.overrideAccess === true) return operationArgs
  req.context[USER_EDIT] = true
  req.context[WRITE_KIND] = write
  if (write === 'restore') req.context[RESTORED_VERSION] = { asDraft: Boolean(args.draft), versionId: args.id as number | string } satisfies RestoredVersion
  if (write === 'duplicate') req.context[DUPLICATED_FROM] = args.duplicateFromID
  if (write !== 'create' && write !== 'duplicate' && write !== 'update') return operationArgs
  // A create or update whose body is not a JSON object (no body, text, a form, an array) carries no fields: refused,
  // not saved as an empty draft. A duplicate has no body of its own.
  const isObject = Boolean(args.data) && typeof args.data === 'object' && !Array.isArray(args.data)
  if (!isObject && write !== 'duplicate' && !req.file) {
    throw new Refusal(BODY_MUST_BE_OBJECT, 400)
  }
  const data = isObject ? (args.data as Record<string, unknown>) : {}
  if (data._status === 'published') refusePublishing()
  if (collection.slug === 'media') return { ...args, data } as unknown as typeof operationArgs
  return { ...args, data: { ...data, _status: 'draft' }, draft: true } as unknown as typeof operationArgs
}) satisfies CollectionBeforeOperationHook
