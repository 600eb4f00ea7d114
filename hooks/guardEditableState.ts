// Content can be edited only while it is a draft, sent back, or published (then the edit is a correction).
import type { CollectionBeforeChangeHook } from 'payload'

import { APIError } from 'payload'

import type { WorkflowState } from '../src/content/vocabulary'
import { EDITABLE_STATES } from '../src/workflow/stateMachine'
import { USER_EDIT } from './keepPublishingInWorkflow'

const STATE_NAMES: Record<WorkflowState, string> = {
  changes_requested: 'yêu cầu sửa / changes requested',
  draft: 'bản nháp / draft',
  in_review: 'chờ duyệt / in review',
  published: 'đã đăng / published',
  scheduled: 'đã duyệt, chờ đăng / scheduled',
  withdrawn: 'đã gỡ / withdrawn',
}

export const guardEditableState: CollectionBeforeChangeHook = ({ data, operation, originalDoc, req }) => {
  if (operation !== 'update' || !req.context?.[USER_EDIT]) return data
  const state = (originalDoc?.workflowStatus ?? 'draft') as WorkflowState
  if (!EDITABLE_STATES.includes(state)) {
    throw new APIError(
      `Không sửa được khi đang ở trạng thái “${STATE_NAMES[state]}” / Cannot edit while the item is ${STATE_NAMES[state].split(' / ')[1]}`,
      409,
      { from: state },
      true,
    )
  }
  return data
}
