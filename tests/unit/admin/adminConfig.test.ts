import type { CollectionConfig } from 'payload'
import { describe, expect, it } from 'vitest'

import { withAdminOnlyApiTab } from '../../../src/admin/adminOnlyApiTab'
import { initialsOf } from '../../../src/admin/brand/initials'
import { withContentLanguageAids } from '../../../src/admin/contentLanguage/withContentLanguageAids'

type TabCondition = (args: { req: { user: unknown } }) => boolean
const apiTabCondition = (config: CollectionConfig) =>
  (config.admin?.components?.views?.edit as { api: { tab: { condition: TabCondition } } }).api.tab.condition

describe('the API tab', () => {
  const articles: CollectionConfig = { fields: [{ name: 'title', type: 'text' }], slug: 'articles' }

  it.each([
    ['an admin', { roles: ['admin'] }, true],
    ['an editor', { roles: ['editor'] }, false],
    ['a reviewer', { roles: ['reviewer'] }, false],
    ['nobody', null, false],
  ])('is shown to %s: %s', (_who, user, shown) => {
    expect(apiTabCondition(withAdminOnlyApiTab(articles))({ req: { user } })).toBe(shown)
  })

  it('stays hidden from admins too where the collection hides its API URL', () => {
    const hidden = withAdminOnlyApiTab({ ...articles, admin: { hideAPIURL: true } })
    expect(apiTabCondition(hidden)({ req: { user: { roles: ['admin'] } } })).toBe(false)
  })

  it("keeps the collection's other edit views", () => {
    const withView = withAdminOnlyApiTab({ ...articles, admin: { components: { views: { edit: { versions: { tab: { order: 1 } } } } } } } as CollectionConfig)
    expect((withView.admin?.components?.views?.edit as Record<string, unknown>).versions).toEqual({ tab: { order: 1 } })
  })
})

describe('content-language aids', () => {
  it('add the banner first and the Vietnamese-fallback title cell to a collection with translated fields', () => {
    const aided = withContentLanguageAids({
      admin: { useAsTitle: 'title' },
      fields: [
        { localized: true, name: 'title', type: 'text' },
        { name: 'code', type: 'text' },
      ],
      slug: 'articles',
    })
    expect(aided.fields.map((field) => ('name' in field ? field.name : ''))).toEqual(['contentLanguageBanner', 'title', 'code'])
    const title = aided.fields[1] as { admin: { components: { Cell: string } } }
    expect(title.admin.components.Cell).toMatch(/VietnameseFallbackTitleCell$/)
  })

  it('leave a collection without translated fields alone', () => {
    const plain: CollectionConfig = { fields: [{ name: 'email', type: 'email' }], slug: 'users' }
    expect(withContentLanguageAids(plain)).toBe(plain)
  })

  it('find translated fields inside rows and arrays', () => {
    const nested = withContentLanguageAids({ fields: [{ fields: [{ localized: true, name: 'point', type: 'text' }], name: 'points', type: 'array' }], slug: 'x' })
    expect(nested.fields[0]).toMatchObject({ name: 'contentLanguageBanner', type: 'ui' })
  })
})

describe('avatar initials', () => {
  it.each([
    ['Biên tập viên Sở TT&TT', 'editor@nguon.local', 'BT'],
    ['Chánh Văn phòng Thường trực', 'chief@nguon.local', 'CT'],
    ['Đạt', 'dat@nguon.local', 'ĐẠ'],
    ['', 'quan.tri@nguon.local', 'Q'],
    [null, null, '?'],
  ])('of %o <%s> are %s', (name, email, initials) => {
    expect(initialsOf(name, email)).toBe(initials)
  })
})
