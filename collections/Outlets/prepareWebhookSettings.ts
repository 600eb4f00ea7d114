// Keeps the webhook bookkeeping honest when an admin edits an outlet: when the secret changed, and why a webhook is off.
import type { CollectionBeforeChangeHook } from 'payload'

import type { Outlet } from '../../src/payload-types'

export const prepareWebhookSettings: CollectionBeforeChangeHook<Outlet> = ({ data, originalDoc }) => {
  if (typeof data.webhookSecret === 'string' && data.webhookSecret && data.webhookSecret !== originalDoc?.webhookSecret) {
    data.webhookSecretSetAt = new Date().toISOString()
  }
  // Turning a webhook back on clears the reason it was turned off (e.g. a 410 from the receiver).
  if (data.webhookEnabled === true && originalDoc?.webhookEnabled === false) data.webhookDisabledReason = null
  return data
}
