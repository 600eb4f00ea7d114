// The write table, cell by cell: every write × every state × every kind of writer, for content and for media.
import { describe, expect, it } from 'vitest'

import { WORKFLOW_STATES } from '../../../src/content/vocabulary'
import {
  type Actor,
  CONTENT_WRITES,
  decideContentWrite,
  decideMediaWrite,
  editorsAfter,
  MEDIA_USES,
  MEDIA_WRITES,
  STATE_NAMES,
  mediaUseOf,
  strictestUse,
  WRITE_PATHS,
  type Writer,
  writerOf,
  WRITERS,
} from '../../../src/workflow/writeRules'

const UNIT = 7
const OTHER_UNIT = 8
const ACTORS: Record<Writer, Actor | null> = {
  admin: { id: 1, roles: ['admin'] },
  anonymous: null,
  'other-editor': { id: 3, roles: ['editor'], unit: OTHER_UNIT },
  reviewer: { id: 4, roles: ['reviewer'] },
  'unit-editor': { id: 2, roles: ['editor'], unit: { id: UNIT } },
}

// The expected answer of each cell, written out from the rules in the README (not from the module): 'ok', or the status.
type Cell = 'ok' | 401 | 403 | 409
const S = ['draft', 'in_review', 'changes_requested', 'scheduled', 'published', 'withdrawn'] as const
const row = (...cells: Cell[]) => Object.fromEntries(S.map((state, i) => [state, cells[i]!])) as Record<(typeof S)[number], Cell>
const EDIT = {
  admin: row('ok', 409, 'ok', 409, 'ok', 409),
  anonymous: row(401, 401, 401, 401, 401, 401),
  'other-editor': row(403, 403, 403, 403, 403, 403),
  reviewer: row(403, 403, 403, 403, 403, 403),
  'unit-editor': row('ok', 409, 'ok', 409, 'ok', 409),
}
const SPEC: Record<'delete' | 'duplicate' | 'restore' | 'update', Record<Writer, Record<(typeof S)[number], Cell>>> = {
  delete: {
    admin: row('ok', 409, 'ok', 409, 409, 'ok'),
    anonymous: row(401, 401, 401, 401, 401, 401),
    'other-editor': row(403, 403, 403, 403, 403, 403),
    reviewer: row(403, 403, 403, 403, 403, 403),
    'unit-editor': row(403, 403, 403, 403, 403, 403),
  },
  duplicate: {
    admin: row('ok', 'ok', 'ok', 'ok', 'ok', 'ok'),
    anonymous: row(401, 401, 401, 401, 401, 401),
    'other-editor': row('ok', 'ok', 'ok', 'ok', 'ok', 'ok'),
    reviewer: row(403, 403, 403, 403, 403, 403),
    'unit-editor': row('ok', 'ok', 'ok', 'ok', 'ok', 'ok'),
  },
  restore: EDIT,
  update: EDIT,
}

