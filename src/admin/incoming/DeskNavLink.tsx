'use client'
// "Tin đến" in the navigation, under the heading of the "Tin đầu vào" group, for the staff who read the desk.
import { useAuth, useConfig, useTranslation } from '@payloadcms/ui'
import { usePathname } from 'next/navigation'

import { hasRole, ROLES, type RoleHolder } from '../../access/roles'
import { uiLanguage } from '../workflow/words'
import { DESK_WORDS } from './words'

export function DeskNavLink() {
  const { user } = useAuth()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const pathname = usePathname()
  if (!ROLES.some((role) => hasRole(user as null | RoleHolder, role))) return null
  const language = uiLanguage(i18n.language)
  const href = `${config.routes.admin}/tin-den`
  return (
    <a aria-current={pathname === href ? 'page' : undefined} className="nav__link nguon-desk-link" data-testid="nav-desk" href={href} id="nav-desk">
      <span className="nav__link-label">
        {DESK_WORDS.desk[language]} <span className="nguon-home__meta">· {DESK_WORDS.group[language]}</span>
      </span>
    </a>
  )
}
