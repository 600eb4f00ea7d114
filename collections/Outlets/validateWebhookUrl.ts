// Field validator: a webhook URL must be http(s) and point, as it stands and through DNS now, to public addresses only
// (or to hosts the operator allowed); the sender checks again before every attempt.
import type { TextFieldSingleValidation } from 'payload'

import { WEBHOOK_REFUSED } from '../../src/delivery/webhookRefusal'
import { allowedWebhookHosts, resolveWebhookTarget, type ResolveAll } from '../../src/delivery/webhookTarget'
import { lookup } from 'node:dns/promises'

/** How long saving waits for DNS; a name that does not answer in time is saved and checked again at every send. */
const SAVE_DNS_TIMEOUT_MS = 3_000

const resolveBriefly: ResolveAll = (hostname) =>
  Promise.race([
    lookup(hostname, { all: true, verbatim: true }),
    new Promise<never>((_resolve, reject) => setTimeout(() => reject(new Error('DNS timeout')), SAVE_DNS_TIMEOUT_MS).unref()),
  ])

export const validateWebhookUrl: TextFieldSingleValidation = async (value, { req }) => {
  if (!value) return true
  const target = await resolveWebhookTarget({ allowed: allowedWebhookHosts(), resolve: resolveBriefly, url: value })
  if (target.kind !== 'refused') return true
  return WEBHOOK_REFUSED.save[req?.i18n?.language === 'en' ? 'en' : 'vi'][target.reason]
}