describe('the content write table', () => {
  it('names every write a Payload path can make, and a path for every write', () => {
    expect(new Set(WRITE_PATHS.map((p) => p.write))).toEqual(new Set(CONTENT_WRITES))
    for (const api of ['rest', 'graphql', 'local'] as const) {
      expect(new Set(WRITE_PATHS.filter((p) => p.api === api).map((p) => p.write)), api).toEqual(new Set(CONTENT_WRITES))
    }
  })

  it('lists each path once, named as its API spells it, with the Payload operation its hooks see', () => {
    const OPERATION_OF = { create: 'create', delete: 'delete', duplicate: 'create', restore: 'restoreVersion', update: 'update' } as const
    const CALL_SHAPE = { graphql: /^[a-z]+(?:\{Item\}|Version\{Item\}\(draft: (?:true|false)\))$/, local: /^payload\.[a-zA-Z]+/, rest: /^(?:POST|PATCH|DELETE) \/api\/\{collection\}/ }
    expect(new Set(WRITE_PATHS.map((p) => `${p.api} ${p.call}`)).size).toBe(WRITE_PATHS.length)
    for (const path of WRITE_PATHS) {
      expect(path.operation, path.call).toBe(OPERATION_OF[path.write])
      expect(path.call, path.api).toMatch(CALL_SHAPE[path.api])
      // Only restores say whether they restore as a draft; REST restores always do (the admin's Restore button).
      expect('restoreAsDraft' in path, path.call).toBe(path.write === 'restore')
    }
    expect(WRITE_PATHS.filter((p) => 'restoreAsDraft' in p).map((p) => [p.api, p.call, p.restoreAsDraft])).toEqual([
      ['rest', 'POST /api/{collection}/versions/{versionId}', true],
      ['graphql', 'restoreVersion{Item}(draft: true)', true],
      ['graphql', 'restoreVersion{Item}(draft: false)', false],
      ['local', 'payload.restoreVersion', false],
    ])
    expect(WRITE_PATHS.filter((p) => p.api === 'rest').map((p) => p.call)).toEqual([
      'POST /api/{collection}',
      'POST /api/{collection}/{id}/duplicate',
      'PATCH /api/{collection}/{id}',
      'PATCH /api/{collection}/{id}?autosave=true',
      'PATCH /api/{collection}?where=…',
      'POST /api/{collection}/versions/{versionId}',
      'DELETE /api/{collection}/{id}',
      'DELETE /api/{collection}?where=…',
    ])
  })

  it('tells writers apart by role and unit', () => {
    for (const writer of WRITERS) expect(writerOf(ACTORS[writer], UNIT)).toBe(writer)
    expect(writerOf({ id: 5, roles: ['editor', 'reviewer'], unit: UNIT }, UNIT)).toBe('unit-editor')
    expect(writerOf({ id: 5, roles: ['editor', 'reviewer'], unit: UNIT }, OTHER_UNIT)).toBe('other-editor')
    expect(writerOf({ id: 5, roles: ['editor'], unit: null }, UNIT)).toBe('other-editor')
    expect(writerOf({ id: 5, roles: ['editor'], unit: UNIT }, null)).toBe('other-editor')
    expect(writerOf({ id: 5, roles: ['editor'], unit: '7' }, 7)).toBe('unit-editor')
    expect(writerOf({ id: 5, roles: [] }, UNIT)).toBe('anonymous')
  })

  const cells = (['update', 'restore', 'delete', 'duplicate'] as const).flatMap((write) =>
    WRITERS.flatMap((writer) => S.map((state) => ({ expected: SPEC[write][writer][state], state, write, writer }))),
  )
  it.each(cells)('$write by $writer from $state → $expected', ({ expected, state, write, writer }) => {
    const decision = decideContentWrite({ actor: ACTORS[writer], isLive: state === 'published', itemUnit: UNIT, state, write })
    expect(decision.allowed ? 'ok' : decision.status).toBe(expected)
    if (!decision.allowed) expect(decision.reason).toMatch(/ \/ /) // Vietnamese / English
  })

  it.each(WRITERS)('create by %s: editors and admins only, always in their own unit', (writer) => {
    const decision = decideContentWrite({ actor: ACTORS[writer], itemUnit: OTHER_UNIT, state: 'new', write: 'create' })
    const expected: Cell = writer === 'anonymous' ? 401 : writer === 'admin' || writer === 'unit-editor' || writer === 'other-editor' ? 'ok' : 403
    expect(decision.allowed ? 'ok' : decision.status).toBe(expected)
  })

  it('refuses create on an existing item and updates on a new one', () => {
    for (const state of WORKFLOW_STATES) expect(decideContentWrite({ actor: ACTORS.admin, itemUnit: UNIT, state, write: 'create' }).allowed).toBe(false)
    expect(decideContentWrite({ actor: ACTORS.admin, itemUnit: UNIT, state: 'new', write: 'update' }).allowed).toBe(false)
  })

  it('edits add the writer to those before; an edit of a live item also starts a correction draft', () => {
    for (const state of ['draft', 'changes_requested'] as const) {
      expect(decideContentWrite({ actor: ACTORS['unit-editor'], itemUnit: UNIT, state, write: 'update' })).toEqual({ allowed: true, editors: 'add-writer', kind: 'edit', state })
    }
    expect(decideContentWrite({ actor: ACTORS.admin, isLive: true, itemUnit: UNIT, state: 'published', write: 'restore' })).toEqual({
      allowed: true,
      editors: 'add-writer',
      kind: 'correction',
      state: 'draft',
    })
    // A correction being drafted (latest is a draft over a live version) is a pending version: writers accumulate.
    expect(decideContentWrite({ actor: ACTORS.admin, isLive: true, itemUnit: UNIT, state: 'draft', write: 'update' })).toMatchObject({ editors: 'add-writer' })
  })

  it('never deletes a live item, even while a correction of it is only a draft', () => {
    const decision = decideContentWrite({ actor: ACTORS.admin, isLive: true, itemUnit: UNIT, state: 'draft', write: 'delete' })
    expect(decision).toMatchObject({ allowed: false, status: 409 })
    expect(decideContentWrite({ actor: ACTORS.admin, isLive: false, itemUnit: UNIT, state: 'draft', write: 'delete' })).toEqual({ allowed: true, kind: 'delete' })
  })

  it('names the state in Vietnamese and English when it refuses an edit', () => {
    const decision = decideContentWrite({ actor: ACTORS.admin, itemUnit: UNIT, state: 'in_review', write: 'update' })
    expect(decision).toEqual({ allowed: false, reason: 'Không sửa được khi đang ở trạng thái “chờ duyệt” / Cannot edit while the item is in review', status: 409 })
  })
})

