// Deleting a source deletes what its desk holds from it and the receipts of its pushes, in the same transaction: a desk
// row always names its source.
import type { CollectionBeforeDeleteHook } from 'payload'

export const deleteIncomingOfSource: CollectionBeforeDeleteHook = async ({ id, req }) => {
  await req.payload.delete({ collection: 'incoming', overrideAccess: true, req, where: { source: { equals: id } } })
  await req.payload.delete({ collection: 'ingest-receipts', overrideAccess: true, req, where: { source: { equals: id } } })
}
