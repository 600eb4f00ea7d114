// Validation of a pasted "whsec_" secret field (an outlet's webhook secret, a source's push secret).
import { describeSecretRefusal, parseWebhookSecret } from '../delivery/signature'

/** Empty, or a "whsec_" secret of 24–64 bytes; the message names the problem, never the value. */
export function validWebhookSecretOrEmpty(value: null | string | undefined): string | true {
  if (!value) return true
  try {
    parseWebhookSecret(value)
    return true
  } catch (err) {
    return describeSecretRefusal(err)
  }
}
