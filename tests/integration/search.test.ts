// GET /api/search over real HTTP on a real database (SQLite, or PostgreSQL with TEST_DATABASE_URL): folding, ranking,
// phrases and prefixes, the collections' read access (who finds what, and who does not), bad queries, the index's
// transaction and its rebuild.
import fc from 'fast-check'
import { commitTransaction, createLocalReq, initTransaction, killTransaction } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { lexicalFromText } from '../../src/content/lexical'
import { ensureSearchIndex } from '../../src/search/ensureSearchIndex'
import { reindexAll } from '../../src/search/indexItem'
import { MAX_LIST_MATCHES, searchInListViews } from '../../src/search/listSearch'
import { DEFAULT_CANDIDATES, insertSearchRows, mergeSearchIndex, searchIndex, searchSegments, SQLITE_COLUMNS, writeSearchRows } from '../../src/search/searchIndex'
import { SEARCH_MAINTENANCE_TASK } from '../../src/search/searchMaintenanceTask'
import { SCHEDULED_QUEUE } from '../../src/workflow/performWorkflowAction'
import { parseSearchQuery } from '../../src/search/query'
import { rowKey, type SearchRow } from '../../src/search/searchRows'
import { searchScope } from '../../src/search/searchScope'
import { indexForms } from '../../src/search/folding'
import { api } from '../helpers/api'
import { testDatabaseKind } from '../helpers/testPayload'
import { type Doc, type Person, startWorkflowWorld, type WorkflowWorld } from '../helpers/workflow'

type Hit = { collection: string; id: number; snippet: string; status: null | string; title: string; unit: null | { code: string } }
type Answer = { docs: Hit[]; error?: string; issues?: string[]; page: number; totalDocs: number }
type Who = 'anonymous' | Person

