'use client'
// The "Campaign progress" link in the admin navigation, in the admin language.
import { useConfig, useTranslation } from '@payloadcms/ui'

export function CampaignProgressNavLink() {
  const { config } = useConfig()
  const { i18n } = useTranslation()
  return (
    <a className="nav__link" href={`${config.routes.admin}/campaign-progress`} id="nav-campaign-progress" style={{ marginTop: 'calc(var(--base) / 2)' }}>
      <span className="nav__link-label">{i18n.language === 'en' ? 'Campaign progress' : 'Tiến độ chiến dịch'}</span>
    </a>
  )
}
