// Wires the workflow UI into a content collection's admin by component path (no React here; the config imports it).
import type { CollectionConfig, Field, UIField } from 'payload'

import { label } from '../../i18n/label'

const component = (file: string, name = file) => `/src/admin/workflow/${file}#${name}`

/** The sidebar panel: state, actions, latest review note and history. */
export const workflowPanelField = (): UIField => ({
  name: 'workflowPanel',
  type: 'ui',
  label: label('Quy trình duyệt', 'Review workflow'),
  admin: { position: 'sidebar', components: { Field: component('WorkflowPanel') } },
})

/** Above the form: why an item in review, scheduled, withdrawn or live cannot be edited, and what makes it editable. */
export const workflowLockBannerField = (): UIField => ({
  name: 'workflowLockBanner',
  type: 'ui',
  admin: { components: { Field: component('WorkflowLockBanner') }, disableListColumn: true },
})

/** The list column of `workflowStatus` as a badge; other fields pass through unchanged. */
export const withWorkflowStatusCell = (fields: Field[]): Field[] =>
  fields.map((field) =>
    'name' in field && field.name === 'workflowStatus' && field.type === 'select'
      ? { ...field, admin: { ...field.admin, components: { ...field.admin?.components, Cell: component('WorkflowStatusCell') } } }
      : field,
  )

/** Edit-view controls: the workflow state replaces draft/published status; Publish and Unpublish are not offered. */
export const workflowEditComponents = (
  edit: NonNullable<NonNullable<CollectionConfig['admin']>['components']>['edit'] = {},
): NonNullable<NonNullable<CollectionConfig['admin']>['components']>['edit'] => ({
  ...edit,
  PublishButton: component('NoPublishButton'),
  Status: component('WorkflowStatus'),
  UnpublishButton: component('NoPublishButton'),
})
