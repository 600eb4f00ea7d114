// The password reset e-mail, in Vietnamese with the English below; the link uses the configured SERVER_URL, never the
// request's Host header (a forged Host would otherwise send the token to someone else's server).
import type { PayloadRequest } from 'payload'

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '"': '&quot;', '&': '&amp;', "'": '&#39;', '<': '&lt;', '>': '&gt;' })[c]!)

/** The admin page where the token is used. */
export const resetLink = (req: PayloadRequest, token: string): string =>
  `${req.payload.config.serverURL}${req.payload.config.routes.admin}/reset/${encodeURIComponent(token)}`

export const resetPasswordSubject = (): string => 'Nguồn: đặt lại mật khẩu / Reset your password'

export function resetPasswordHtml({ req, token, user }: { req?: PayloadRequest; token?: string; user?: unknown } = {}): string {
  const link = escapeHtml(resetLink(req!, token ?? ''))
  const name = escapeHtml(String((user as { name?: string } | undefined)?.name ?? ''))
  return [
    `<p>Xin chào ${name},</p>`,
    '<p>Có người (có thể là bạn) vừa yêu cầu đặt lại mật khẩu tài khoản Nguồn của bạn. Mở liên kết sau trong vòng một giờ để đặt mật khẩu mới:</p>',
    `<p><a href="${link}">${link}</a></p>`,
    '<p>Nếu bạn không yêu cầu, hãy bỏ qua thư này: mật khẩu của bạn không thay đổi.</p>',
    '<hr>',
    `<p lang="en">Hello ${name}, someone (probably you) asked to reset the password of your Nguồn account. Open the link above within an hour to choose a new password. If it was not you, ignore this e-mail: your password stays the same.</p>`,
  ].join('\n')
}