describe('the content write table: answers', () => {
  const REASONS = {
    401: 'Cần đăng nhập / Log in first',
    adminsDelete: 'Chỉ quản trị viên được xóa tin bài / Only administrators delete items',
    editorsWrite: 'Chỉ biên tập viên được soạn, sửa hoặc khôi phục tin bài / Only editors write, edit or restore items',
    notYourUnit: 'Tin bài không thuộc đơn vị của bạn / This item does not belong to your unit',
  }

  it.each(CONTENT_WRITES.flatMap((write) => WRITERS.map((writer) => ({ write, writer }))))('$write by $writer is refused with the reason for who they are', ({ write, writer }) => {
    const decision = decideContentWrite({ actor: ACTORS[writer], itemUnit: write === 'create' ? null : UNIT, state: write === 'create' ? 'new' : 'draft', write })
    if (writer === 'admin' || (write === 'duplicate' && writer !== 'anonymous' && writer !== 'reviewer') || (write === 'create' && writer.endsWith('editor')) || (writer === 'unit-editor' && (write === 'update' || write === 'restore'))) {
      expect(decision.allowed).toBe(true)
      return
    }
    const reason =
      writer === 'anonymous' ? REASONS[401] : write === 'delete' ? REASONS.adminsDelete : writer === 'reviewer' ? REASONS.editorsWrite : REASONS.notYourUnit
    expect(decision).toEqual({ allowed: false, reason, status: writer === 'anonymous' ? 401 : 403 })
  })

  it.each(WORKFLOW_STATES.filter((state) => !['draft', 'changes_requested', 'withdrawn'].includes(state)))('refuses deleting an item %s, naming the state', (state) => {
    const [vi, en] = STATE_NAMES[state]
    expect(decideContentWrite({ actor: ACTORS.admin, itemUnit: UNIT, state, write: 'delete' })).toEqual({
      allowed: false,
      reason: `Không xóa được tin bài “${vi}”; hãy gỡ trước / Cannot delete an item that is ${en}; withdraw it first`,
      status: 409,
    })
  })

  it('names a new item when an edit finds none', () => {
    expect(decideContentWrite({ actor: ACTORS.admin, itemUnit: UNIT, state: 'new', write: 'update' })).toEqual({
      allowed: false,
      reason: 'Không sửa được khi đang ở trạng thái “mới” / Cannot edit while the item is new',
      status: 409,
    })
  })

  it('has a name in both languages for every state', () => {
    expect(Object.keys(STATE_NAMES).sort()).toEqual([...WORKFLOW_STATES].sort())
    expect(STATE_NAMES).toEqual({
      changes_requested: ['yêu cầu sửa', 'changes requested'],
      draft: ['bản nháp', 'draft'],
      in_review: ['chờ duyệt', 'in review'],
      published: ['đã đăng', 'published'],
      scheduled: ['đã duyệt, chờ đăng', 'scheduled'],
      withdrawn: ['đã gỡ', 'withdrawn'],
    })
  })

  it.each(['admin', 'unit-editor'] as const)('creates and duplicates as a new draft with %s as its only editor', (writer) => {
    const created = decideContentWrite({ actor: ACTORS[writer], itemUnit: null, state: 'new', write: 'create' })
    expect(created).toEqual({ allowed: true, editors: 'writer-only', kind: 'new-draft' })
    for (const state of WORKFLOW_STATES) {
      expect(decideContentWrite({ actor: ACTORS[writer], itemUnit: UNIT, state, write: 'duplicate' })).toEqual({ allowed: true, editors: 'writer-only', kind: 'new-draft' })
    }
  })

  it('an editor creates in their own unit, whatever unit the request names', () => {
    expect(decideContentWrite({ actor: ACTORS['unit-editor'], itemUnit: OTHER_UNIT, state: 'new', write: 'create' }).allowed).toBe(true)
    expect(decideContentWrite({ actor: { id: 5, roles: ['editor'], unit: null }, itemUnit: UNIT, state: 'new', write: 'create' })).toMatchObject({ allowed: false, status: 403 })
    expect(decideContentWrite({ actor: ACTORS.reviewer, itemUnit: UNIT, state: 'new', write: 'create' })).toMatchObject({ allowed: false, status: 403 })
  })

  it('restores a live item only as a draft (a correction), never over what is live', () => {
    const restore = (restoreAsDraft: boolean | undefined, isLive: boolean) =>
      decideContentWrite({ actor: ACTORS['unit-editor'], isLive, itemUnit: UNIT, restoreAsDraft, state: isLive ? 'published' : 'draft', write: 'restore' })
    expect(restore(false, true)).toEqual({
      allowed: false,
      reason: 'Bài đang đăng: chỉ khôi phục được thành bản nháp (đính chính) / The item is live: restore a version as a draft (a correction)',
      status: 409,
    })
    expect(restore(true, true)).toEqual({ allowed: true, editors: 'add-writer', kind: 'correction', state: 'draft' })
    expect(restore(undefined, true)).toEqual({ allowed: true, editors: 'add-writer', kind: 'correction', state: 'draft' })
    expect(restore(false, false)).toEqual({ allowed: true, editors: 'add-writer', kind: 'edit', state: 'draft' })
    // Only a restore is about the main document: an update of a live item with the flag is still a correction.
    expect(decideContentWrite({ actor: ACTORS.admin, isLive: true, itemUnit: UNIT, restoreAsDraft: false, state: 'published', write: 'update' })).toMatchObject({ allowed: true, kind: 'correction' })
  })

  it('deletes a withdrawn item, and an item whose live flag is off, without any editors', () => {
    for (const state of ['draft', 'changes_requested', 'withdrawn'] as const) {
      expect(decideContentWrite({ actor: ACTORS.admin, itemUnit: UNIT, state, write: 'delete' })).toEqual({ allowed: true, kind: 'delete' })
    }
  })
})

