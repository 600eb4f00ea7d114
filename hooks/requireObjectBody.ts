// A create or update whose body is not a JSON object (no body, text, an array) is refused with 400: Payload's own
// field hooks read it as an object and failed with a TypeError (500). Globals and every collection; the reviewed
// collections and media refuse it in markUserWrite already, with the same message.
import type { CollectionBeforeOperationHook, CollectionConfig, GlobalBeforeOperationHook, GlobalConfig } from 'payload'

import { Refusal } from '../src/workflow/refusal'

export const BODY_MUST_BE_OBJECT =
  'Nội dung yêu cầu phải là một đối tượng JSON (Content-Type: application/json) / The request body must be a JSON object (Content-Type: application/json)'

const isObject = (data: unknown): boolean => Boolean(data) && typeof data === 'object' && !Array.isArray(data)

export const requireObjectBody: GlobalBeforeOperationHook = ({ args, operation }) => {
  const data = (args as { data?: unknown } | undefined)?.data
  if (operation === 'update' && !isObject(data)) throw new Refusal(BODY_MUST_BE_OBJECT, 400)
  return args
}

/** The collection form: an upload may come with a file and no fields, and a duplicate has no body of its own. */
export const requireObjectBodyForCollection = (({ args, operation, req }) => {
  const { data, duplicateFromID } = args as { data?: unknown; duplicateFromID?: unknown }
  const isDuplicate = duplicateFromID !== undefined && duplicateFromID !== null
  if ((operation === 'create' || operation === 'update') && !isDuplicate && !req.file && !isObject(data)) throw new Refusal(BODY_MUST_BE_OBJECT, 400)
  return args
}) satisfies CollectionBeforeOperationHook

/** Adds requireObjectBodyForCollection to a collection, before its own beforeOperation hooks. */
export const withObjectBodiesForCollection = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  hooks: { ...collection.hooks, beforeOperation: [requireObjectBodyForCollection, ...(collection.hooks?.beforeOperation ?? [])] },
})

/** Adds requireObjectBody to a global, keeping its own hooks. */
export const withObjectBodies = (global: GlobalConfig): GlobalConfig => ({
  ...global,
  hooks: { ...global.hooks, beforeOperation: [...(global.hooks?.beforeOperation ?? []), requireObjectBody] },
})
