// Bodies Payload cannot read are the client's fault: a multipart body that is not one (busboy's errors, which Payload
// wraps as 500) or JSON that does not parse (a `_payload` form field, a `where` sent as JSON) answer 400, not 500.
import type { AfterErrorHook } from 'payload'

/** What busboy says of a multipart body that is not one. */
const MULTIPART_FAULTS = /^(?:Unexpected end of (?:form|multipart data)|Malformed (?:part header|urlencoded form)|Multipart: Boundary not found|Unsupported content type)/

export const isMalformedBody = (error: unknown): boolean => {
  const err = error as { message?: unknown; name?: unknown; status?: unknown } | null
  if (!err || typeof err.message !== 'string') return false
  if (err.name === 'SyntaxError') return true
  return (err.status === undefined || err.status === 500) && MULTIPART_FAULTS.test(err.message)
}

export const answerMalformedBodies: AfterErrorHook = ({ error }) => {
  if (!isMalformedBody(error)) return
  return {
    response: { errors: [{ message: 'Nội dung yêu cầu không đọc được (JSON hoặc multipart/form-data hỏng) / The request body could not be read (broken JSON or multipart/form-data)' }] },
    status: 400,
  }
}
