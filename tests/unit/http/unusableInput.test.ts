import { describe, expect, it } from 'vitest'

import { answerUnusableInput, isMalformedBody, isUnusableValue } from '../../../hooks/answerUnusableInput'

const withStatus = (message: string, status?: number, name = 'APIError') => Object.assign(new Error(message), { name, status })

describe('input Payload cannot use', () => {
  it.each([
    withStatus('Unexpected end of form', 500),
    withStatus('Malformed part header'),
    withStatus('Multipart: Boundary not found', 500),
    Object.assign(new SyntaxError("Expected property name or '}' in JSON at position 1")),
  ])('calls %s an unreadable body', (error) => {
    expect(isMalformedBody(error)).toBe(true)
  })

  it.each([
    Object.assign(new Error('Failed query: …'), { cause: new RangeError('Only finite numbers (not Infinity or NaN) can be passed as arguments') }),
    Object.assign(new Error('Failed query: …'), { cause: new Error('SQLite3 can only bind numbers, strings, bigints, buffers, and null') }),
    Object.assign(new Error('Failed query: …'), { cause: Object.assign(new Error('invalid input syntax for type integer: "abc"'), { code: '22P02' }) }),
  ])('calls %s a value that does not fit its field', (error) => {
    expect(isUnusableValue(error)).toBe(true)
  })

  it.each([
    new Error('Cannot read properties of undefined'),
    withStatus('Unexpected end of form', 403),
    Object.assign(new Error('Failed query: …'), { cause: Object.assign(new Error('duplicate key'), { code: '23505' }) }),
    Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY' }),
  ])('leaves our own faults as they are: %s', (error) => {
    expect(isMalformedBody(error) || isUnusableValue(error)).toBe(false)
    expect(answerUnusableInput({ error } as never)).toBeUndefined()
  })

  it('answers 400 with a bilingual message', () => {
    expect(answerUnusableInput({ error: withStatus('Unexpected end of form', 500) } as never)).toMatchObject({ status: 400 })
  })
})
