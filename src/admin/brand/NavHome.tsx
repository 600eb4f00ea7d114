'use client'
// The top of the navigation: Nguồn's name, and the pages of the day one click away (home, review queue, campaign progress).
import { useAuth, useConfig, useTranslation } from '@payloadcms/ui'
import { usePathname } from 'next/navigation'

import { canReview, type RoleHolder } from '../../access/roles'
import { NguonMark } from './Mark'

const WORDS = {
  campaignProgress: { en: 'Campaign progress', vi: 'Tiến độ chiến dịch' },
  home: { en: 'Home', vi: 'Trang chủ' },
  reviewQueue: { en: 'Review queue', vi: 'Hàng chờ duyệt' },
}

export function NavHome() {
  const { user } = useAuth()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const pathname = usePathname()
  const language = i18n.language === 'en' ? 'en' : 'vi'
  const admin = config.routes.admin
  const links = [
    { href: admin, id: 'nav-home', text: WORDS.home[language] },
    ...(canReview(user as null | RoleHolder) ? [{ href: `${admin}/review-queue`, id: 'nav-review-queue', text: WORDS.reviewQueue[language] }] : []),
    { href: `${admin}/campaign-progress`, id: 'nav-campaign-progress', text: WORDS.campaignProgress[language] },
  ]
  return (
    <div className="nguon-nav-home" data-testid="nav-home">
      <a className="nguon-nav-home__brand" href={admin}>
        <NguonMark size={22} />
        <span>Nguồn</span>
      </a>
      {links.map((link) => (
        <a aria-current={pathname === link.href ? 'page' : undefined} className="nav__link" href={link.href} id={link.id} key={link.id}>
          <span className="nav__link-label">{link.text}</span>
        </a>
      ))}
    </div>
  )
}
