// An outlet that received webhooks keeps its delivery record: deleting it is refused (409); switching it off is the way.
import type { CollectionBeforeDeleteHook } from 'payload'

import { Refusal } from '../../src/workflow/refusal'

export const OUTLET_HAS_DELIVERIES =
  'Cơ quan nhận tin này đã có lịch sử gửi tin; hãy bỏ chọn "Đang hoạt động" thay vì xoá / ' +
  'This outlet has a delivery history; untick "Active" instead of deleting it'

export const refuseDeletingOutletWithDeliveries: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const { totalDocs } = await req.payload.count({ collection: 'deliveries', overrideAccess: true, req, where: { outlet: { equals: id } } })
  if (totalDocs > 0) throw new Refusal(OUTLET_HAS_DELIVERIES, 409, null)
}
