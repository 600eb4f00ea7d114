// Accounts over real HTTP: password reset end to end (no request waits for its own write lock), login rate limits
// instead of a lock-out anyone could trigger, the same answer and the same password hash for unknown addresses, and
// people who leave are deactivated, never deleted with their history. Runs on SQLite and PostgreSQL (TEST_DATABASE_URL).
import crypto from 'node:crypto'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'

import { LIMITS } from '../../src/auth/loginLimits'
import { outbox } from '../../src/email/adapter'
import { DEFAULT_DEMO_PASSWORD } from '../../src/settings'
import { api } from '../helpers/api'
import { type Doc, startWorkflowWorld, type WorkflowWorld } from '../helpers/workflow'

type Answer = { body: { errors?: { message: string }[]; message?: string; token?: string; user?: unknown }; headers: Headers; status: number }

describe('accounts', () => {
  let w: WorkflowWorld
  const url = () => w.server.url

  /** A POST as one client: `from` is the address a trusted proxy in front of Nguồn reports (X-Forwarded-For). */
  async function post(path: string, body: unknown, from?: string): Promise<Answer> {
    const headers: Record<string, string> = { 'content-type': 'application/json' }
    if (from) headers['x-forwarded-for'] = from
    const res = await fetch(`${url()}${path}`, { body: JSON.stringify(body), headers, method: 'POST' })
    const text = await res.text()
    return { body: text ? JSON.parse(text) : {}, headers: res.headers, status: res.status }
  }
  const loginAs = (email: string, password: string, from?: string) => post('/api/users/login', { email, password }, from)
  const userId = async (email: string) =>
    (await w.t.payload.find({ collection: 'users', limit: 1, overrideAccess: true, where: { email: { equals: email } } })).docs[0]!.id

  beforeAll(async () => {
    w = await startWorkflowWorld('accounts')
  })
  afterAll(async () => w?.stop())
  afterEach(() => vi.restoreAllMocks())

  describe('password reset', () => {
    it('mails a Vietnamese reset link, resets the password with it, and refuses the old one — while others keep working', async () => {
      const item = await w.articleIn('draft', { author: 'editor2' })
      outbox.length = 0
      // Before: the reset waited 15 s for the write lock its own request held, then 500; logins and workflow actions behind it too.
      const [forgot, reviewerLogin, submit] = await Promise.all([
        post('/api/users/forgot-password', { email: 'chief@nguon.local' }, '198.51.100.1'),
        loginAs('reviewer@nguon.local', DEFAULT_DEMO_PASSWORD, '198.51.100.2'),
        w.act('editor2', item.id, { action: 'submit' }),
      ])
      expect(forgot.status).toBe(200)
      expect(reviewerLogin.status).toBe(200)
      expect(submit.status).toBe(200)

      const resets = outbox.filter((mail) => mail.subject.includes('đặt lại mật khẩu'))
      expect(resets.map((mail) => mail.to)).toEqual([['chief@nguon.local']])
      const mail = resets[0]!
      expect(mail.html).toContain('Có người (có thể là bạn) vừa yêu cầu đặt lại mật khẩu')
      const link = mail.html!.match(/href="([^"]+)"/)![1]!
      expect(link.startsWith(`${w.t.config.serverURL}/admin/reset/`)).toBe(true)
      const token = decodeURIComponent(link.split('/reset/')[1]!)

      const reset = await post('/api/users/reset-password', { password: 'mật-khẩu-mới-2024', token }, '198.51.100.1')
      expect(reset.status).toBe(200)
      expect((await loginAs('chief@nguon.local', 'mật-khẩu-mới-2024', '198.51.100.1')).status).toBe(200)
      expect((await loginAs('chief@nguon.local', DEFAULT_DEMO_PASSWORD, '198.51.100.1')).status).toBe(401)
      // A token works once.
      expect((await post('/api/users/reset-password', { password: 'lần-thứ-hai-2024', token }, '198.51.100.1')).status).toBe(403)
    })

    it('answers an unknown address exactly as a known one, and sends nothing', async () => {
      outbox.length = 0
      const known = await post('/api/users/forgot-password', { email: 'editor@nguon.local' }, '198.51.100.3')
      const unknown = await post('/api/users/forgot-password', { email: 'nobody@nguon.local' }, '198.51.100.3')
      expect(unknown.status).toBe(known.status)
      expect(unknown.body).toEqual(known.body)
      expect(outbox.map((mail) => mail.to)).toEqual([['editor@nguon.local']])
    })

    it('limits reset e-mails per mailbox, with Retry-After', async () => {
      const statuses: number[] = []
      let last!: Answer
      for (let i = 0; i <= LIMITS.forgotPerAccount.limit; i++) {
        last = await post('/api/users/forgot-password', { email: 'religion@nguon.local' }, `198.51.100.${10 + i}`)
        statuses.push(last.status)
      }
      expect(statuses).toEqual([...Array(LIMITS.forgotPerAccount.limit).fill(200), 429])
      expect(Number(last.headers.get('retry-after'))).toBeGreaterThan(0)
      expect(last.body.errors?.[0]?.message).toMatch(/hãy thử lại sau \d+ phút/)
    })
  })

  describe('login', () => {
    it('checks at most the allowed number of passwords in a parallel burst, answers the rest 429, and locks nobody out', async () => {
      const pbkdf2 = vi.spyOn(crypto, 'pbkdf2')
      const burst = await Promise.all(Array.from({ length: 20 }, () => loginAs('reviewer@nguon.local', 'sai-mật-khẩu', '203.0.113.7')))
      const statuses = burst.map((answer) => answer.status).sort()
      expect(statuses).toEqual([...Array(LIMITS.loginPerAccount.limit).fill(401), ...Array(20 - LIMITS.loginPerAccount.limit).fill(429)])
      expect(pbkdf2).toHaveBeenCalledTimes(LIMITS.loginPerAccount.limit)
      for (const refused of burst.filter((answer) => answer.status === 429)) {
        expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
        expect(refused.body.errors?.[0]?.message).toMatch(/Đăng nhập sai quá nhiều lần; hãy thử lại sau \d+ phút/)
      }
      // Still refused from that client, even with the right password…
      expect((await loginAs('reviewer@nguon.local', DEFAULT_DEMO_PASSWORD, '203.0.113.7')).status).toBe(429)
      // …but the reviewer, elsewhere, logs in: failed guesses lock no account.
      expect((await loginAs('reviewer@nguon.local', DEFAULT_DEMO_PASSWORD, '203.0.113.8')).status).toBe(200)
    })

    it('does not count successful logins', async () => {
      for (let i = 0; i < LIMITS.loginPerAccount.limit + 2; i++) {
        expect((await loginAs('editor@nguon.local', DEFAULT_DEMO_PASSWORD, '203.0.113.9')).status).toBe(200)
      }
    })

    it('answers an unknown address as a wrong password, after the same password hash', async () => {
      const pbkdf2 = vi.spyOn(crypto, 'pbkdf2')
      const wrong = await loginAs('editor@nguon.local', 'sai-mật-khẩu', '203.0.113.10')
      const known = pbkdf2.mock.calls.map((call) => [call[2], call[3], call[4]])
      pbkdf2.mockClear()
      const unknown = await loginAs('khong-co@nguon.local', 'sai-mật-khẩu', '203.0.113.10')
      const unknownHashes = pbkdf2.mock.calls.map((call) => [call[2], call[3], call[4]])
      expect(unknown.status).toBe(401)
      expect(unknown.status).toBe(wrong.status)
      expect(unknown.body).toEqual(wrong.body)
      expect(known).toEqual([[600_000, 32, 'sha256']])
      expect(unknownHashes).toEqual(known)
    })

    it('limits failed logins per client address across accounts', async () => {
      const from = '203.0.113.11'
      // Attempts without a password fail before any hash (400), and count all the same: this stays fast on a busy machine.
      for (let i = 0; i < LIMITS.loginPerAddress.limit; i++) {
        expect((await loginAs(`thu-${i}@nguon.local`, '', from)).status).toBe(400)
      }
      const refused = await loginAs('editor@nguon.local', DEFAULT_DEMO_PASSWORD, from)
      expect(refused.status).toBe(429)
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
      expect(refused.body.errors?.[0]?.message).toMatch(/hãy thử lại sau \d+ phút/)
      expect((await loginAs('editor@nguon.local', DEFAULT_DEMO_PASSWORD, '203.0.113.12')).status).toBe(200)
    })

    it('refuses anonymous GraphQL logins before any runs, and counts each login mutation of signed-in requests', async () => {
      const guesses = Array.from({ length: LIMITS.loginPerAddress.limit + 1 }, (_, i) => `g${i}: loginUser(email: "gql-${i}@nguon.local", password: "") { token }`)
      const ask = async (batch: string[], token?: string) => {
        const res = await fetch(`${url()}/api/graphql`, {
          body: JSON.stringify({ query: `mutation { ${batch.join(' ')} }` }),
          headers: { 'content-type': 'application/json', 'x-forwarded-for': '203.0.113.14', ...(token ? { authorization: `JWT ${token}` } : {}) },
          method: 'POST',
        })
        return { body: (await res.json()) as { errors?: { message: string; path?: string[] }[] }, status: res.status }
      }
      // GraphQL is for signed-in users (src/http/guardGraphQL.ts): anonymous guesses are refused whole.
      expect((await ask(guesses.slice(0, 5))).status).toBe(401)
      // A signed-in user may still send login mutations for other accounts, at most 10 aliases a request (the
      // GraphQL budget): each mutation counts, across requests.
      const limited: string[] = []
      for (let i = 0; i < guesses.length; i += 7) {
        const { body, status } = await ask(guesses.slice(i, i + 7), w.tokens.editor)
        expect(status).toBe(200)
        limited.push(...(body.errors ?? []).filter((error) => /Đăng nhập sai quá nhiều lần/.test(error.message)).map((error) => error.path![0]!))
      }
      expect(limited).toEqual([`g${LIMITS.loginPerAddress.limit}`])
      const after = await loginAs('editor@nguon.local', DEFAULT_DEMO_PASSWORD, '203.0.113.14')
      expect(after.status).toBe(200) // REST counts its own requests; GraphQL's counter is separate
    })

    it('does not let a client choose the address it is counted under', async () => {
      // Were the internal client header honoured, a new value per request would evade the per-account limit.
      const statuses: number[] = []
      for (let i = 0; i <= LIMITS.loginPerAccount.limit; i++) {
        const res = await fetch(`${url()}/api/users/login`, {
          body: JSON.stringify({ email: 'labour@nguon.local', password: 'sai' }),
          headers: { 'content-type': 'application/json', 'x-forwarded-for': '203.0.113.13', 'x-nguon-client': `192.0.2.${100 + i}` },
          method: 'POST',
        })
        statuses.push(res.status)
      }
      expect(statuses).toEqual([...Array(LIMITS.loginPerAccount.limit).fill(401), 429])
    })
  })

  describe('people who leave', () => {
    it('a deactivated user cannot log in, loses open sessions, and is told why only after the right password', async () => {
      const id = await userId('editor2@nguon.local')
      const session = w.tokens.editor2
      expect(((await api<{ user: Doc | null }>(url(), '/api/users/me', { token: session })).body.user as Doc).id).toBe(id)
      const changed = await api(url(), `/api/users/${id}`, { body: { active: false }, method: 'PATCH', token: w.tokens.admin })
      expect(changed.status).toBe(200)

      expect((await api<{ user: Doc | null }>(url(), '/api/users/me', { token: session })).body.user).toBeNull()
      expect((await api(url(), '/api/articles', { body: w.complete('articles', { title: 'Không được' }), token: session })).status).toBe(403)

      const right = await loginAs('editor2@nguon.local', DEFAULT_DEMO_PASSWORD, '192.0.2.20')
      expect(right.status).toBe(403)
      expect(right.body.errors?.[0]?.message).toContain('vô hiệu hoá')
      const wrong = await loginAs('editor2@nguon.local', 'sai-mật-khẩu', '192.0.2.20')
      const unknown = await loginAs('khong-ai@nguon.local', 'sai-mật-khẩu', '192.0.2.20')
      expect(wrong).toMatchObject({ body: unknown.body, status: 401 })

      // Nor through a password reset: no link is mailed (the answer is the usual one), and a token still refuses.
      outbox.length = 0
      expect((await post('/api/users/forgot-password', { email: 'editor2@nguon.local' }, '192.0.2.21')).status).toBe(200)
      expect(outbox.filter((mail) => mail.to.includes('editor2@nguon.local'))).toEqual([])
      const stored = await w.t.payload.db.findOne<{ id: number | string; resetPasswordToken?: string }>({ collection: 'users', where: { id: { equals: id } } })
      expect(stored?.resetPasswordToken).toEqual(expect.any(String))
      const reset = await post('/api/users/reset-password', { password: 'mật-khẩu-mới-2024', token: stored!.resetPasswordToken }, '192.0.2.21')
      expect(reset.status).toBe(403)
      expect(reset.body.errors?.[0]?.message).toContain('vô hiệu hoá')

      // Reactivated, the old password works again.
      expect((await api(url(), `/api/users/${id}`, { body: { active: true }, method: 'PATCH', token: w.tokens.admin })).status).toBe(200)
      expect((await loginAs('editor2@nguon.local', DEFAULT_DEMO_PASSWORD, '192.0.2.20')).status).toBe(200)
    })

    it('tells a deactivated reviewer nothing more', async () => {
      const chief = await userId('chief@nguon.local')
      expect((await api(url(), `/api/users/${chief}`, { body: { active: false }, method: 'PATCH', token: w.tokens.admin })).status).toBe(200)
      try {
        const item = await w.articleIn('draft', { title: 'Bài báo tin khi có người nghỉ' })
        outbox.length = 0
        expect((await w.act('editor', item.id, { action: 'submit' })).status).toBe(200)
        // The notification is sent after the answer: wait for it (not a timed assertion).
        for (let i = 0; i < 100 && !outbox.length; i++) await new Promise((resolve) => setTimeout(resolve, 50))
        const told = outbox.flatMap((mail) => mail.to)
        expect(told).toContain('reviewer@nguon.local')
        expect(told).not.toContain('chief@nguon.local')
      } finally {
        await api(url(), `/api/users/${chief}`, { body: { active: true }, method: 'PATCH', token: w.tokens.admin })
      }
    })

    it('only an admin deactivates, and not themselves', async () => {
      const editor = await userId('editor@nguon.local')
      await api(url(), `/api/users/${editor}`, { body: { active: false }, method: 'PATCH', token: w.tokens.editor })
      expect((await w.t.payload.findByID({ collection: 'users', id: editor, overrideAccess: true })).active).toBe(true)
      const admin = await userId('admin@nguon.local')
      const self = await api<Answer['body']>(url(), `/api/users/${admin}`, { body: { active: false }, method: 'PATCH', token: w.tokens.admin })
      expect(self.status).toBe(400)
      expect(self.body.errors?.[0]?.message).toContain('tự vô hiệu hoá')
      expect((await w.t.payload.findByID({ collection: 'users', id: admin, overrideAccess: true })).active).toBe(true)
    })

    it('refuses to delete a user with a history (409, deactivate instead) and deletes one without', async () => {
      await w.articleIn('in_review', { author: 'editor' })
      const editor = await userId('editor@nguon.local')
      const events = await w.t.payload.count({ collection: 'workflow-events', overrideAccess: true, where: { actor: { equals: editor } } })
      expect(events.totalDocs).toBeGreaterThan(0)
      const refused = await api<Answer['body']>(url(), `/api/users/${editor}`, { method: 'DELETE', token: w.tokens.admin })
      expect(refused.status).toBe(409)
      expect(refused.body.errors?.[0]?.message).toContain('hãy vô hiệu hoá tài khoản thay vì xoá')
      expect(await w.t.payload.count({ collection: 'workflow-events', overrideAccess: true, where: { actor: { equals: editor } } })).toEqual(events)
      expect((await w.t.payload.findByID({ collection: 'users', id: editor, overrideAccess: true, disableErrors: true }))?.id).toBe(editor)

      const newcomer = await api<{ doc: Doc }>(url(), '/api/users', {
        body: { email: 'moi@nguon.local', name: 'Người mới', password: 'mật-khẩu-dài-2024', roles: ['editor'] },
        token: w.tokens.admin,
      })
      expect(newcomer.status).toBe(201)
      expect((await api(url(), `/api/users/${newcomer.body.doc.id}`, { method: 'DELETE', token: w.tokens.admin })).status).toBe(200)
    })

    it('refuses to delete an outlet with deliveries (409, switch it off instead) and deletes one without', async () => {
      const outlet = (data: Record<string, unknown>) =>
        w.t.payload.create({ collection: 'outlets', data: { channels: ['web'], kind: 'web', name: 'Cổng thử', ...data } as never, overrideAccess: true }) as unknown as Promise<Doc>
      const withDeliveries = await outlet({ name: 'Cổng có lịch sử gửi' })
      const item = await w.articleIn('published')
      await w.t.payload.create({
        collection: 'deliveries',
        data: {
          attempts: 1, body: '{}', event: 'item.published', itemCollection: 'articles', itemId: String(item.id), outlet: withDeliveries.id, state: 'success',
          webhookId: `msg_${crypto.randomBytes(8).toString('hex')}`,
        } as never,
        overrideAccess: true,
      })
      const refused = await api<Answer['body']>(url(), `/api/outlets/${withDeliveries.id}`, { method: 'DELETE', token: w.tokens.admin })
      expect(refused.status).toBe(409)
      expect(refused.body.errors?.[0]?.message).toContain('Đang hoạt động')
      expect(await w.t.payload.count({ collection: 'deliveries', overrideAccess: true, where: { outlet: { equals: withDeliveries.id } } })).toEqual({ totalDocs: 1 })

      const fresh = await outlet({ name: 'Cổng chưa gửi gì' })
      expect((await api(url(), `/api/outlets/${fresh.id}`, { method: 'DELETE', token: w.tokens.admin })).status).toBe(200)
    })
  })
})
