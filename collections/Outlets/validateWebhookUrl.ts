// Field validator: a webhook URL must be http(s) and point, as it stands and through DNS now, to public addresses only
// (or to hosts the operator allowed); the sender checks again before every attempt.
import type { TextFieldSingleValidation } from 'payload'

import { WEBHOOK_REFUSED } from '../../src/delivery/webhookRefusal'
import { resolveWhileSaving } from '../../src/delivery/resolveWhileSaving'
import { allowedWebhookHosts, resolveWebhookTarget } from '../../src/delivery/webhookTarget'

export const validateWebhookUrl: TextFieldSingleValidation = async (value, { req }) => {
  if (!value) return true
  const target = await resolveWebhookTarget({ allowed: allowedWebhookHosts(), resolve: resolveWhileSaving, url: value })
  if (target.kind !== 'refused') return true
  return WEBHOOK_REFUSED.save[req?.i18n?.language === 'en' ? 'en' : 'vi'][target.reason]
}
