// Wires the changed-origin banner into the collections items can be adapted into (no React here; the config imports it).
import type { UIField } from 'payload'

/** Above the form: whether the upstream item this one was adapted from changed or was withdrawn since. */
export const derivedOriginBannerField = (): UIField => ({
  name: 'derivedOriginBanner',
  type: 'ui',
  admin: { components: { Field: '/src/admin/incoming/DerivedOriginBanner#DerivedOriginBanner' }, disableListColumn: true },
})
