// The questions access rules ask about a user, for every role and for users without roles, units or a session.
import { describe, expect, it } from 'vitest'

import { canAuthor, canReview, hasRole, idOf, isAdminUser, type RoleHolder, ROLES, unitIdOf } from '../../../src/access/roles'

describe('roles', () => {
  it('has exactly the three roles', () => {
    expect(ROLES).toEqual(['admin', 'editor', 'reviewer'])
  })

  it.each<[string, RoleHolder | null | undefined, { admin: boolean; author: boolean; review: boolean }]>([
    ['an admin', { roles: ['admin'] }, { admin: true, author: true, review: true }],
    ['an editor', { roles: ['editor'] }, { admin: false, author: true, review: false }],
    ['a reviewer', { roles: ['reviewer'] }, { admin: false, author: false, review: true }],
    ['an editor who also reviews', { roles: ['editor', 'reviewer'] }, { admin: false, author: true, review: true }],
    ['a user without roles', { roles: [] }, { admin: false, author: false, review: false }],
    ['a user whose roles are null', { roles: null }, { admin: false, author: false, review: false }],
    ['a user read without roles', { id: 3 }, { admin: false, author: false, review: false }],
    ['nobody signed in (null)', null, { admin: false, author: false, review: false }],
    ['nobody signed in (undefined)', undefined, { admin: false, author: false, review: false }],
  ])('%s: admin, author, reviewer → %j', (_who, user, expected) => {
    expect({ admin: isAdminUser(user), author: canAuthor(user), review: canReview(user) }).toEqual(expected)
  })

  it('answers with booleans, never with the roles array', () => {
    expect(hasRole({ roles: ['editor'] }, 'editor')).toBe(true)
    expect(hasRole({ roles: ['editor'] }, 'admin')).toBe(false)
    expect(hasRole(null, 'admin')).toBe(false)
  })

  it.each<[Parameters<typeof idOf>[0], ReturnType<typeof idOf>]>([
    [7, 7],
    ['7', '7'],
    [{ id: 7 }, 7],
    [{ id: 'abc' }, 'abc'],
    [0, 0],
    ['', ''],
    [null, null],
    [undefined, null],
  ])('reads the id of the relation %j as %j', (relation, id) => {
    expect(idOf(relation)).toBe(id)
  })

  it('reads a user\'s unit id whether the unit is populated or not, and none without a user or unit', () => {
    expect(unitIdOf({ unit: { id: 4 } })).toBe(4)
    expect(unitIdOf({ unit: 4 })).toBe(4)
    expect(unitIdOf({ unit: null })).toBeNull()
    expect(unitIdOf({ roles: ['editor'] })).toBeNull()
    expect(unitIdOf(null)).toBeNull()
    expect(unitIdOf(undefined)).toBeNull()
  })
})
