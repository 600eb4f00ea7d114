// Field validator: a source URL must be http(s) and point, as it stands and through DNS now, to public addresses only
// (or to hosts listed in NGUON_SOURCE_ALLOWED_HOSTS); the fetcher checks again at every poll and every redirect.
import type { TextFieldSingleValidation } from 'payload'

import { resolveWhileSaving } from '../../src/delivery/resolveWhileSaving'
import { resolveWebhookTarget } from '../../src/delivery/webhookTarget'
import { allowedSourceHosts } from '../../src/ingest/fetchUpstream'

const REFUSED = {
  en: {
    internal:
      'The source address points to this server or an internal network (loopback, private, link-local, multicast or metadata address). Only public Internet addresses are accepted; the server operator may allow a host with NGUON_SOURCE_ALLOWED_HOSTS.',
    notHttp: 'Only http(s) source addresses are accepted.',
    notUrl: 'Not a valid source address.',
  },
  vi: {
    internal:
      'Địa chỉ nguồn trỏ tới chính máy chủ này hoặc mạng nội bộ (loopback, mạng riêng, link-local, multicast hoặc địa chỉ metadata). Chỉ chấp nhận địa chỉ Internet công khai; người vận hành máy chủ có thể cho phép một máy bằng NGUON_SOURCE_ALLOWED_HOSTS.',
    notHttp: 'Địa chỉ nguồn chỉ được dùng http(s).',
    notUrl: 'Địa chỉ nguồn không hợp lệ.',
  },
} as const

export const validateSourceUrl: TextFieldSingleValidation = async (value, { previousValue, req }) => {
  const language = req?.i18n?.language === 'en' ? 'en' : 'vi'
  if (!value) return REFUSED[language].notUrl
  // An unchanged address is not looked up again on every save (the poll's status writes): the fetcher checks it anyway.
  if (value === previousValue) return true
  const target = await resolveWebhookTarget({ allowed: allowedSourceHosts(), resolve: resolveWhileSaving, url: value })
  if (target.kind !== 'refused') return true
  return REFUSED[language][target.reason]
}
