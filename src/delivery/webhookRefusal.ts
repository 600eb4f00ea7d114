// What a refused webhook address is told: the admin saving the outlet (in their language), and the delivery record.

/** The recorded reason of a send that was refused before connecting; the same for every refused host and port. */
const SEND = 'refused: the webhook address is, or resolves to, a loopback, private, link-local or other non-public address (see NGUON_WEBHOOK_ALLOWED_HOSTS)'

const SAVE = {
  en: {
    internal:
      'The webhook address points to this server or an internal network (loopback, private, link-local, multicast or metadata address). Only public Internet addresses are accepted; the server operator may allow a host with NGUON_WEBHOOK_ALLOWED_HOSTS.',
    notHttp: 'Only http(s) webhook addresses are accepted.',
    notUrl: 'Not a valid webhook address.',
  },
  vi: {
    internal:
      'Địa chỉ webhook trỏ tới chính máy chủ này hoặc mạng nội bộ (loopback, mạng riêng, link-local, multicast hoặc địa chỉ metadata). Chỉ chấp nhận địa chỉ Internet công khai; người vận hành máy chủ có thể cho phép một máy bằng NGUON_WEBHOOK_ALLOWED_HOSTS.',
    notHttp: 'Địa chỉ webhook chỉ được dùng http(s).',
    notUrl: 'Địa chỉ webhook không hợp lệ.',
  },
} as const

export type WebhookRefusalReason = keyof (typeof SAVE)['en']

export const WEBHOOK_REFUSED = { save: SAVE, send: SEND } as const
