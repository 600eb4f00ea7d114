'use client'
// The "Review queue" link in the admin navigation, for those who review.
import { useAuth, useConfig, useTranslation } from '@payloadcms/ui'

import { canReview, type RoleHolder } from '../../access/roles'
import { uiLanguage, WORDS } from './words'

export function ReviewQueueNavLink() {
  const { user } = useAuth()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  if (!canReview(user as null | RoleHolder)) return null
  return (
    <a className="nav__link" href={`${config.routes.admin}/review-queue`} id="nav-review-queue" style={{ marginTop: 'calc(var(--base) / 2)' }}>
      <span className="nav__link-label">{WORDS.reviewQueue[uiLanguage(i18n.language)]}</span>
    </a>
  )
}
