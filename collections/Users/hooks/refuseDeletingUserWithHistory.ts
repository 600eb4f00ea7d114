// A user who decided, wrote or uploaded something stays on record: deleting them is refused (409), deactivating is the way.
import type { CollectionBeforeDeleteHook, CollectionSlug } from 'payload'

import { REVIEWED_COLLECTIONS } from '../../../src/content/vocabulary'
import { Refusal } from '../../../src/workflow/refusal'

export const USER_HAS_HISTORY =
  'Người dùng này đã có lịch sử (quyết định duyệt, tin bài hoặc tư liệu); hãy vô hiệu hoá tài khoản thay vì xoá / ' +
  'This user has a history (review decisions, items or media); deactivate the account instead of deleting it'

/** Where a user's history is: the relationship that names them, per collection. */
const HISTORY: [CollectionSlug, string][] = [
  ['workflow-events', 'actor'],
  ...REVIEWED_COLLECTIONS.map((slug): [CollectionSlug, string] => [slug as CollectionSlug, 'author']),
  ['media', 'uploadedBy'],
]

export const refuseDeletingUserWithHistory: CollectionBeforeDeleteHook = async ({ id, req }) => {
  for (const [collection, field] of HISTORY) {
    const { totalDocs } = await req.payload.count({ collection, overrideAccess: true, req, where: { [field]: { equals: id } } })
    if (totalDocs > 0) throw new Refusal(USER_HAS_HISTORY, 409, { collection })
  }
}
