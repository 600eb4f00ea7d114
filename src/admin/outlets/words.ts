// The words of the outlet credentials panels (feed token, webhook secret) in the two admin languages.
type Words = { en: string; vi: string }

export const WORDS = {
  cancel: { en: 'Cancel', vi: 'Hủy' },
  copied: { en: 'Copied', vi: 'Đã chép' },
  copy: { en: 'Copy', vi: 'Sao chép' },
  copyFailed: { en: 'Could not copy: select the text and copy it by hand.', vi: 'Không chép được: hãy chọn và chép thủ công.' },
  feedHowTo: {
    en: 'Send the token with each request as "Authorization: Bearer <token>". For software that only takes an address, add ?token=<token> to it.',
    vi: 'Gửi mã kèm mỗi yêu cầu trong tiêu đề "Authorization: Bearer <mã>". Phần mềm chỉ nhận địa chỉ thì thêm ?token=<mã> vào cuối địa chỉ.',
  },
  feedUrls: { en: 'Feed addresses for the subscribed channels', vi: 'Địa chỉ nguồn tin của các kênh đã đăng ký' },
  includeToken: { en: 'Put the token in the addresses (?token=)', vi: 'Ghép mã vào địa chỉ (?token=)' },
  issue: { en: 'Issue new token', vi: 'Cấp mã mới' },
  issueConfirm: { en: 'Issue', vi: 'Cấp mã' },
  issueWarning: {
    en: 'The current token stops working at once: every newsroom system that uses it gets 401 until it is given the new one.',
    vi: 'Mã hiện tại ngừng hoạt động ngay lập tức: mọi hệ thống đang dùng mã này sẽ nhận lỗi 401 cho đến khi được nhập mã mới.',
  },
  issuedAt: { en: 'Current token issued', vi: 'Mã hiện tại cấp lúc' },
  networkError: { en: 'The server could not be reached.', vi: 'Không kết nối được với máy chủ.' },
  noChannels: { en: 'The outlet has no subscribed channels yet.', vi: 'Cơ quan chưa đăng ký kênh nào.' },
  noToken: { en: 'No token has been issued yet: the outlet cannot read its feeds.', vi: 'Chưa cấp mã: cơ quan chưa đọc được nguồn tin.' },
  noSecret: { en: 'No secret set: webhooks are not sent until one is.', vi: 'Chưa có khóa: webhook chưa được gửi cho đến khi đặt khóa.' },
  pasteLabel: { en: 'Paste existing secret', vi: 'Dán khóa có sẵn' },
  pasteHint: {
    en: 'A Standard Webhooks secret: "whsec_" followed by the base64 of 24–64 bytes.',
    vi: 'Khóa theo chuẩn Standard Webhooks: "whsec_" rồi đến chuỗi base64 của 24–64 byte.',
  },
  pasteSaved: { en: 'Webhook secret saved. It will not be shown.', vi: 'Đã lưu khóa bí mật webhook. Khóa sẽ không được hiển thị.' },
  save: { en: 'Save secret', vi: 'Lưu khóa' },
  saveFirst: {
    en: 'Save the outlet first; then its feed token and webhook secret can be issued here.',
    vi: 'Hãy lưu cơ quan nhận tin trước; sau đó có thể cấp mã truy cập và khóa bí mật webhook tại đây.',
  },
  secretGenerate: { en: 'Generate', vi: 'Tạo khóa mới' },
  secretGenerateConfirm: { en: 'Generate', vi: 'Tạo khóa' },
  secretGenerateWarning: {
    en: 'The current secret is replaced at once: the receiver must use the new one to verify the next webhooks.',
    vi: 'Khóa hiện tại bị thay ngay lập tức: bên nhận phải dùng khóa mới để xác minh các webhook tiếp theo.',
  },
  secretSetAt: { en: 'Secret last set', vi: 'Đặt khóa lần cuối lúc' },
  secretTitle: { en: 'Webhook secret', vi: 'Khóa bí mật webhook' },
  shownOnce: {
    en: 'Copy it now: it is shown only this once and cannot be read again (only a hash is kept).',
    vi: 'Hãy sao chép ngay: mã chỉ hiển thị một lần này và không xem lại được (hệ thống chỉ lưu bản băm).',
  },
  shownOnceSecret: {
    en: 'Copy it now and give it to the receiver: it is shown only this once.',
    vi: 'Hãy sao chép ngay và chuyển cho bên nhận: khóa chỉ hiển thị một lần này.',
  },
  status401: { en: 'Your session has ended: log in again.', vi: 'Phiên đăng nhập đã hết: hãy đăng nhập lại.' },
  status403: { en: 'Only administrators may do this.', vi: 'Chỉ quản trị viên được thực hiện thao tác này.' },
  status404: { en: 'This outlet no longer exists.', vi: 'Cơ quan nhận tin này không còn tồn tại.' },
  tokenTitle: { en: 'Feed token', vi: 'Mã truy cập nguồn tin' },
  working: { en: 'Working…', vi: 'Đang xử lý…' },
} satisfies Record<string, Words>

export type WordKey = keyof typeof WORDS
