// Remembers who wrote the version awaiting a decision (for four-eyes), and turns an edit of a published item into a correction draft.
import type { CollectionBeforeChangeHook } from 'payload'

import { idOf } from '../src/access/roles'
import { USER_EDIT } from './keepPublishingInWorkflow'

type Id = number | string

export const recordEditor: CollectionBeforeChangeHook = ({ data, operation, originalDoc, req }) => {
  if (!req.context?.[USER_EDIT] || !req.user) return data
  const me = req.user.id as Id
  if (operation === 'create') {
    data.editedBy = [me]
    data.workflowStatus = 'draft'
    return data
  }
  const isCorrection = originalDoc?.workflowStatus === 'published'
  const previous = isCorrection ? [] : ((originalDoc?.editedBy ?? []) as ({ id: Id } | Id)[]).map((e) => idOf(e) as Id)
  data.editedBy = [...new Set([...previous.map(String), String(me)])].map((id) => (typeof me === 'number' ? Number(id) : id))
  if (isCorrection) data.workflowStatus = 'draft'
  return data
}
