// Tells people about workflow decisions by email: reviewers when work is submitted, authors when it is decided.
import type { Payload } from 'payload'

import type { ContentCollection, WorkflowState } from '../content/vocabulary'
import { canReview, idOf, isAdminUser } from '../access/roles'
import type { WorkflowActor } from './permissions'
import { reviewsUnit } from './permissions'
import type { WorkflowAction } from './stateMachine'

type Id = number | string
type Person = WorkflowActor & { email: string; name?: string }

const SUBJECTS: Record<WorkflowAction, string> = {
  approve: 'Đã duyệt / Approved',
  recall: 'Biên tập viên đã rút lại, không cần duyệt / Recalled by its editor, no review needed',
  reopen: 'Mở lại thành bản nháp / Reopened as a draft',
  'request-changes': 'Yêu cầu sửa / Changes requested',
  submit: 'Có tin bài chờ duyệt / Submitted for review',
  withdraw: 'Đã gỡ / Withdrawn',
}

export async function notifyAfterDecision({
  action,
  actor,
  collection,
  item,
  note,
  payload,
  to,
}: {
  action: WorkflowAction
  actor: WorkflowActor
  collection: ContentCollection
  item: { author?: unknown; editedBy?: unknown; id: Id; unit?: unknown; [key: string]: unknown }
  note?: string
  payload: Payload
  to: WorkflowState
}): Promise<void> {
  try {
    const title = String(item.title ?? item.headline ?? item.text ?? `#${item.id}`).slice(0, 140)
    const { docs } = await payload.find({ collection: 'users', depth: 0, limit: 500, overrideAccess: true, pagination: false })
    // Deactivated people (who left) are told nothing.
    const people = (docs as unknown as (Person & { active?: boolean | null })[]).filter((p) => p.active !== false)
    const unit = idOf(item.unit as never)
    const recipients =
      action === 'submit' || action === 'recall'
        ? people.filter((p) => canReview(p) && !isAdminUser(p) && reviewsUnit(p, unit))
        : people.filter((p) => [idOf(item.author as never), ...((item.editedBy as never[]) ?? []).map((e) => idOf(e))].some((id) => String(id) === String(p.id)))
    const addresses = recipients.filter((p) => String(p.id) !== String(actor.id)).map((p) => p.email)
    if (!addresses.length) return
    const link = `${payload.config.serverURL}/admin/collections/${collection}/${item.id}`
    await payload.sendEmail({
      subject: `[Nguồn] ${SUBJECTS[action]}: ${title}`,
      text: [`${SUBJECTS[action]} → ${to}`, title, note ? `Ghi chú / Note: ${note}` : '', link].filter(Boolean).join('\n\n'),
      to: addresses,
    })
  } catch (err) {
    payload.logger.error({ err, msg: 'Workflow notification failed' })
  }
}
