// The last entry of the admin navigation: "About · Nguồn 0.2.0", so the version is always one glance away.
import type { I18nClient } from '@payloadcms/translations'
import type { Payload } from 'payload'

import { APP_VERSION } from '../../release/version'
import { uiLanguage } from '../workflow/words'
import { ABOUT_WORDS } from './words'

export function AboutNavLink({ i18n, payload }: { i18n: I18nClient; payload: Payload }) {
  const language = uiLanguage(i18n?.language)
  return (
    <a className="nav__link nguon-about-link" data-testid="nav-about" href={`${payload.config.routes.admin}/about`} id="nav-about">
      <span className="nav__link-label">{`${ABOUT_WORDS.about[language]} · Nguồn ${APP_VERSION}`}</span>
    </a>
  )
}
