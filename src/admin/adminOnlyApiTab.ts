// Hides the document's "API" tab from everyone but admins: editors and reviewers have no use for raw JSON and REST URLs.
import type { CollectionConfig, GlobalConfig } from 'payload'

import { isAdminUser } from '../access/roles'

type Admin = { components?: { views?: { edit?: Record<string, unknown> } } }

/** The collection or global with its API tab shown only to admins (Payload's `hideAPIURL` still hides it from them too). */
export function withAdminOnlyApiTab<T extends CollectionConfig | GlobalConfig>(config: T): T {
  const admin = (config.admin ?? {}) as Admin
  const edit = admin.components?.views?.edit ?? {}
  const api = (edit.api ?? {}) as { tab?: Record<string, unknown> }
  const hiddenByConfig = Boolean((config.admin as { hideAPIURL?: boolean } | undefined)?.hideAPIURL)
  return {
    ...config,
    admin: {
      ...config.admin,
      components: {
        ...admin.components,
        views: {
          ...admin.components?.views,
          edit: {
            ...edit,
            api: { ...api, tab: { ...api.tab, condition: ({ req }: { req: { user?: unknown } }) => !hiddenByConfig && isAdminUser(req.user as never) } },
          },
        },
      },
    },
  } as T
}
