import { describe, expect, it } from 'vitest'

import type { Role } from '../../../src/access/roles'
import { homeSections } from '../../../src/admin/home/homeSections'

describe('home page sections by role', () => {
  it.each<[string, Role[], string[]]>([
    ['an editor', ['editor'], ['myWork']],
    ['a reviewer', ['reviewer'], ['queue']],
    ['the standing office (editor and reviewer)', ['editor', 'reviewer'], ['campaign', 'queue', 'myWork']],
    ['an admin', ['admin'], ['campaign', 'queue']],
    ['an admin who also edits', ['admin', 'editor'], ['campaign', 'queue', 'myWork']],
    ['a user with no role', [], []],
  ])('%s sees %j', (_who, roles, sections) => {
    expect(homeSections({ roles })).toEqual(sections)
  })

  it('shows nothing to nobody', () => {
    expect(homeSections(null)).toEqual([])
  })
})
