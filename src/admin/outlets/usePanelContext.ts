// What both outlet credential panels need to know: which outlet, in which language, and whether the user is an admin.
import { useAuth, useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'

import { isAdminUser, type RoleHolder } from '../../access/roles'
import { uiLanguage } from '../workflow/words'

export function usePanelContext() {
  const { data, id } = useDocumentInfo()
  const { user } = useAuth()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  return {
    apiRoute: config.routes.api,
    id,
    isAdmin: isAdminUser(user as null | RoleHolder),
    language: uiLanguage(i18n.language),
    savedData: data as undefined | { channels?: null | string[] },
    serverURL: config.serverURL || (typeof window === 'undefined' ? '' : window.location.origin),
  }
}
