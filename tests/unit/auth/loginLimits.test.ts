import { describe, expect, it } from 'vitest'

import { accountOf, attemptCounter, tooManyAttempts } from '../../../src/auth/loginLimits'

describe('the attempt counter', () => {
  it('lets exactly the limit through a parallel burst', async () => {
    const counter = attemptCounter({ limit: 5, windowMs: 60_000 })
    const answers = await Promise.all(Array.from({ length: 20 }, () => counter.take('reviewer@nguon.local|203.0.113.7')))
    expect(answers.filter((answer) => answer.allowed)).toHaveLength(5)
    for (const refused of answers.filter((answer) => !answer.allowed)) expect(refused.retryAfterMs).toBeGreaterThan(0)
  })

  it('counts each key apart, and takes back what is given back', async () => {
    const counter = attemptCounter({ limit: 1, windowMs: 60_000 })
    expect((await counter.take('a')).allowed).toBe(true)
    expect((await counter.take('b')).allowed).toBe(true)
    expect((await counter.take('a')).allowed).toBe(false)
    await counter.giveBack('b')
    expect((await counter.take('b')).allowed).toBe(true)
  })
})

describe('the words of a limit', () => {
  it('names the wait in whole minutes, Vietnamese first', () => {
    expect(tooManyAttempts('login', 61_000)).toBe('Đăng nhập sai quá nhiều lần; hãy thử lại sau 2 phút / Too many failed logins; try again in 2 minutes')
    expect(tooManyAttempts('forgot', 1_000)).toMatch(/sau 1 phút .* in 1 minute$/)
  })

  it('matches accounts as Payload does, and never by a non-string', () => {
    expect(accountOf({ email: '  Reviewer@Nguon.Local ' })).toBe('reviewer@nguon.local')
    expect(accountOf({ email: { $ne: '' } })).toBe('')
    expect(accountOf(undefined)).toBe('')
  })
})
