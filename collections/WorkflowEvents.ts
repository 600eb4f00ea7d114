import type { CollectionConfig } from 'payload'

import { APIError } from 'payload'

import { isAuthenticated } from '../src/access/isAuthenticated'
import { EVENT_WORDS, STATE_WORDS } from '../src/admin/workflow/words'
import { WORKFLOW_STATES } from '../src/content/vocabulary'
import { CONTENT_TYPE_OPTIONS } from '../src/fields/audience'
import { label } from '../src/i18n/label'
import { WORKFLOW_ACTIONS } from '../src/workflow/stateMachine'

const STATE_OPTIONS = WORKFLOW_STATES.map((value) => ({ label: STATE_WORDS[value], value }))
const REVIEWED_TYPE_OPTIONS = [...CONTENT_TYPE_OPTIONS, { label: label('Bản tin loa', 'Loudspeaker bulletin'), value: 'bulletins' }]

const refuseChange = () => {
  throw new APIError('Nhật ký duyệt không thể sửa hoặc xóa / Workflow events cannot be changed or deleted', 403, undefined, true)
}

/** The audit trail: one event per workflow decision, written by the server in the decision's transaction. */
export const WorkflowEvents: CollectionConfig<'workflow-events'> = {
  slug: 'workflow-events',
  labels: { plural: label('Nhật ký duyệt', 'Workflow events'), singular: label('Sự kiện duyệt', 'Workflow event') },
  admin: {
    defaultColumns: ['at', 'itemCollection', 'itemId', 'action', 'from', 'to', 'actorName'],
    group: label('Quản trị', 'Administration'),
    useAsTitle: 'action',
  },
  defaultSort: '-at',
  access: {
    create: () => false,
    delete: () => false,
    read: isAuthenticated,
    update: () => false,
  },
  hooks: {
    beforeChange: [({ operation }) => (operation === 'update' ? refuseChange() : undefined)],
    beforeDelete: [refuseChange],
  },
  fields: [
    { name: 'itemCollection', type: 'select', required: true, index: true, options: REVIEWED_TYPE_OPTIONS, label: label('Loại nội dung', 'Collection') },
    { name: 'itemId', type: 'text', required: true, index: true, label: label('Mã tin bài', 'Item ID') },
    { name: 'version', type: 'number', label: label('Phiên bản', 'Version') },
    { name: 'action', type: 'select', required: true, index: true, options: ([...WORKFLOW_ACTIONS, 'publish'] as const).map((value) => ({ label: EVENT_WORDS[value], value })), label: label('Thao tác', 'Action') },
    { name: 'from', type: 'select', required: true, options: STATE_OPTIONS, label: label('Từ trạng thái', 'From') },
    { name: 'to', type: 'select', required: true, options: STATE_OPTIONS, label: label('Sang trạng thái', 'To') },
    { name: 'actor', type: 'relationship', relationTo: 'users', required: true, index: true, label: label('Người thực hiện', 'Actor') },
    {
      name: 'actorName',
      type: 'text',
      label: label('Tên người thực hiện', 'Actor name'),
      admin: { description: label('Ghi lại tại thời điểm quyết định.', 'As it was at the time of the decision.') },
    },
    { name: 'note', type: 'textarea', label: label('Ghi chú', 'Note') },
    { name: 'at', type: 'date', required: true, index: true, label: label('Thời điểm', 'At'), admin: { date: { displayFormat: 'dd/MM/yyyy HH:mm', pickerAppearance: 'dayAndTime', timeFormat: 'HH:mm' } } },
  ],
}
