// Deactivating an account ends its sessions at once: every token it holds stops working (Payload checks the session).
import type { CollectionAfterChangeHook, CollectionBeforeChangeHook } from 'payload'

import { Refusal } from '../../../src/workflow/refusal'

type Activity = { active?: boolean | null; id?: number | string }

/** An administrator does not deactivate their own account (nobody could then turn it back on from it). */
export const refuseSelfDeactivation: CollectionBeforeChangeHook = async ({ data, operation, originalDoc, req }) => {
  if (operation === 'update' && (data as Activity).active === false && req.user && (originalDoc as Activity)?.id === req.user.id) {
    throw new Refusal('Bạn không thể tự vô hiệu hoá tài khoản của mình / You cannot deactivate your own account', 400)
  }
  return data
}

export const endSessionsOfDeactivated: CollectionAfterChangeHook = async ({ collection, doc, previousDoc, req }) => {
  const now = doc as Activity
  if (now.active === false && (previousDoc as Activity | undefined)?.active !== false) {
    await req.payload.db.updateOne({ collection: collection.slug, data: { sessions: [] }, id: now.id!, req, returning: false })
  }
  return doc
}
