// The media-field table (src/media/mediaUse.ts) against the real configuration: every upload field of a reviewed collection is in it.
import type { Field } from 'payload'

import { describe, expect, it } from 'vitest'

import { REVIEWED_COLLECTIONS } from '../../../src/content/vocabulary'
import { MEDIA_FIELDS } from '../../../src/media/mediaUse'

function uploadFields(fields: Field[], prefix = ''): string[] {
  return fields.flatMap((field) => {
    const named = 'name' in field ? `${prefix}${field.name}` : prefix.replace(/\.$/, '')
    if (field.type === 'upload' || (field.type === 'relationship' && [field.relationTo].flat().includes('media'))) return [named]
    if ('fields' in field && Array.isArray(field.fields)) return uploadFields(field.fields, 'name' in field ? `${named}.` : prefix)
    if (field.type === 'tabs') return field.tabs.flatMap((tab) => uploadFields(tab.fields, 'name' in tab ? `${prefix}${tab.name}.` : prefix))
    if (field.type === 'blocks') return field.blocks.flatMap((block) => uploadFields(block.fields, `${named}.`))
    return []
  })
}

describe('media fields', () => {
  it('lists exactly the upload fields of every reviewed collection, and rich text has no upload feature', async () => {
    process.env.PAYLOAD_SECRET ??= 'unit-test-secret-unit-test-secret-xx'
    const { default: configPromise } = await import('../../../payload.config')
    const config = await configPromise
    for (const slug of REVIEWED_COLLECTIONS) {
      const collection = config.collections.find((c) => c.slug === slug)!
      expect(uploadFields(collection.fields).sort(), slug).toEqual([...MEDIA_FIELDS[slug]].sort())
    }
    const editor = config.editor as unknown as { features?: { key: string }[]; resolvedFeatureMap?: Map<string, unknown> }
    const keys = editor.resolvedFeatureMap ? [...editor.resolvedFeatureMap.keys()] : (editor.features ?? []).map((f) => f.key)
    expect(keys.length).toBeGreaterThan(5)
    expect(keys).not.toContain('upload')
    expect(keys).not.toContain('relationship')
  })
})
