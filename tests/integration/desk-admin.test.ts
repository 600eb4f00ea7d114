// The desk's admin loaders against a real Payload: the "Tin đến" rows with their diff, the sources' health, and
// adapted items whose origin changed, each read with the user's own access (who sees what, who sees nothing).
// Runs on SQLite, or on PostgreSQL with TEST_DATABASE_URL=postgres://….
import { renderToStaticMarkup } from 'react-dom/server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { DeskHomeSections } from '../../src/admin/home/DeskHomeSections'
import { DerivedOriginBanner } from '../../src/admin/incoming/DerivedOriginBanner'

import { loadChangedOrigins, loadOriginChange } from '../../src/admin/incoming/loadChangedOrigins'
import { loadDesk } from '../../src/admin/incoming/loadDesk'
import { loadSecretState } from '../../src/admin/incoming/loadSecretState'
import { loadSourceHealth } from '../../src/admin/incoming/loadSourceHealth'
import { ADAPT_CONTEXT_KEY } from '../../src/fields/derivedFrom'
import { type Person, startWorkflowWorld, type WorkflowWorld } from '../helpers/workflow'

type Id = number | string

describe('desk admin: Tin đến, source health and changed origins', () => {
  let w: WorkflowWorld
  const users = {} as Record<Person, never>
  let failing: Id
  let healthy: Id
  let rows: Record<'changed' | 'gone' | 'plain' | 'withheld', Id>
  let derived: Record<'changedCa' | 'changedSt' | 'gone' | 'plain' | 'withheld', Id>

  const local = () => w.t.payload

  const adaptedArticle = async ({ author, incoming, title }: { author: Person; incoming: Id; title: string }) => {
    const user = users[author] as { unit: Id }
    const doc = await local().create({
      collection: 'articles',
      context: { [ADAPT_CONTEXT_KEY]: true },
      data: w.complete('articles', {
        author: (users[author] as { id: Id }).id,
        derivedFrom: { adaptedAt: '2026-12-05T10:00:00.000Z', incoming: String(incoming), sourceName: 'Cổng tỉnh', upstreamId: `urn:${title}` },
        title,
        unit: user.unit,
      }) as never,
      draft: true,
      overrideAccess: true,
    })
    return doc.id
  }

  beforeAll(async () => {
    process.env.NGUON_SOURCE_ALLOWED_HOSTS = 'localhost'
    w = await startWorkflowWorld('desk-admin')
    for (const who of ['admin', 'editor', 'editor2', 'reviewer', 'chief'] as Person[]) {
      users[who] = (await local().find({ collection: 'users', depth: 0, limit: 1, overrideAccess: true, where: { email: { equals: `${who}@nguon.local` } } })).docs[0] as never
    }
    const source = (name: string, data: Record<string, unknown>) =>
      local().create({ collection: 'sources', data: { name, token: 'tok-SECRET-123', url: 'http://localhost:9/feed', ...data } as never, overrideAccess: true })
    healthy = (await source('Bộ Y tế', { lastPolledAt: new Date().toISOString(), lastSuccessAt: new Date().toISOString(), nextPollAt: new Date(Date.now() + 60_000).toISOString() })).id
    failing = (await source('Cổng tỉnh', { failures: 3, lastError: 'Máy chủ nguồn trả lỗi HTTP 500.', lastPolledAt: new Date().toISOString() })).id
    const row = async (upstreamId: string, data: Record<string, unknown>) =>
      (
        await local().create({
          collection: 'incoming',
          data: { body: '<p>Mưa lớn ở vùng núi.</p>', language: 'vi', pubStatus: 'usable', source: failing, title: 'Cảnh báo mưa', upstreamId, ...data } as never,
          overrideAccess: true,
        })
      ).id
    rows = {
      changed: await row('urn:changed', {
        body: '<p>Mưa rất lớn ở vùng núi.</p><script>alert(1)</script><img src="https://tinh.example/a.jpg" alt="Ảnh mưa">',
        title: 'Cảnh báo mưa rất lớn',
        upstreamChangedAt: '2026-12-05T11:00:00.000Z',
        versions: [{ body: '<p>Mưa lớn ở vùng núi.</p>', replacedAt: '2026-12-05T11:00:00.000Z', summary: null, title: 'Cảnh báo mưa lớn' }],
      }),
      gone: await row('urn:gone', {}),
      plain: await row('urn:plain', { language: 'en', source: healthy, title: 'Vaccination days' }),
      withheld: await row('urn:withheld', { pubStatus: 'withheld', upstreamChangedAt: '2026-12-05T12:00:00.000Z' }),
    }
    derived = {
      changedCa: await adaptedArticle({ author: 'editor2', incoming: rows.changed, title: 'Bài CA từ tin đã đổi' }),
      changedSt: await adaptedArticle({ author: 'editor', incoming: rows.changed, title: 'Bài STTTT từ tin đã đổi' }),
      gone: await adaptedArticle({ author: 'editor', incoming: rows.gone, title: 'Bài từ tin đã xóa' }),
      plain: await adaptedArticle({ author: 'editor', incoming: rows.plain, title: 'Bài từ tin không đổi' }),
      withheld: await adaptedArticle({ author: 'editor', incoming: rows.withheld, title: 'Bài từ tin bị giữ' }),
    }
    await local().delete({ collection: 'incoming', id: rows.gone, overrideAccess: true })
  })

  afterAll(async () => {
    delete process.env.NGUON_SOURCE_ALLOWED_HOSTS
    await w?.stop()
  })

  it('shows staff the desk filtered by source, upstream status and language, with a safe preview and the diff', async () => {
    const desk = await loadDesk({ filters: {}, payload: local(), user: users.editor })
    if (!desk.allowed) throw new Error('refused')
    expect(desk.canAdapt).toBe(true)
    expect(desk.rows.map((r) => r.title).sort()).toEqual(['Cảnh báo mưa', 'Cảnh báo mưa rất lớn', 'Vaccination days'])
    expect(desk.languages).toEqual(['en', 'vi'])
    expect(desk.sources.map((s) => s.name)).toEqual(['Bộ Y tế', 'Cổng tỉnh'])

    const changed = desk.rows.find((r) => r.id === rows.changed)!
    expect(changed.sourceName).toBe('Cổng tỉnh')
    expect(changed.previewHtml).not.toMatch(/script|alert|<img|tinh\.example\/a\.jpg/)
    expect(changed.previewHtml).toContain('[Ảnh mưa]')
    expect(changed.change?.title).toEqual([
      { kind: 'same', text: 'Cảnh báo mưa ' },
      { kind: 'added', text: 'rất ' },
      { kind: 'same', text: 'lớn' },
    ])
    expect(changed.change?.body.filter((part) => part.kind === 'added').map((part) => part.text.trim())).toEqual(['rất'])
    expect(desk.rows.find((r) => r.id === rows.plain)!.change).toBeNull()

    const bySource = await loadDesk({ filters: { source: String(healthy) }, payload: local(), user: users.reviewer })
    expect(bySource.allowed && bySource.rows.map((r) => r.title)).toEqual(['Vaccination days'])
    expect(bySource.allowed && bySource.canAdapt).toBe(false)
    const byStatus = await loadDesk({ filters: { pubStatus: 'withheld' }, payload: local(), user: users.admin })
    expect(byStatus.allowed && byStatus.rows.map((r) => r.id)).toEqual([rows.withheld])
    const byLanguage = await loadDesk({ filters: { language: 'en' }, payload: local(), user: users.chief })
    expect(byLanguage.allowed && byLanguage.rows.map((r) => r.id)).toEqual([rows.plain])
  })

  it('shows the desk to nobody who is not staff', async () => {
    expect(await loadDesk({ filters: {}, payload: local(), user: null })).toEqual({ allowed: false })
    expect(await loadDesk({ filters: {}, payload: local(), user: { id: 999, roles: [] } })).toEqual({ allowed: false })
  })

  it("gives admins every source's health, failing first, and never the token", async () => {
    const health = await loadSourceHealth({ payload: local(), user: users.admin })
    expect(health?.map((s) => [s.name, s.health, s.failures, s.lastError])).toEqual([
      ['Cổng tỉnh', 'failing', 3, 'Máy chủ nguồn trả lỗi HTTP 500.'],
      ['Bộ Y tế', 'ok', 0, null],
    ])
    expect(JSON.stringify(health)).not.toContain('tok-SECRET-123')
  })

  it.each<Person | 'anonymous'>(['editor', 'reviewer', 'chief', 'anonymous'])('gives %s no source health', async (who) => {
    expect(await loadSourceHealth({ payload: local(), user: who === 'anonymous' ? null : users[who] })).toBeNull()
  })

  it("tells admins only whether a source's token and push secret are set, never the values", async () => {
    expect(await loadSecretState({ id: healthy, payload: local(), user: users.admin })).toEqual({ pushSecret: false, token: true })
    await local().update({ collection: 'sources', data: { pushSecret: `whsec_${Buffer.alloc(32, 7).toString('base64')}`, token: null } as never, id: healthy, overrideAccess: false, user: users.admin })
    expect(await loadSecretState({ id: healthy, payload: local(), user: users.admin })).toEqual({ pushSecret: true, token: false })
    expect(await loadSecretState({ id: 987654, payload: local(), user: users.admin })).toBeNull()
    for (const who of ['editor', 'reviewer', 'chief'] as Person[]) expect(await loadSecretState({ id: healthy, payload: local(), user: users[who] })).toBeNull()
    expect(await loadSecretState({ id: healthy, payload: local(), user: null })).toBeNull()
  })

  it('lists adapted items whose origin was updated, withheld or deleted, within the reader’s units only', async () => {
    const listed = async (who: Person) => (await loadChangedOrigins({ payload: local(), user: users[who] })).map((entry) => [entry.id, entry.change.kind])
    // The reviewer reviews every unit: all four, the withheld one (latest change) first, the deleted row (no time) last.
    const reviewer = await listed('reviewer')
    expect(reviewer[0]).toEqual([derived.withheld, 'withdrawn'])
    expect(reviewer.slice(1, 3).map(([, kind]) => kind)).toEqual(['updated', 'updated'])
    expect(reviewer[3]).toEqual([derived.gone, 'gone'])
    expect(reviewer.map(([id]) => id).sort()).toEqual([derived.changedCa, derived.changedSt, derived.gone, derived.withheld].sort())
    expect((await listed('admin')).length).toBe(4)
    // editor@ (STTTT) never sees editor2@'s (CA) draft, nor the other way round; neither sees the unchanged item.
    expect((await listed('editor')).map(([id]) => id).sort()).toEqual([derived.changedSt, derived.gone, derived.withheld].sort())
    expect(await listed('editor2')).toEqual([[derived.changedCa, 'updated']])
    expect(await loadChangedOrigins({ payload: local(), user: null })).toEqual([])
  })

  it("says on one item's page what happened to its origin, and nothing to someone who is not staff", async () => {
    const derivedFrom = { adaptedAt: '2026-12-05T10:00:00.000Z', incoming: String(rows.withheld) }
    expect(await loadOriginChange({ derivedFrom, payload: local(), user: users.editor })).toEqual({ at: '2026-12-05T12:00:00.000Z', kind: 'withdrawn', status: 'withheld' })
    expect(await loadOriginChange({ derivedFrom: { ...derivedFrom, incoming: String(rows.plain) }, payload: local(), user: users.editor })).toBeNull()
    expect(await loadOriginChange({ derivedFrom, payload: local(), user: null })).toBeNull()
  })

  it('renders the banner on the server in Vietnamese, with the link to the desk row, and nothing for an unchanged origin', async () => {
    const render = async (incoming: Id, user: unknown) =>
      renderToStaticMarkup((await DerivedOriginBanner({ data: { derivedFrom: { adaptedAt: '2026-12-05T10:00:00.000Z', incoming: String(incoming) } }, i18n: { language: 'vi' }, req: { payload: local(), user } } as never)) ?? '')
    const updated = await render(rows.changed, users.editor)
    expect(updated).toContain('Tin gốc đã được nguồn cập nhật lúc 05/12/2026 18:00.')
    expect(updated).toContain(`href="/admin/collections/incoming/${rows.changed}"`)
    expect(await render(rows.withheld, users.editor)).toContain('Tin gốc đã bị nguồn thu hồi (tạm giữ) lúc 05/12/2026 19:00.')
    expect(await render(rows.gone, users.editor)).toContain('Tin gốc không còn trên bàn nhận tin')
    expect(await render(rows.plain, users.editor)).toBe('')
    expect(await render(rows.changed, null)).toBe('')
  })

  it("renders the home page's desk sections by role: health for admins, changed origins for reviewers, neither for a stranger", async () => {
    const render = async (user: unknown) => renderToStaticMarkup(await DeskHomeSections({ language: 'vi', req: { payload: local(), user } as never }))
    const admin = await render(users.admin)
    expect(admin).toContain('data-testid="home-source-health"')
    expect(admin).toContain('Máy chủ nguồn trả lỗi HTTP 500.')
    expect(admin).not.toContain('tok-SECRET-123')
    const reviewer = await render(users.reviewer)
    expect(reviewer).not.toContain('home-source-health')
    expect(reviewer).toContain('Tin bài biên tập lại có tin gốc đã thay đổi (4)')
    expect(await render(users.editor2)).toContain('Bài CA từ tin đã đổi')
    expect(await render(users.editor2)).not.toContain('Bài STTTT')
    expect(await render(null)).toBe('')
  })
})
