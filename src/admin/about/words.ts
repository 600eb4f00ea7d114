// The About page's words in the two admin languages.
export const ABOUT_WORDS = {
  about: { en: 'About', vi: 'Giới thiệu' },
  aboutNguon: { en: 'About Nguồn', vi: 'Giới thiệu Nguồn' },
  database: { en: 'Database', vi: 'Cơ sở dữ liệu' },
  licence: { en: 'Licence', vi: 'Giấy phép' },
  licenceText: {
    en: 'Nguồn is free software: you may use, study, share and improve it under the GNU Affero General Public License, version 3 or later (AGPL-3.0-or-later).',
    vi: 'Nguồn là phần mềm tự do: được dùng, nghiên cứu, chia sẻ và cải tiến theo Giấy phép Công cộng GNU Affero, phiên bản 3 hoặc mới hơn (AGPL-3.0-or-later).',
  },
  licenceLink: { en: 'Full licence text', vi: 'Toàn văn giấy phép' },
  noticesLink: { en: 'Third-party notices', vi: 'Thông báo của bên thứ ba' },
  noticesText: {
    en: 'Nguồn is built with open-source packages (Payload, Next.js, espeak-ng and others); each keeps its own licence.',
    vi: 'Nguồn được xây dựng từ các gói mã nguồn mở (Payload, Next.js, espeak-ng và các gói khác); mỗi gói giữ giấy phép riêng.',
  },
  schemaBy: { en: 'schema last upgraded by Nguồn', vi: 'lược đồ được nâng cấp lần cuối bởi Nguồn' },
  source: { en: 'Source code', vi: 'Mã nguồn' },
  sourceText: {
    en: 'The complete source code of this version is in its release bundle and in the installation folder on the server; everyone who uses Nguồn over the network may ask the administrator for it.',
    vi: 'Toàn bộ mã nguồn của phiên bản này có trong gói phát hành và trong thư mục cài đặt trên máy chủ; ai sử dụng Nguồn qua mạng đều có thể đề nghị quản trị viên cung cấp.',
  },
  version: { en: 'Version', vi: 'Phiên bản' },
} as const