describe('search', () => {
  let w: WorkflowWorld
  const units: Record<string, number> = {}

  const search = (who: Who, query: Record<string, string>) =>
    api<Answer>(w.server.url, `/api/search?${new URLSearchParams(query)}`, { token: who === 'anonymous' ? undefined : w.tokens[who] })
  const found = async (who: Who, q: string, extra: Record<string, string> = {}) => {
    const res = await search(who, { q, ...extra })
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    return res.body
  }
  const ids = async (who: Who, q: string, extra: Record<string, string> = {}) => (await found(who, q, extra)).docs.map((d) => `${d.collection}:${d.id}`).sort()

  /** A published item written straight into the database (as the seed does), in `unit`. */
  const published = async (collection: string, data: Record<string, unknown>, unit = 'STTTT') =>
    (await w.t.payload.create({
      collection: collection as 'articles',
      data: w.complete(collection, { _status: 'published', unit: units[unit], workflowStatus: 'published', ...data }) as never,
      overrideAccess: true,
    })) as unknown as Doc

  beforeAll(async () => {
    w = await startWorkflowWorld('search')
    const { docs } = await w.t.payload.find({ collection: 'units', limit: 50, overrideAccess: true })
    for (const unit of docs) units[String(unit.code)] = Number(unit.id)
  })
  afterAll(async () => {
    await w?.stop()
  })

  describe('folding', () => {
    let article: Doc
    beforeAll(async () => {
      article = await published('articles', {
        body: lexicalFromText('Ngày 10/12/2023, kỷ niệm 75 năm Ngày Quyền con người thế giới; tuyên truyền về nhân quyền ở Hà Tĩnh.'),
        summary: 'Bảo đảm quyền công dân',
        title: 'Bảo đảm nhân quyền trong thời kỳ mới',
      })
    })

    it.each([
      'nhân quyền',
      'nhan quyen',
      'NHÂN QUYỀN',
      'Nhan Quyen',
      'nhân quyền'.normalize('NFD'),
      'NHÂN QUYỀN'.normalize('NFD'),
      'quyen con nguoi',
      '"quyền con người"',
      'nhân quy',
      'ha tinh',
      '10/12/2023',
      '75 năm',
      'dam bao',
    ])('finds the article for %j, anonymously', async (q) => {
      const answer = await found('anonymous', q)
      const hit = answer.docs.find((d) => d.collection === 'articles' && d.id === article.id)!
      expect(hit).toBeDefined()
      expect(hit).toMatchObject({ collection: 'articles', status: 'published', title: 'Bảo đảm nhân quyền trong thời kỳ mới', unit: null })
      expect(hit.snippet).toMatch(/<mark>/)
    })

    it('does not take a phrase for its words in another order, nor a word for a longer one unless it is the last', async () => {
      expect((await found('anonymous', '"người con quyền"')).totalDocs).toBe(0)
      expect((await found('anonymous', 'nha quyen ')).totalDocs).toBe(0)
      expect((await found('anonymous', 'quyen nha')).docs.map((d) => d.id)).toContain(article.id)
    })

    it('widens the admin list’s title search (Payload’s like) to the index, as the signed-in user reads it', async () => {
      const list = await api<{ docs: Doc[] }>(w.server.url, `/api/articles?depth=0&where[title][like]=${encodeURIComponent('bao dam nhan quyen')}`, { token: w.tokens.editor2 })
      expect(list.status).toBe(200)
      expect(list.body.docs.map((d) => d.id)).toContain(article.id)
      const slogans = await api<{ docs: Doc[] }>(w.server.url, `/api/slogans?depth=0&where[text][like]=${encodeURIComponent('NHAN QUYEN')}`, { token: w.tokens.editor2 })
      expect(slogans.body.docs.length).toBeGreaterThan(0)
    })

    it('brings up to MAX_LIST_MATCHES ids into a list search, past the global search’s bound', async () => {
      const rows: SearchRow[] = Array.from({ length: DEFAULT_CANDIDATES + 50 }, (_, i) => {
        const docId = 900_000 + i
        const forms = indexForms(`Danh sách dai listwidexyz ${i}`)
        return {
          body: '', bodyFolded: '', campaign: null, collection: 'articles', docId, exact: forms.exact, expireAt: null, hasLatest: 0, isPublic: 1,
          key: rowKey('articles', docId, 'live'), publishAt: null, reach: null, status: 'published', title: `listwidexyz ${i}`, titleFolded: forms.folded,
          unit: units.CA!, updatedAt: new Date().toISOString(), uploadedBy: null, variant: 'live',
        }
      })
      await insertSearchRows({ payload: w.t.payload, rows })
      try {
        const editor = (await w.t.payload.find({ collection: 'users', limit: 1, overrideAccess: true, where: { email: { equals: 'editor@nguon.local' } } })).docs[0]!
        const req = await createLocalReq({ user: editor as never }, w.t.payload)
        const widened = (await searchInListViews({
          args: { where: { title: { like: 'listwidexyz' } } },
          collection: w.t.payload.collections.articles.config,
          context: {},
          operation: 'read',
          req,
        } as never)) as unknown as { where: { or: [unknown, { id: { in: number[] } }] } }
        expect(widened.where.or[1].id.in).toHaveLength(Math.min(rows.length, MAX_LIST_MATCHES))
      } finally {
        await writeSearchRows({ keys: rows.map((r) => r.key), payload: w.t.payload, rows: [] })
      }
    })

    it('marks the matched words in the snippet and escapes everything else', async () => {
      const doc = await published('articles', { summary: '<img src=x onerror=alert(1)> & "tự do tôn giáo"', title: 'Tự do tín ngưỡng' })
      const hit = (await found('anonymous', 'tu do ton giao')).docs.find((d) => d.id === doc.id)!
      expect(hit.snippet).toContain('&lt;img src=x onerror=alert(1)&gt; &amp; &quot;<mark>tự</mark> <mark>do</mark> <mark>tôn</mark> <mark>giáo</mark>&quot;')
      expect(hit.snippet.replace(/<\/?mark>/g, '')).not.toMatch(/[<>]/)
    })

    it('ranks matches with the diacritics as typed first: má before mã and ma', async () => {
      const ma = await published('slogans', { number: 501, text: 'Khẩu hiệu ma thử nghiệm' })
      const maNga = await published('slogans', { number: 502, text: 'Khẩu hiệu mã thử nghiệm' })
      const maSac = await published('slogans', { number: 503, text: 'Khẩu hiệu má thử nghiệm' })
      const order = async (q: string) => (await found('anonymous', `${q} thử nghiệm`, { type: 'slogans' })).docs.map((d) => d.id)
      expect((await order('má'))[0]).toBe(maSac.id)
      expect((await order('mã'))[0]).toBe(maNga.id)
      expect(new Set(await order('ma'))).toEqual(new Set([ma.id, maNga.id, maSac.id]))
    })

    it('searches every field the issue names: a brief’s claim, evidence and legal references, talking points, bulletins, media', async () => {
      const brief = await published('briefs', {
        claim: 'Luận điệu xuyên tạc về tự do tôn giáo ở Việt Nam',
        evidence: [{ source: 'Sách trắng', statement: 'Hơn 26,5 triệu tín đồ' }],
        legalReferences: [{ reference: 'Luật Tín ngưỡng, tôn giáo 2016' }],
        title: 'Phản bác luận điệu về tôn giáo',
      })
      const points = await published('talking-points', { headline: 'Đề cương tuyên truyền', keyMessage: 'Thành tựu giảm nghèo bền vững' })
      expect(await ids('anonymous', 'luan dieu xuyen tac')).toContain(`briefs:${brief.id}`)
      expect(await ids('anonymous', '26,5 triệu tín đồ')).toContain(`briefs:${brief.id}`)
      expect(await ids('anonymous', 'luat tin nguong ton giao 2016')).toContain(`briefs:${brief.id}`)
      expect(await ids('anonymous', 'giam ngheo ben vung')).toContain(`talking-points:${points.id}`)
      // "the brief about the claim on religious freedom", typed without marks, is on the first screen
      const first = (await found('editor', 'tu do ton giao')).docs.slice(0, 10).map((d) => `${d.collection}:${d.id}`)
      expect(first).toContain(`briefs:${brief.id}`)
    })
  })

  describe('access, as the collections read', () => {
    let draftCA: Doc
    let expired: Doc
    let cadresOnly: Doc
    beforeAll(async () => {
      draftCA = (await w.t.payload.create({
        collection: 'articles',
        data: w.complete('articles', { title: 'Bản nháp bimatcongan', unit: units.CA }) as never,
        overrideAccess: true,
      })) as unknown as Doc
      expired = await published('articles', { expireAt: '2020-01-01T00:00:00.000Z', title: 'Tin hết hạn hethanxyz' }, 'CA')
      cadresOnly = await published('articles', { audiences: ['cadres'], title: 'Tin nội bộ noibokinh' }, 'CA')
    })

    it.each<[Who, number]>([
      ['anonymous', 0],
      ['editor', 0],
      ['editor2', 1],
      ['reviewer', 1],
      ['admin', 1],
      // the standing office's chief reviews every unit (no review units set)
      ['chief', 1],
    ])('a CA draft: %s finds %i (and totalDocs says no more)', async (who, n) => {
      const answer = await found(who, 'bimatcongan')
      expect(answer.totalDocs).toBe(n)
      expect(answer.docs.map((d) => d.id)).toEqual(n ? [draftCA.id] : [])
    })

    it('lets the list search show another unit’s draft to no one who may not read it', async () => {
      const list = (who: Person) => api<{ docs: Doc[]; totalDocs: number }>(w.server.url, '/api/articles?depth=0&where[title][like]=ban%20nhap%20bimatcongan', { token: w.tokens[who] })
      expect((await list('editor')).body.totalDocs).toBe(0)
      expect((await list('editor2')).body.docs.map((d) => d.id)).toEqual([draftCA.id])
    })

    it('anonymous callers find no expired and no internal item; signed-in users find both', async () => {
      expect((await found('anonymous', 'hethanxyz')).totalDocs).toBe(0)
      expect((await found('anonymous', 'noibokinh')).totalDocs).toBe(0)
      expect((await found('editor', 'hethanxyz')).docs.map((d) => d.id)).toEqual([expired.id])
      expect((await found('editor', 'noibokinh')).docs.map((d) => d.id)).toEqual([cadresOnly.id])
    })

    it('gives every demo user exactly the articles Payload’s REST list gives them (anonymous: less the expired)', async () => {
      const word = 'chungmotchu'
      await published('articles', { summary: word, title: 'Một' }, 'CA')
      await published('articles', { audiences: ['cadres'], summary: word, title: 'Hai' }, 'STTTT')
      for (const unit of ['CA', 'STTTT', 'VPTT']) {
        await w.t.payload.create({ collection: 'articles', data: w.complete('articles', { summary: word, title: `Nháp ${unit}`, unit: units[unit] }) as never, overrideAccess: true })
      }
      for (const who of ['anonymous', 'editor', 'editor2', 'reviewer', 'admin', 'chief'] as Who[]) {
        const rest = await api<{ docs: Doc[] }>(w.server.url, `/api/articles?depth=0&limit=1000&where[summary][equals]=${word}`, {
          token: who === 'anonymous' ? undefined : w.tokens[who],
        })
        const expected = rest.body.docs.map((d) => `articles:${d.id}`).sort()
        expect(await ids(who, word, { limit: '50' }), who).toEqual(expected)
      }
    })

    it('takes a withdrawn item out of public results in the withdrawal itself; its unit still finds it, as withdrawn', async () => {
      const doc = await w.articleIn('published', { title: 'Bài sẽ gỡ gobaixyz' })
      expect((await found('anonymous', 'gobaixyz')).totalDocs).toBe(1)
      const res = await w.act('reviewer', doc.id, { action: 'withdraw', note: 'Gỡ để rà soát' })
      expect(res.status).toBe(200)
      expect((await found('anonymous', 'gobaixyz')).totalDocs).toBe(0)
      expect((await found('editor2', 'gobaixyz')).totalDocs).toBe(0)
      expect((await found('editor', 'gobaixyz')).docs).toMatchObject([{ id: doc.id, status: 'withdrawn' }])
    })

    it('finds an approved item at once, and an embargoed one only for its readers until it is published', async () => {
      const approved = await w.articleIn('published', { title: 'Vừa duyệt vuaduyetxyz' })
      expect((await found('anonymous', 'vuaduyetxyz')).docs.map((d) => d.id)).toEqual([approved.id])
      const scheduled = await w.articleIn('scheduled', { title: 'Cấm đăng camdangxyz' })
      expect((await found('anonymous', 'camdangxyz')).totalDocs).toBe(0)
      expect((await found('editor', 'camdangxyz')).docs).toMatchObject([{ id: scheduled.id, status: 'scheduled' }])
      expect((await found('editor2', 'camdangxyz')).totalDocs).toBe(0)
    })

    it('shows the public the live text of a published item while its correction waits, and the unit the correction', async () => {
      const doc = await w.articleIn('published', { title: 'Bản gốc bangocxyz' })
      const edit = await api(w.server.url, `/api/articles/${doc.id}?draft=true`, { body: { title: 'Bản sửa bansuaxyz' }, method: 'PATCH', token: w.tokens.editor })
      expect(edit.status, JSON.stringify(edit.body)).toBe(200)
      expect((await found('anonymous', 'bangocxyz')).totalDocs).toBe(1)
      expect((await found('anonymous', 'bansuaxyz')).totalDocs).toBe(0)
      expect((await found('editor2', 'bansuaxyz')).totalDocs).toBe(0)
      expect((await found('editor', 'bansuaxyz')).docs).toMatchObject([{ id: doc.id, title: 'Bản sửa bansuaxyz' }])
      // its unit reads the newest version only: the item is counted once
      expect((await found('editor', 'bangocxyz')).totalDocs).toBe(0)
      expect((await found('editor2', 'bangocxyz')).totalDocs).toBe(1)
    })

    it('keeps media to those who read it: its uploader’s unit, not another unit, not the public', async () => {
      const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000' + '1f15c4890000000d49444154789c6300010000000500010d0a2db40000000049454e44ae426082', 'hex')
      const editor = (await w.t.payload.find({ collection: 'users', limit: 1, overrideAccess: true, where: { email: { equals: 'editor@nguon.local' } } })).docs[0]!
      const media = await w.t.payload.create({
        collection: 'media',
        data: { alt: 'Ảnh lễ kỷ niệm anhkyniemxyz', kind: 'photo' },
        file: { data: png, mimetype: 'image/png', name: 'le-ky-niem.png', size: png.length },
        overrideAccess: false,
        user: editor,
      })
      expect((await found('editor', 'anh ky niem anhkyniemxyz')).docs).toMatchObject([{ collection: 'media', id: media.id, status: null }])
      expect((await found('editor2', 'anhkyniemxyz')).totalDocs).toBe(0)
      expect((await found('anonymous', 'anhkyniemxyz')).totalDocs).toBe(0)
    })
  })

  describe('parameters', () => {
    it('filters by type, status, unit (id or code) and date, and pages', async () => {
      for (let i = 0; i < 3; i++) await published('articles', { title: `Trang phantrang ${i}` }, 'CA')
      await published('slogans', { number: 700, text: 'Khẩu hiệu phantrang' }, 'CA')
      expect((await found('editor', 'phantrang')).totalDocs).toBe(4)
      expect((await found('editor', 'phantrang', { type: 'slogans' })).totalDocs).toBe(1)
      expect((await found('editor', 'phantrang', { type: 'articles,slogans', unit: 'CA' })).totalDocs).toBe(4)
      expect((await found('editor', 'phantrang', { unit: String(units.STTTT) })).totalDocs).toBe(0)
      expect((await found('editor', 'phantrang', { status: 'draft' })).totalDocs).toBe(0)
      expect((await found('editor', 'phantrang', { from: '2999-01-01' })).totalDocs).toBe(0)
      expect((await found('editor', 'phantrang', { to: new Date().toISOString().slice(0, 10) })).totalDocs).toBe(4)
      const one = await found('editor', 'phantrang', { limit: '3', page: '2' })
      expect(one).toMatchObject({ page: 2, totalDocs: 4 })
      expect(one.docs).toHaveLength(1)
      expect((await found('editor', 'phantrang', { unit: 'NOSUCHUNIT' })).totalDocs).toBe(0)
    })

    it('counts and ranks at most the candidate bound: a lower-bound total, still within what the reader may read', async () => {
      for (let i = 0; i < 3; i++) await published('articles', { title: `Giới hạn gioihanxyz ${i}` }, 'CA')
      const draft = await w.t.payload.create({ collection: 'articles', data: w.complete('articles', { title: 'Nháp gioihanxyz', unit: units.CA }) as never, overrideAccess: true })
      const editor2 = (await w.t.payload.find({ collection: 'users', limit: 1, overrideAccess: true, where: { email: { equals: 'editor2@nguon.local' } } })).docs[0]!
      const editor = (await w.t.payload.find({ collection: 'users', limit: 1, overrideAccess: true, where: { email: { equals: 'editor@nguon.local' } } })).docs[0]!
      const query = parseSearchQuery('gioihanxyz')
      const at = (user: unknown, candidates: number, page = 1) =>
        searchIndex({ candidates, filters: {}, limit: 2, page, payload: w.t.payload, query, scope: searchScope(user as never) })
      // Exact while within the bound, for each reader its own count.
      expect(await at(null, 3)).toMatchObject({ totalDocs: 3, totalIsLowerBound: false })
      const own = (await at(editor2, 4)).totalDocs
      const other = (await at(editor, 4)).totalDocs
      expect(own - other, 'the draft counts for its unit only').toBe(1)
      // Past it: the bound, flagged, and pages of the readable candidates only.
      const bounded = await at(null, 2)
      expect(bounded).toMatchObject({ totalDocs: 2, totalIsLowerBound: true })
      expect(bounded.hits.map((h) => h.docId)).not.toContain(draft.id)
      expect((await at(null, 2, 2)).hits).toEqual([])
      const wide = await searchIndex({ candidates: 2, filters: {}, limit: 10, page: 1, payload: w.t.payload, query, scope: searchScope(null) })
      expect(wide.hits, 'the pages hold the bound’s matches, not the one found past it').toHaveLength(2)
      for (const user of [null, editor]) expect((await at(user, 1)).hits.map((h) => h.docId)).not.toContain(draft.id)
    })

    it.each([
      ['q', ''],
      ['q', '   '],
      ['q', '"" * ()'],
      ['q (10,000 characters)', 'x'.repeat(10_000)],
      ['limit', '51'],
      ['limit', '0'],
      ['page', '0'],
      ['page', '-1'],
      ['type', 'users'],
      ['status', 'secret'],
      ['from', '2023-13-45'],
      ['unit', "1' OR 1=1"],
    ])('refuses %s=%j with 400 and a reason', async (key, value) => {
      const res = await search('editor', { q: 'nhan quyen', [key.split(' ')[0]!]: value })
      expect(res.status).toBe(400)
      // page and limit are first checked for all of /api by src/http/apiGuard.ts, in Payload's error shape
      const body = res.body as Answer & { errors?: { data?: { issues: string[] }; message: string }[] }
      expect(body.error ?? body.errors?.[0]?.message).toMatch(/không hợp lệ/)
      expect((body.issues ?? body.errors?.[0]?.data?.issues)?.length).toBeGreaterThan(0)
    })

    it('refuses a repeated parameter', async () => {
      const res = await api<Answer>(w.server.url, '/api/search?q=a&q=b')
      expect(res.status).toBe(400)
    })

    it.each([
      '"',
      'nhân "quyền',
      'quyền*',
      '*',
      '-quyền',
      'nhân OR quyền',
      'NEAR(nhân quyền)',
      'title:quyền',
      '(quyền',
      'quyền)',
      '^quyền',
      '%',
      '50%',
      '_',
      "'",
      "quyền' OR '1'='1",
      'quyền; DROP TABLE articles; --',
      'quyền\u0000\u0007\u001b[31m',
      '\\',
      '{quyền}',
      'a & b | !c <-> d:*',
      'x'.repeat(256),
      'từ '.repeat(85),
    ])('answers %s with 200 or 400, never a 500', async (q) => {
      const res = await search('anonymous', { q })
      expect([200, 400]).toContain(res.status)
      if (res.status === 200) expect(res.body.totalDocs).toBeGreaterThanOrEqual(0)
    })

    it('does not read SQL wildcards as wildcards', async () => {
      expect((await found('admin', '50%')).totalDocs).toBe(0)
      expect((await search('admin', { q: '%' })).status).toBe(400)
    })
  })

  describe('the index', () => {
    it('is written in the content’s transaction: a write rolled back leaves nothing to find', async () => {
      const req = await createLocalReq({}, w.t.payload)
      await initTransaction(req)
      await w.t.payload.create({ collection: 'articles', data: w.complete('articles', { _status: 'published', title: 'Quay lui quaylui', workflowStatus: 'published', unit: units.CA }) as never, overrideAccess: true, req })
      await killTransaction(req)
      expect((await found('admin', 'quaylui')).totalDocs).toBe(0)
      const committed = await createLocalReq({}, w.t.payload)
      await initTransaction(committed)
      await w.t.payload.create({ collection: 'articles', data: w.complete('articles', { _status: 'published', title: 'Đã lưu daluuxyz', workflowStatus: 'published', unit: units.CA }) as never, overrideAccess: true, req: committed })
      await commitTransaction(committed)
      expect((await found('anonymous', 'daluuxyz')).totalDocs).toBe(1)
    })

    it('forgets a deleted item', async () => {
      const doc = await published('articles', { title: 'Sẽ xoá sexoaxyz' })
      await w.t.payload.update({ collection: 'articles', data: { _status: 'draft', workflowStatus: 'withdrawn' } as never, id: doc.id, overrideAccess: true })
      await w.t.payload.delete({ collection: 'articles', id: doc.id, overrideAccess: true })
      expect((await found('admin', 'sexoaxyz')).totalDocs).toBe(0)
    })

    it.skipIf(testDatabaseKind() !== 'sqlite')('reads the access columns where FTS5’s content table keeps them (c0, c1, … in declared order)', async () => {
      await published('articles', { title: 'Cột nội dung cotnoidungxyz' })
      const execute = (raw: string) =>
        (w.t.payload.db as unknown as { drizzle: unknown; execute: (a: { drizzle: unknown; raw: string }) => Promise<{ rows: Record<string, unknown>[] }> }).execute({
          drizzle: (w.t.payload.db as unknown as { drizzle: unknown }).drizzle,
          raw,
        })
      const direct = SQLITE_COLUMNS.map((name, i) => `c.c${i} AS "${name}"`).join(', ')
      const [viaFts] = (await execute(`SELECT ${SQLITE_COLUMNS.join(', ')} FROM search_fts WHERE search_fts MATCH 'cotnoidungxyz'`)).rows
      const [viaContent] = (await execute(`SELECT ${direct} FROM search_fts f JOIN search_fts_content c ON c.id = f.rowid WHERE search_fts MATCH 'cotnoidungxyz'`)).rows
      expect(viaFts).toBeDefined()
      expect(viaContent).toEqual(viaFts)
    })

    it('finds a word by a prefix longer than the prefix indexes, whether its words are listed, too many or not plain', async () => {
      // Written as its words (the word list), as FTS5's own prefix query (over 64 words, a word not in plain letters).
      const many = Array.from({ length: 70 }, (_, i) => `nhieututiento${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}`)
      const listed = await published('articles', { summary: 'Tiếp đón tiepdonxyzabc tiepdonxyzdef', title: 'Tiền tố dài' })
      const crowded = await published('articles', { summary: many.join(' '), title: 'Nhiều từ cùng tiền tố' })
      const foreign = await published('articles', { summary: 'Khách từ zzqqжизнь đến', title: 'Chữ khác' })
      expect(await ids('anonymous', 'tiep don tiepdonxyq')).toEqual([])
      expect(await ids('anonymous', 'tiepdonxyz')).toEqual([`articles:${listed.id}`])
      expect(await ids('anonymous', 'tiếp đón tiepdonxyzd')).toEqual([`articles:${listed.id}`])
      expect(await ids('anonymous', 'tiepdonxyzabc')).toEqual([`articles:${listed.id}`])
      expect(await ids('anonymous', 'tiepdonxyzabcd')).toEqual([])
      expect(await ids('anonymous', 'tiepdonxyzab ')).toEqual([])
      expect(await ids('anonymous', 'nhieututient')).toEqual([`articles:${crowded.id}`])
      expect(await ids('anonymous', 'zzqq')).toEqual([`articles:${foreign.id}`])
    })

    it.skipIf(testDatabaseKind() !== 'sqlite')('lists the words a transaction indexes with it, and fills the list from the index when it is empty', async () => {
      const execute = (raw: string) =>
        (w.t.payload.db as unknown as { drizzle: unknown; execute: (a: { drizzle: unknown; raw: string }) => Promise<{ rows: Record<string, unknown>[] }> }).execute({
          drizzle: (w.t.payload.db as unknown as { drizzle: unknown }).drizzle,
          raw,
        })
      const listedWords = async (prefix: string) => (await execute(`SELECT term FROM search_terms WHERE term LIKE '${prefix}%' ORDER BY term`)).rows.map((r) => r.term)
      const req = await createLocalReq({}, w.t.payload)
      await initTransaction(req)
      await w.t.payload.create({ collection: 'articles', data: w.complete('articles', { _status: 'published', title: 'Huỷ huybobxyz', workflowStatus: 'published', unit: units.CA }) as never, overrideAccess: true, req })
      await killTransaction(req)
      expect(await listedWords('huybobxyz')).toEqual([])
      const doc = await published('articles', { title: 'Danh sách danhsachxyz' })
      expect(await listedWords('danhsachxyz')).toEqual(['danhsachxyz'])
      // A database indexed before the list existed: start-up (ensureSearchIndex) lists the index's words.
      await execute('DELETE FROM search_terms')
      await ensureSearchIndex(w.t.payload)
      expect(await listedWords('danhsachxyz')).toEqual(['danhsachxyz'])
      expect(await ids('anonymous', 'danhsachx')).toEqual([`articles:${doc.id}`])
    })

    it.skipIf(testDatabaseKind() !== 'sqlite')('is merged into one segment by the nightly job, with the same answers; a write adds a segment again', async () => {
      // Each write's transaction leaves FTS5 a segment of its own; the items of this file have left many.
      for (let i = 0; i < 5; i++) await published('articles', { title: `Gộp gopxyz ${i}` })
      expect(await searchSegments(w.t.payload)).toBeGreaterThan(1)
      const who: Who[] = ['anonymous', 'editor', 'admin']
      const before = await Promise.all(who.map((reader) => ids(reader, 'thu', { limit: '50' })))
      const gop = await ids('admin', 'gopxyz', { limit: '50' })
      // The scheduled task, run as the jobs queue runs it.
      const job = await w.t.payload.jobs.queue({ input: {}, queue: SCHEDULED_QUEUE, task: SEARCH_MAINTENANCE_TASK })
      await w.t.payload.jobs.runByID({ id: job.id })
      // Completed, so Payload removed it (a failed job stays, with its error).
      expect((await w.t.payload.find({ collection: 'payload-jobs', overrideAccess: true, where: { id: { equals: job.id } } })).docs).toEqual([])
      expect(await searchSegments(w.t.payload)).toBe(1)
      expect(await Promise.all(who.map((reader) => ids(reader, 'thu', { limit: '50' })))).toEqual(before)
      expect(await ids('admin', 'gopxyz', { limit: '50' })).toEqual(gop)
      expect(gop).toHaveLength(5)
      // Nothing left to merge: one step that finds nothing.
      expect(await mergeSearchIndex({ payload: w.t.payload })).toEqual({ segments: 1, steps: 1 })
      await published('articles', { title: 'Sau khi gộp saugopxyz' })
      expect(await searchSegments(w.t.payload)).toBe(2)
      expect(await ids('anonymous', 'saugopxyz')).toHaveLength(1)
    })

    it('is rebuilt by reindexAll with the same answers', async () => {
      const before = await Promise.all((['anonymous', 'editor', 'admin'] as Who[]).map((who) => ids(who, 'thu', { limit: '50' })))
      await reindexAll({ payload: w.t.payload })
      const after = await Promise.all((['anonymous', 'editor', 'admin'] as Who[]).map((who) => ids(who, 'thu', { limit: '50' })))
      expect(after).toEqual(before)
      expect(before[2]!.length).toBeGreaterThan(before[0]!.length)
    })
  })

  describe('property: a word of an item, typed any way, finds it for its readers and never for others', () => {
    const SYLLABLES = ['quyền', 'người', 'tự', 'do', 'tôn', 'giáo', 'đảng', 'nhân', 'dân', 'ĐỒNG', 'Bào', 'mã', 'má', 'ma', 'Hà', 'Tĩnh', '2023', '75', 'luật', 'phát', 'triển']
    const VARIANTS = ['as-is', 'folded', 'upper', 'nfd'] as const
    const typed = (word: string, how: (typeof VARIANTS)[number]) =>
      how === 'folded' ? indexForms(word).folded : how === 'upper' ? word.toUpperCase() : how === 'nfd' ? word.normalize('NFD') : word

    it('holds for generated texts, words and readers', async () => {
      const payload = w.t.payload
      let next = 900_000
      await fc.assert(
        fc.asyncProperty(
          fc.array(fc.constantFrom(...SYLLABLES), { maxLength: 12, minLength: 1 }),
          fc.nat(),
          fc.constantFrom(...VARIANTS),
          fc.constantFrom('public-live', 'cadres-live', 'draft'),
          fc.constantFrom<Who>('anonymous', 'editor', 'editor2', 'admin'),
          async (words, pick, how, kind, who) => {
            const docId = next++
            const marker = `propxyz${docId}`
            const text = [...words, marker].join(' ')
            const forms = indexForms(text)
            const row: SearchRow = {
              body: text,
              bodyFolded: forms.folded,
              campaign: null,
              collection: 'articles',
              docId,
              exact: forms.exact,
              expireAt: null,
              hasLatest: 0,
              isPublic: kind === 'public-live' ? 1 : 0,
              key: rowKey('articles', docId, kind === 'draft' ? 'latest' : 'live'),
              publishAt: null,
              reach: null,
              status: kind === 'draft' ? 'draft' : 'published',
              title: marker,
              titleFolded: indexForms(marker).folded,
              unit: units.CA!,
              updatedAt: new Date().toISOString(),
              uploadedBy: null,
              variant: kind === 'draft' ? 'latest' : 'live',
            }
            await insertSearchRows({ payload, rows: [row] })
            try {
              const word = words[pick % words.length]!
              const user = who === 'anonymous' ? null : (await payload.find({ collection: 'users', limit: 1, overrideAccess: true, where: { email: { equals: `${who}@nguon.local` } } })).docs[0]
              const query = parseSearchQuery(`${typed(word, how)} ${marker} `)
              const { hits } = await searchIndex({ filters: {}, limit: 5, page: 1, payload, query, scope: searchScope(user as never) })
              const mayRead = kind === 'public-live' || (who !== 'anonymous' && (kind === 'cadres-live' || who === 'editor2' || who === 'admin'))
              expect(hits.map((h) => h.docId)).toEqual(mayRead ? [docId] : [])
            } finally {
              await writeSearchRows({ keys: [row.key], payload, rows: [] })
            }
          },
        ),
        { numRuns: 60, seed: 18 },
      )
    })
  })
})
