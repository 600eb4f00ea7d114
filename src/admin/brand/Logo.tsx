// The login page's logo: Nguồn's mark and name, with what it is for, in the admin language.
import type { ServerProps } from 'payload'

import { NguonMark } from './Mark'

const TAGLINE = {
  en: 'Information campaigns of the province: write, review, send out',
  vi: 'Nội dung tuyên truyền của tỉnh: soạn thảo, duyệt, phát hành',
}

export function NguonLogo({ i18n }: Partial<ServerProps>) {
  const language = i18n?.language === 'en' ? 'en' : 'vi'
  return (
    <div className="nguon-logo" data-testid="nguon-logo">
      <NguonMark size={56} />
      <div>
        <div className="nguon-logo__name">Nguồn</div>
        <div className="nguon-logo__tagline">{TAGLINE[language]}</div>
      </div>
    </div>
  )
}
