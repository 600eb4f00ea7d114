// Payload email adapter: SMTP when SMTP_URL is set, otherwise the message is written to the log (development).
import type { EmailAdapter, SendEmailOptions } from 'payload'

export type SentEmail = { html?: string; subject: string; text?: string; to: string[] }

/** The most recent messages, newest last: what tests and the development console read. */
export const outbox: SentEmail[] = []
const OUTBOX_LIMIT = 200

const recipients = (to: SendEmailOptions['to']): string[] => {
  const list = (Array.isArray(to) ? to : to ? [to] : []).flat() as unknown[]
  return list.map((entry) => (typeof entry === 'string' ? entry : String((entry as { address?: string }).address ?? '')))
}

export const nguonEmailAdapter =
  ({ fromAddress, smtpUrl }: { fromAddress: string; smtpUrl?: string }): EmailAdapter =>
  ({ payload }) => ({
    name: smtpUrl ? 'smtp' : 'console',
    defaultFromAddress: fromAddress,
    defaultFromName: 'Nguồn',
    sendEmail: async (message) => {
      const sent: SentEmail = {
        html: typeof message.html === 'string' ? message.html : undefined,
        subject: message.subject ?? '',
        text: typeof message.text === 'string' ? message.text : undefined,
        to: recipients(message.to),
      }
      outbox.push(sent)
      if (outbox.length > OUTBOX_LIMIT) outbox.shift()
      if (smtpUrl) {
        // Sent in the background: Payload's forgot-password waits for the e-mail inside its transaction (on SQLite, the
        // write lock), so a slow or unreachable mail server would hold up every write, and tell by its delay that the
        // address has an account. A failure is logged.
        void import('nodemailer')
          .then(({ createTransport }) => createTransport(smtpUrl).sendMail({ from: `Nguồn <${fromAddress}>`, ...message }))
          .catch((err: unknown) => payload.logger.error({ err, msg: `Sending the e-mail "${sent.subject}" failed`, to: sent.to.join(', ') }))
        return sent
      }
      payload.logger.info({ msg: `Email (console): ${sent.subject}`, to: sent.to.join(', ') })
      return sent
    },
  })
