// A global's update whose body is not a JSON object (no body, text, an array) is refused with 400: Payload's own
// field hooks read it as an object and failed with a TypeError (500).
import type { GlobalBeforeOperationHook, GlobalConfig } from 'payload'

import { Refusal } from '../src/workflow/refusal'

export const BODY_MUST_BE_OBJECT =
  'Nội dung yêu cầu phải là một đối tượng JSON (Content-Type: application/json) / The request body must be a JSON object (Content-Type: application/json)'

export const requireObjectBody: GlobalBeforeOperationHook = ({ args, operation }) => {
  const data = (args as { data?: unknown } | undefined)?.data
  if (operation === 'update' && (!data || typeof data !== 'object' || Array.isArray(data))) throw new Refusal(BODY_MUST_BE_OBJECT, 400)
  return args
}

/** Adds requireObjectBody to a global, keeping its own hooks. */
export const withObjectBodies = (global: GlobalConfig): GlobalConfig => ({
  ...global,
  hooks: { ...global.hooks, beforeOperation: [...(global.hooks?.beforeOperation ?? []), requireObjectBody] },
})
