/** Field validator: empty, or an absolute http(s) URL (no javascript:, data: or relative links in sourced material). */
export function httpUrlOrEmpty(value: null | string | undefined): string | true {
  if (!value) return true
  try {
    const url = new URL(value)
    return url.protocol === 'https:' || url.protocol === 'http:' ? true : 'Chỉ chấp nhận http(s) / Only http(s) URLs'
  } catch {
    return 'Đường dẫn không hợp lệ / Not a valid URL'
  }
}
