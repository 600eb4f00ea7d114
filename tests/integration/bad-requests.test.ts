// Bad input answers a clear 4xx, never 500: inherited names and broken escapes in feed paths, REST bodies that are not
// JSON objects, negative paging, version lists of collections without versions.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startWorkflowWorld, type WorkflowWorld } from '../helpers/workflow'

describe('bad requests answer 4xx', () => {
  let w: WorkflowWorld
  beforeAll(async () => {
    w = await startWorkflowWorld('bad-requests')
  }, 120_000)
  afterAll(async () => {
    await w?.stop()
  })

  const raw = (path: string, init: RequestInit = {}, who?: 'admin' | 'editor') =>
    fetch(`${w.server.url}${path}`, { ...init, headers: { ...(who ? { authorization: `JWT ${w.tokens[who]}` } : {}), ...(init.headers as Record<string, string>) } })

  it.each(['toString', 'constructor', 'hasOwnProperty', '__proto__', 'valueOf'])('answers 404 for the inherited name /feeds/web/%s', async (file) => {
    for (const path of [`/feeds/web/${file}`, `/feeds/loudspeaker/${file}`, `/feeds/${file}/rss.xml`]) {
      const res = await raw(path)
      expect(res.status, path).toBe(404)
      expect((await res.json()).error, path).toMatch(/Không có nguồn cấp.*No such feed/)
    }
  })

  it.each(['/feeds/%ff/rss.xml', '/feeds/web/%E0%A4%A', '/api/articles/%ff', '/api/%c0'])('answers 400 for the broken escape in %s', async (path) => {
    const res = await raw(path)
    expect(res.status).toBe(400)
    expect((await res.json()).error).toMatch(/Địa chỉ không hợp lệ.*Malformed URL/)
  })

  const bodies: [string, Record<string, string>, BodyInit | undefined][] = [
    ['text/plain', { 'content-type': 'text/plain' }, 'title=x'],
    ['a form', { 'content-type': 'application/x-www-form-urlencoded' }, 'title=x&unit=1'],
    ['no body', {}, undefined],
    ['a JSON array', { 'content-type': 'application/json' }, '[1,2]'],
    ['broken JSON', { 'content-type': 'application/json' }, '{"title":'],
    ['a JSON string', { 'content-type': 'application/json' }, '"title"'],
  ]
  describe.each([['anonymous', undefined], ['editor', 'editor'], ['admin', 'admin']] as const)('as %s', (_who, who) => {
    it.each(bodies)('refuses POST /api/articles with %s with a 4xx, writing nothing', async (_name, headers, body) => {
      const before = await w.t.payload.count({ collection: 'articles', overrideAccess: true })
      const res = await raw('/api/articles', { body, headers, method: 'POST' }, who)
      expect(res.status).toBeGreaterThanOrEqual(400)
      expect(res.status).toBeLessThan(500)
      expect((await w.t.payload.count({ collection: 'articles', overrideAccess: true })).totalDocs).toBe(before.totalDocs)
    })
  })

  // Found by the route fuzz on PostgreSQL's seed: the collections outside the workflow had no such guard (a TypeError, 500).
  it.each(['outlets', 'units', 'users', 'campaigns'])('refuses an admin POST /api/%s whose body is not a JSON object with 400, writing nothing', async (slug) => {
    for (const [name, headers, body] of bodies) {
      const before = await w.t.payload.count({ collection: slug as 'outlets', overrideAccess: true })
      const res = await raw(`/api/${slug}`, { body, headers, method: 'POST' }, 'admin')
      expect(res.status, name).toBe(400)
      expect((await w.t.payload.count({ collection: slug as 'outlets', overrideAccess: true })).totalDocs, name).toBe(before.totalDocs)
    }
    const text = await raw(`/api/${slug}`, { body: '{"name":"x"}', method: 'POST' }, 'admin')
    expect(text.status).toBe(400)
    expect((await text.json()).errors[0].message).toMatch(/đối tượng JSON.*must be a JSON object/)
  })

  it('answers a POST overridden to GET on a media file as the GET (Express serves files, not Payload: it answered 500)', async () => {
    for (const who of [undefined, 'admin'] as const) {
      const overridden = await raw('/api/media/file/-1', { body: '{}', headers: { 'content-type': 'application/json', 'x-payload-http-method-override': 'GET' }, method: 'POST' }, who)
      const plain = await raw('/api/media/file/-1', {}, who)
      expect(overridden.status, `as ${who ?? 'anonymous'}`).toBe(plain.status)
      expect(plain.status).toBe(404)
    }
  })

  it.each([
    ['/api/articles', 'multipart/form-data; boundary=x', '{"title":"x"}'],
    ['/api/globals/proof-settings', 'multipart/form-data; boundary=x', 'nothing like a form'],
    ['/api/articles', 'multipart/form-data; boundary=x', '--x\r\ncontent-disposition: form-data; name="_payload"\r\n\r\n{broken\r\n--x--\r\n'],
  ])('answers 400 for a body Payload cannot read (%s, %s)', async (path, type, body) => {
    for (const who of [undefined, 'editor', 'admin'] as const) {
      const res = await raw(path, { body, headers: { 'content-type': type }, method: 'POST' }, who)
      expect(res.status, `as ${who ?? 'anonymous'}`).toBeGreaterThanOrEqual(400)
      expect(res.status, `as ${who ?? 'anonymous'}`).toBeLessThan(500)
    }
  })

  it.each(bodies)('refuses POST /api/globals/broadcast-settings with %s with a 4xx', async (_name, headers, body) => {
    for (const who of [undefined, 'editor', 'admin'] as const) {
      const before = await w.t.payload.findGlobal({ overrideAccess: true, slug: 'broadcast-settings' })
      const res = await raw('/api/globals/broadcast-settings', { body, headers, method: 'POST' }, who)
      expect(res.status, `as ${who ?? 'anonymous'}`).toBeGreaterThanOrEqual(400)
      expect(res.status, `as ${who ?? 'anonymous'}`).toBeLessThan(500)
      expect((await w.t.payload.findGlobal({ overrideAccess: true, slug: 'broadcast-settings' })).updatedAt).toBe(before.updatedAt)
    }
  })

  it.each(['limit=-1&page=-5', 'limit=-1', 'page=-5', 'page=0', 'limit=abc', 'page=1.5', 'limit=100000000000000000000', 'depth=-1', 'depth=99'])(
    'answers 400 for ?%s on a collection list',
    async (query) => {
      for (const who of [undefined, 'admin'] as const) {
        const res = await raw(`/api/articles?${query}`, {}, who)
        expect(res.status, `${query} as ${who ?? 'anonymous'}`).toBe(400)
        expect((await res.json()).errors[0].message).toMatch(/Tham số không hợp lệ.*Invalid query parameter/)
      }
    },
  )

  it.each(['where[id][equals]=abc', 'where[id][equals]=1&where[id][equals]=2', 'where[id][in]=1,abc', 'where[unit][equals]=abc', 'where[or][0][id][not_equals]=x'])(
    'answers ?%s with a 4xx or an empty list, never 500',
    async (query) => {
      for (const who of [undefined, 'editor', 'admin'] as const) {
        const res = await raw(`/api/articles?${query}`, {}, who)
        expect(res.status, `${query} as ${who ?? 'anonymous'}`).toBeLessThan(500)
      }
    },
  )

  it('still serves ordinary paging', async () => {
    const res = await raw('/api/articles?limit=5&page=1&depth=1', {}, 'admin')
    expect(res.status).toBe(200)
  })

  it.each(['users', 'media', 'outlets', 'workflow-events', 'units', 'campaigns', 'deliveries', 'feed-fetches', 'sources', 'incoming', 'ingest-receipts'])('answers 404 for /api/%s/versions (no versions kept)', async (collection) => {
    for (const path of [`/api/${collection}/versions`, `/api/${collection}/versions/1`]) {
      const res = await raw(path, {}, 'admin')
      expect(res.status, path).toBe(404)
      expect((await res.json()).errors[0].message, path).toMatch(/không lưu phiên bản.*keeps no versions/)
    }
  })

  it.each(['feed-state', 'proof-settings', 'broadcast-settings'])('answers 404 for /api/globals/%s/versions (no versions kept)', async (global) => {
    const res = await raw(`/api/globals/${global}/versions`, {}, 'admin')
    expect(res.status).toBe(404)
    expect((await res.json()).errors[0].message).toMatch(/không lưu phiên bản.*keeps no versions/)
  })

  it.each(['/api/users/unlock', '/api/users/abc', '/api/articles/1.5', '/api/articles/abc/workflow', '/api/articles/versions/abc', '/api/outlets/-1/token', '/api/units/1e3'])(
    'answers 404 for %s, whose id cannot be one',
    async (path) => {
      for (const who of [undefined, 'editor', 'admin'] as const) {
        const res = await raw(path, {}, who)
        expect(res.status, `${path} as ${who ?? 'anonymous'}`).toBe(404)
      }
    },
  )

  it('still serves the words in the id place (me, versions, a numeric id)', async () => {
    expect((await raw('/api/users/me', {}, 'editor')).status).toBe(200)
    expect((await raw('/api/units/1', {}, 'admin')).status).toBe(200)
    // Preferences are keyed by name, not id (the admin's list columns, navigation…).
    const saved = await raw('/api/payload-preferences/nav', { body: JSON.stringify({ value: { open: true } }), headers: { 'content-type': 'application/json' }, method: 'POST' }, 'editor')
    expect(saved.status).toBe(200)
    expect((await raw('/api/payload-preferences/nav', {}, 'editor')).status).toBe(200)
  })

  it("deletes only the signed-in user's own preference (Payload's handler answered 500 on SQLite and PostgreSQL)", async () => {
    const save = (who: 'admin' | 'editor', value: unknown) =>
      raw('/api/payload-preferences/columns-test', { body: JSON.stringify({ value }), headers: { 'content-type': 'application/json' }, method: 'POST' }, who)
    expect((await save('editor', { width: 1 })).status).toBe(200)
    expect((await save('admin', { width: 2 })).status).toBe(200)
    expect((await raw('/api/payload-preferences/columns-test', { method: 'DELETE' })).status).toBe(401)
    expect((await raw('/api/payload-preferences/no-such-key', { method: 'DELETE' }, 'admin')).status).toBe(404)
    const deleted = await raw('/api/payload-preferences/columns-test', { method: 'DELETE' }, 'admin')
    expect(deleted.status).toBe(200)
    expect(await deleted.json()).toMatchObject({ key: 'columns-test', value: { width: 2 } })
    expect((await raw('/api/payload-preferences/columns-test', { method: 'DELETE' }, 'admin')).status).toBe(404)
    // The editor's preference under the same key is untouched.
    expect(await (await raw('/api/payload-preferences/columns-test', {}, 'editor')).json()).toMatchObject({ value: { width: 1 } })
  })

  it('still lists the versions of a reviewed collection', async () => {
    const res = await raw('/api/articles/versions', {}, 'admin')
    expect(res.status).toBe(200)
  })
})
