// Input Payload cannot use is the client's fault, answered 400 instead of 500: a multipart body that is not one
// (busboy's errors, which Payload wraps as 500), JSON that does not parse (a `_payload` form field), and a query value
// the database cannot take for its column (`where[unit][equals]=abc` reached SQLite as NaN, a repeated parameter as an
// array; PostgreSQL's data exceptions, SQLSTATE class 22). The error is still logged by Payload.
import type { AfterErrorHook } from 'payload'

/** What busboy says of a multipart body that is not one. */
const MULTIPART_FAULTS = /^(?:Unexpected end of (?:form|multipart data)|Malformed (?:part header|urlencoded form)|Multipart: Boundary not found|Unsupported content type)/
/** What the SQLite driver says of a value it cannot bind (NaN from a non-numeric id, an array from a repeated key). */
const UNBINDABLE = /Only finite numbers \(not Infinity or NaN\) can be passed as arguments|can only bind numbers, strings, bigints, buffers, and null/

type ErrorLike = { cause?: unknown; code?: unknown; message?: unknown; name?: unknown; status?: unknown }

export const isMalformedBody = (error: unknown): boolean => {
  const err = error as ErrorLike | null
  if (!err || typeof err.message !== 'string') return false
  if (err.name === 'SyntaxError') return true
  return (err.status === undefined || err.status === 500) && MULTIPART_FAULTS.test(err.message)
}

export const isUnusableValue = (error: unknown): boolean => {
  for (let err = error as ErrorLike | null | undefined, depth = 0; err && depth < 5; err = err.cause as ErrorLike | undefined, depth++) {
    if (typeof err.code === 'string' && /^22[0-9A-Z]{3}$/.test(err.code)) return true
    if (typeof err.message === 'string' && UNBINDABLE.test(err.message)) return true
  }
  return false
}

export const answerUnusableInput: AfterErrorHook = ({ error }) => {
  if (isMalformedBody(error)) {
    return {
      response: { errors: [{ message: 'Nội dung yêu cầu không đọc được (JSON hoặc multipart/form-data hỏng) / The request body could not be read (broken JSON or multipart/form-data)' }] },
      status: 400,
    }
  }
  if (isUnusableValue(error)) {
    return { response: { errors: [{ message: 'Tham số không hợp lệ: một giá trị không hợp với trường của nó / Invalid query parameters: a value does not fit its field' }] }, status: 400 }
  }
}
