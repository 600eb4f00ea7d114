import type { CollectionConfig } from 'payload'

import { label } from '../../src/i18n/label'

const nobody = () => false

/**
 * The `webhook-id`s a source's pushes arrived with (POST /ingest/{sourceId}): a delivery retried or replayed is taken
 * once. Written by the push endpoint only; nobody reads or writes them through the API.
 */
export const IngestReceipts: CollectionConfig<'ingest-receipts'> = {
  slug: 'ingest-receipts',
  labels: { plural: label('Biên nhận tin đẩy', 'Push receipts'), singular: label('Biên nhận tin đẩy', 'Push receipt') },
  admin: { hidden: true },
  access: { create: nobody, delete: nobody, read: nobody, update: nobody },
  indexes: [{ fields: ['source', 'webhookId'], unique: true }],
  fields: [
    { name: 'source', type: 'relationship', relationTo: 'sources', required: true, index: true },
    { name: 'webhookId', type: 'text', required: true },
    { name: 'receivedAt', type: 'date', required: true, index: true },
  ],
}
