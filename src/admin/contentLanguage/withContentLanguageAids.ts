// Gives every collection with translated fields the content-language banner above its form, and a list title that
// falls back to Vietnamese; collections without translated fields are returned unchanged.
import type { CollectionConfig, Field } from 'payload'

const BANNER = '/src/admin/contentLanguage/ContentLanguageBanner#ContentLanguageBanner'
const TITLE_CELL = '/src/admin/contentLanguage/VietnameseFallbackTitleCell#VietnameseFallbackTitleCell'

const hasLocalized = (fields: Field[]): boolean =>
  fields.some((field) => ('localized' in field && field.localized) || ('fields' in field && Array.isArray(field.fields) && hasLocalized(field.fields as Field[])))

export function withContentLanguageAids(collection: CollectionConfig): CollectionConfig {
  if (!hasLocalized(collection.fields)) return collection
  const titleField = collection.admin?.useAsTitle
  const fields = collection.fields.map((field): Field => {
    if (!('name' in field) || field.name !== titleField || !('localized' in field && field.localized)) return field
    return { ...field, admin: { ...field.admin, components: { ...(field.admin as { components?: object })?.components, Cell: TITLE_CELL } } } as Field
  })
  const banner: Field = { name: 'contentLanguageBanner', type: 'ui', admin: { components: { Field: BANNER }, disableListColumn: true } }
  return { ...collection, fields: [banner, ...fields] }
}
