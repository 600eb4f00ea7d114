// Whose unpublished work a user may read, and the search scope built on it: every role, with and without review units.
import { describe, expect, it } from 'vitest'

import { readableUnits } from '../../../src/access/readableUnits'
import { searchScope } from '../../../src/search/searchScope'

describe('readableUnits', () => {
  it.each([
    ['nobody', null, []],
    ['an editor', { id: 1, roles: ['editor'], unit: 3 }, [3]],
    ['an editor given as a populated unit', { id: 1, roles: ['editor'], unit: { id: 3 } }, [3]],
    ['an editor without a unit', { id: 1, roles: ['editor'] }, []],
    ['an editor with review units but no reviewer role', { id: 1, reviewUnits: [4, 5], roles: ['editor'], unit: 3 }, [3]],
    ['a reviewer of some units', { id: 2, reviewUnits: [4, { id: 5 }], roles: ['reviewer'] }, [4, 5]],
    ['an editor who reviews units, their own among them', { id: 3, reviewUnits: [3, '3', 6], roles: ['editor', 'reviewer'], unit: 3 }, [3, 6]],
    ['a reviewer whose only review unit is empty', { id: 2, reviewUnits: [null], roles: ['reviewer'] }, null],
    ['a reviewer of every unit', { id: 2, reviewUnits: [], roles: ['reviewer'] }, null],
    ['an admin', { id: 9, reviewUnits: [4], roles: ['admin'] }, null],
  ] as const)('%s reads %j', (_who, user, units) => {
    expect(readableUnits(user as Parameters<typeof readableUnits>[0])).toEqual(units)
  })
})

describe('searchScope', () => {
  it('gives anonymous callers the public scope, admins and reviewers of every unit everything, and others their units', () => {
    expect(searchScope(null)).toEqual({ kind: 'public' })
    expect(searchScope(undefined)).toEqual({ kind: 'public' })
    expect(searchScope({ id: 9, roles: ['admin'] })).toEqual({ kind: 'everything' })
    expect(searchScope({ id: 2, roles: ['reviewer'] })).toEqual({ kind: 'everything' })
    expect(searchScope({ id: '7', reviewUnits: ['4', 5], roles: ['reviewer'] })).toEqual({ kind: 'units', units: [4, 5], userId: 7 })
    expect(searchScope({ id: 1, roles: ['editor'], unit: 3 })).toEqual({ kind: 'units', units: [3], userId: 1 })
  })

  it('drops ids that are not numbers and keeps a user without an id from matching uploads', () => {
    expect(searchScope({ id: 1, roles: ['editor'], unit: '65f0a1b2c3d4e5f601234567' })).toEqual({ kind: 'units', units: [], userId: 1 })
    expect(searchScope({ id: null, roles: ['editor'], unit: 3 } as never)).toEqual({ kind: 'units', units: [3], userId: null })
    expect(searchScope({ roles: ['editor'], unit: 3 } as never)).toEqual({ kind: 'units', units: [3], userId: null })
  })
})