describe('editors of the resulting version', () => {
  const add = { editors: 'add-writer', kind: 'edit', state: 'draft' } as const
  const only = { editors: 'writer-only', kind: 'new-draft' } as const
  const correction = { editors: 'add-writer', kind: 'correction', state: 'draft' } as const
  it.each([
    [add, [2, 3], 1, [2, 3, 1]],
    [add, [{ id: 2 }, { id: 1 }], 1, [2, 1]],
    [add, ['1'], 1, ['1']],
    [add, null, 1, [1]],
    [only, [2, 3], 1, [1]],
    [only, [1], 1, [1]],
    [correction, [2, 3], 1, [2, 3, 1]],
  ] as const)('%o with %o by %s → %o', (effect, before, writer, expected) => {
    expect(editorsAfter({ before: before as never, effect, writer })).toEqual(expected)
  })
  it('leaves no editors after a delete', () => {
    expect(editorsAfter({ before: [1, 2], effect: { kind: 'delete' }, writer: 3 })).toEqual([])
  })
})

describe('media uses', () => {
  it.each(
    WORKFLOW_STATES.flatMap((latestState) =>
      [true, false].flatMap((inLive) => [true, false].map((inLatest) => ({ inLatest, inLive, latestState }))),
    ),
  )('live $inLive, latest $inLatest ($latestState)', ({ inLatest, inLive, latestState }) => {
    const expected = inLive
      ? 'live'
      : !inLatest
        ? 'none'
        : latestState === 'in_review' || latestState === 'scheduled'
          ? 'review'
          : latestState === 'published'
            ? 'live'
            : 'draft'
    expect(mediaUseOf({ inLatest, inLive, latestState })).toBe(expected)
  })

  it('lets the strictest use decide', () => {
    expect(strictestUse([])).toBe('none')
    expect(strictestUse(['draft', 'none'])).toBe('draft')
    expect(strictestUse(['draft', 'review', 'none'])).toBe('review')
    expect(strictestUse(['none', 'draft', 'live', 'review'])).toBe('live')
  })

  const SPEC_MEDIA: Record<'delete' | 'update', Record<Writer, Record<(typeof MEDIA_USES)[number], Cell>>> = {
    delete: {
      admin: { draft: 409, live: 409, none: 'ok', review: 409 },
      anonymous: { draft: 401, live: 401, none: 401, review: 401 },
      'other-editor': { draft: 403, live: 403, none: 403, review: 403 },
      reviewer: { draft: 403, live: 403, none: 403, review: 403 },
      'unit-editor': { draft: 409, live: 409, none: 'ok', review: 409 },
    },
    update: {
      admin: { draft: 'ok', live: 409, none: 'ok', review: 409 },
      anonymous: { draft: 401, live: 401, none: 401, review: 401 },
      'other-editor': { draft: 403, live: 403, none: 403, review: 403 },
      reviewer: { draft: 403, live: 403, none: 403, review: 403 },
      'unit-editor': { draft: 'ok', live: 409, none: 'ok', review: 409 },
    },
  }
  it.each((['update', 'delete'] as const).flatMap((write) => WRITERS.flatMap((writer) => MEDIA_USES.map((use) => ({ use, write, writer })))))(
    'media $write by $writer while used by $use',
    ({ use, write, writer }) => {
      const decision = decideMediaWrite({ actor: ACTORS[writer], mediaUnit: UNIT, use, write })
      expect(decision.allowed ? 'ok' : decision.status).toBe(SPEC_MEDIA[write][writer][use])
      if (decision.allowed) expect(decision.joinsDrafts).toBe(write === 'update' && use === 'draft')
    },
  )

  it.each(WRITERS)('media create by %s', (writer) => {
    const decision = decideMediaWrite({ actor: ACTORS[writer], mediaUnit: null, use: 'none', write: 'create' })
    const expected: Cell = writer === 'anonymous' ? 401 : writer === 'reviewer' ? 403 : 'ok'
    expect(decision.allowed ? 'ok' : decision.status).toBe(expected)
  })

  it('covers every media write', () => {
    expect([...MEDIA_WRITES].sort()).toEqual(['create', 'delete', 'update'])
  })

  it('says why it refuses a media write', () => {
    expect(decideMediaWrite({ actor: null, mediaUnit: UNIT, use: 'none', write: 'update' })).toEqual({ allowed: false, reason: 'Cần đăng nhập / Log in first', status: 401 })
    expect(decideMediaWrite({ actor: ACTORS['other-editor'], mediaUnit: UNIT, use: 'none', write: 'delete' })).toEqual({
      allowed: false,
      reason: 'Chỉ biên tập viên của đơn vị sở hữu tư liệu và quản trị viên được thay đổi tư liệu / Only the owning unit’s editors and administrators change media',
      status: 403,
    })
    expect(decideMediaWrite({ actor: ACTORS.admin, mediaUnit: UNIT, use: 'draft', write: 'delete' })).toEqual({
      allowed: false,
      reason: 'Tư liệu đang được dùng trong tin bài; gỡ khỏi tin bài trước khi xóa / This media is used by an item; remove it from the item first',
      status: 409,
    })
    expect(decideMediaWrite({ actor: ACTORS.admin, mediaUnit: UNIT, use: 'review', write: 'update' })).toEqual({
      allowed: false,
      reason:
        'Tư liệu đang được dùng trong tin bài đã đăng, đang chờ duyệt hoặc chờ đăng; hãy tải lên tệp mới và gắn vào tin bài / This media is used by an item that is live, in review or scheduled; upload a new file and attach it to the item',
      status: 409,
    })
  })

  it('an editor uploads media into their own unit only; a new upload joins no drafts', () => {
    expect(decideMediaWrite({ actor: ACTORS['unit-editor'], mediaUnit: OTHER_UNIT, use: 'none', write: 'create' })).toEqual({ allowed: true, joinsDrafts: false })
    expect(decideMediaWrite({ actor: { id: 5, roles: ['editor'], unit: null }, mediaUnit: UNIT, use: 'none', write: 'create' })).toMatchObject({ allowed: false, status: 403 })
    expect(decideMediaWrite({ actor: ACTORS['unit-editor'], mediaUnit: UNIT, use: 'draft', write: 'create' })).toMatchObject({ allowed: false, status: 409 })
  })

  it('refuses media with no unit to everyone but admins', () => {
    expect(decideMediaWrite({ actor: ACTORS['unit-editor'], mediaUnit: null, use: 'none', write: 'update' }).allowed).toBe(false)
    expect(decideMediaWrite({ actor: ACTORS.admin, mediaUnit: null, use: 'none', write: 'update' }).allowed).toBe(true)
  })
})


