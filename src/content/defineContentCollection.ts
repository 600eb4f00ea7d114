// Gives each of the four content collections the shared fields, access rules, hooks and versioning.
import type { CollectionConfig, Field } from 'payload'

import { bumpFeedGeneration } from '../../hooks/bumpFeedGeneration'
import { guardContentDelete, guardContentWrite } from '../../hooks/guardContentWrite'
import { guardDerivedFrom } from '../../hooks/guardDerivedFrom'
import { markUserWrite } from '../../hooks/markUserWrite'
import { canCreateContent } from '../access/canCreateContent'
import { isAdmin } from '../access/isAdmin'
import { ownUnitOrAdmin } from '../access/ownUnitOrAdmin'
import { ownUnitVersionsOrReviewer } from '../access/ownUnitVersionsOrReviewer'
import { publishedOrOwnUnit } from '../access/publishedOrOwnUnit'
import { derivedOriginBannerField } from '../admin/incoming/derivedOriginBanner'
import { withWorkflowStatusCell, workflowEditComponents, workflowLockBannerField, workflowPanelField } from '../admin/workflow/contentAdmin'
import { broadcastPriorityField } from '../audio/broadcastPriorityField'
import { audiencesField, channelsField } from '../fields/audience'
import { derivedFromField } from '../fields/derivedFrom'
import { campaignField, unitField } from '../fields/relations'
import { topicsField } from '../fields/topics'
import { authorField, scheduleFields, workflowRecordFields, workflowStatusField } from '../fields/workflow'
import { upstreamChangeEndpoint } from '../ingest/upstreamChangeEndpoint'
import { indexForSearch, removeFromSearch } from '../search/indexItem'
import { searchInListViews } from '../search/listSearch'
import { workflowEndpoint } from '../workflow/endpoint'
import type { ContentCollection, DerivableCollection } from './vocabulary'

type ContentCollectionArgs = Omit<CollectionConfig, 'fields'> & {
  fields: Field[]
  /** Which field and value mark an item as meant for the public (briefs use their distribution). */
  publicAudience?: { field: string; value: string }
  /** Whether items can be adapted from the incoming desk (they then record where from: src/fields/derivedFrom.ts). */
  derivable?: boolean
}

export const sharedContentFields = (): Field[] => [
  workflowStatusField(),
  campaignField(),
  unitField(),
  audiencesField(),
  channelsField(),
  broadcastPriorityField(),
  topicsField(),
  ...scheduleFields(),
  authorField(),
  ...workflowRecordFields(),
]

export function defineContentCollection({ derivable = false, publicAudience, ...config }: ContentCollectionArgs): CollectionConfig {
  const hooks = config.hooks ?? {}
  return {
    ...config,
    access: {
      create: canCreateContent,
      delete: isAdmin,
      read: publishedOrOwnUnit(publicAudience),
      readVersions: ownUnitVersionsOrReviewer,
      update: ownUnitOrAdmin,
      ...config.access,
    },
    admin: {
      defaultColumns: ['workflowStatus', 'unit', 'updatedAt'],
      // The list's search box searches the title; src/search/listSearch.ts widens it to the search index.
      listSearchableFields: config.admin?.useAsTitle ? [config.admin.useAsTitle] : [],
      ...config.admin,
      // Admin UI of the workflow: the only way to publish is the workflow panel.
      components: { ...config.admin?.components, edit: workflowEditComponents(config.admin?.components?.edit) },
    },
    endpoints: [
      ...(config.endpoints || []),
      workflowEndpoint(config.slug as ContentCollection),
      // Adapted items tell the admin's banner whether their origin moved (src/ingest/derivedChanges.ts).
      ...(derivable ? [upstreamChangeEndpoint(config.slug as DerivableCollection)] : []),
    ],
    fields: [workflowLockBannerField(), ...(derivable ? [derivedOriginBannerField()] : []), workflowPanelField(), ...config.fields, ...withWorkflowStatusCell(sharedContentFields()), ...(derivable ? [derivedFromField()] : [])],
    hooks: {
      ...hooks,
      // The write guard decides first (src/workflow/writeRules.ts), before any collection hook does work on the data.
      // An adapted item's origin stays what the adapt endpoint wrote, whatever an update or a restore brings.
      beforeChange: [guardContentWrite, ...(derivable ? [guardDerivedFrom] : []), ...(hooks.beforeChange ?? [])],
      beforeDelete: [guardContentDelete, ...(hooks.beforeDelete ?? [])],
      // The search index is written in the write's transaction: approved means findable when it commits.
      afterChange: [...(hooks.afterChange ?? []), bumpFeedGeneration, indexForSearch],
      afterDelete: [...(hooks.afterDelete ?? []), bumpFeedGeneration, removeFromSearch],
      beforeOperation: [markUserWrite, ...(hooks.beforeOperation ?? []), searchInListViews],
    },
    versions: { drafts: true, maxPerDoc: 100 },
  }
}