// Edges a table cell does not reach: each case fails if a condition of the module is dropped or loosened (issue 14).
describe('the write table: edges', () => {
  it('lists the writes, writers and media uses in their documented order', () => {
    expect(CONTENT_WRITES).toEqual(['create', 'duplicate', 'update', 'restore', 'delete'])
    expect(MEDIA_WRITES).toEqual(['create', 'update', 'delete'])
    expect(WRITERS).toEqual(['anonymous', 'admin', 'unit-editor', 'other-editor', 'reviewer'])
    expect(MEDIA_USES).toEqual(['live', 'review', 'draft', 'none'])
  })

  it('never makes an editor without a unit the editor of an item without a unit', () => {
    for (const unit of [null, undefined]) {
      for (const itemUnit of [null, undefined]) {
        expect(writerOf({ id: 5, roles: ['editor'], unit }, itemUnit), `${unit} / ${itemUnit}`).toBe('other-editor')
      }
    }
    expect(decideContentWrite({ actor: { id: 5, roles: ['editor'], unit: null }, itemUnit: null, state: 'draft', write: 'update' })).toMatchObject({ allowed: false, status: 403 })
    expect(decideMediaWrite({ actor: { id: 5, roles: ['editor'] }, mediaUnit: undefined, use: 'none', write: 'update' })).toMatchObject({ allowed: false, status: 403 })
  })

  it('refuses an edit of a live item whose correction is in review or scheduled, by anyone', () => {
    for (const write of ['update', 'restore'] as const) {
      for (const state of ['in_review', 'scheduled', 'withdrawn'] as const) {
        for (const writer of ['admin', 'unit-editor'] as const) {
          const decision = decideContentWrite({ actor: ACTORS[writer], isLive: true, itemUnit: UNIT, state, write })
          expect(decision, `${write} ${state} ${writer}`).toEqual({
            allowed: false,
            reason: `Không sửa được khi đang ở trạng thái “${STATE_NAMES[state][0]}” / Cannot edit while the item is ${STATE_NAMES[state][1]}`,
            status: 409,
          })
        }
      }
    }
  })

  it('a correction being drafted over a live item stays a draft edit, and is restored only as a draft', () => {
    for (const write of ['update', 'restore'] as const) {
      expect(decideContentWrite({ actor: ACTORS['unit-editor'], isLive: true, itemUnit: UNIT, state: 'draft', write })).toEqual({ allowed: true, editors: 'add-writer', kind: 'edit', state: 'draft' })
      expect(decideContentWrite({ actor: ACTORS['unit-editor'], isLive: true, itemUnit: UNIT, state: 'changes_requested', write })).toEqual({
        allowed: true,
        editors: 'add-writer',
        kind: 'edit',
        state: 'changes_requested',
      })
    }
    expect(decideContentWrite({ actor: ACTORS.admin, isLive: true, itemUnit: UNIT, restoreAsDraft: false, state: 'draft', write: 'restore' })).toMatchObject({ allowed: false, status: 409 })
  })

  it('never deletes a live item, whatever state its latest version is in, and names it live', () => {
    for (const state of WORKFLOW_STATES) {
      expect(decideContentWrite({ actor: ACTORS.admin, isLive: true, itemUnit: UNIT, state, write: 'delete' }), state).toEqual({
        allowed: false,
        reason: 'Không xóa được tin bài “đã đăng”; hãy gỡ trước / Cannot delete an item that is published; withdraw it first',
        status: 409,
      })
    }
  })

  it('duplicates an item whatever its live state, as a new draft', () => {
    for (const state of WORKFLOW_STATES) {
      for (const writer of ['admin', 'unit-editor', 'other-editor'] as const) {
        expect(decideContentWrite({ actor: ACTORS[writer], isLive: true, itemUnit: UNIT, restoreAsDraft: false, state, write: 'duplicate' })).toEqual({
          allowed: true,
          editors: 'writer-only',
          kind: 'new-draft',
        })
      }
    }
  })

  it('says who is refused a media write, for every write', () => {
    const notOwner =
      'Chỉ biên tập viên của đơn vị sở hữu tư liệu và quản trị viên được thay đổi tư liệu / Only the owning unit’s editors and administrators change media'
    for (const write of MEDIA_WRITES) {
      expect(decideMediaWrite({ actor: null, mediaUnit: UNIT, use: 'none', write })).toEqual({ allowed: false, reason: 'Cần đăng nhập / Log in first', status: 401 })
      expect(decideMediaWrite({ actor: ACTORS.reviewer, mediaUnit: UNIT, use: 'none', write })).toEqual({ allowed: false, reason: notOwner, status: 403 })
    }
    for (const write of ['update', 'delete'] as const) {
      expect(decideMediaWrite({ actor: ACTORS['other-editor'], mediaUnit: UNIT, use: 'none', write })).toEqual({ allowed: false, reason: notOwner, status: 403 })
    }
  })

  it('a media write joins drafts only when it changes media that drafts use', () => {
    expect(decideMediaWrite({ actor: ACTORS.admin, mediaUnit: UNIT, use: 'draft', write: 'update' })).toEqual({ allowed: true, joinsDrafts: true })
    for (const write of MEDIA_WRITES) {
      expect(decideMediaWrite({ actor: ACTORS.admin, mediaUnit: UNIT, use: 'none', write })).toEqual({ allowed: true, joinsDrafts: false })
    }
    for (const use of ['draft', 'review', 'live'] as const) {
      expect(decideMediaWrite({ actor: ACTORS['unit-editor'], mediaUnit: UNIT, use, write: 'create' })).toMatchObject({ allowed: false, status: 409 })
    }
  })

  it('keeps the order of those before and adds a writer given as a string once', () => {
    const add = { editors: 'add-writer', kind: 'edit', state: 'draft' } as const
    expect(editorsAfter({ before: [3, { id: '2' }], effect: add, writer: '2' })).toEqual([3, '2'])
    expect(editorsAfter({ before: undefined, effect: add, writer: 'x' })).toEqual(['x'])
    expect(editorsAfter({ before: [], effect: { editors: 'writer-only', kind: 'new-draft' }, writer: 4 })).toEqual([4])
  })
})
