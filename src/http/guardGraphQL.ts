// In front of Payload's GraphQL handler: signed-in users only (newsrooms read feeds, the public reads pages), and a
// query over the budget of src/http/graphqlBudget.ts is refused with 400 before anything runs.
import type { SanitizedConfig } from 'payload'

import { getPayload } from 'payload'

import { GRAPHQL_BUDGET, judgeGraphQLRequest } from './graphqlBudget'

type Handler = (request: Request) => Promise<Response>

const problem = (status: number, message: string, issues: string[] = [], headers: Record<string, string> = {}) =>
  Response.json({ errors: [{ extensions: { issues, statusCode: status }, message }] }, { headers: { 'Cache-Control': 'no-store', ...headers }, status })

export const GRAPHQL_SIGN_IN_REQUIRED = 'GraphQL chỉ dành cho người dùng đã đăng nhập; cơ quan nhận tin dùng nguồn cấp /feeds / GraphQL is for signed-in users; outlets read /feeds'

/** Wraps Payload's GRAPHQL_POST: the same handler in Next's route and in the tests' server. */
export function guardGraphQL({ config, handler }: { config: Promise<SanitizedConfig> | SanitizedConfig; handler: Handler }): Handler {
  return async (request) => {
    const length = Number(request.headers.get('content-length') ?? 0)
    if (length > GRAPHQL_BUDGET.maxBytes) return problem(413, `Yêu cầu quá lớn / Request too large (at most ${GRAPHQL_BUDGET.maxBytes} bytes)`)
    const payload = await getPayload({ config })
    const { user } = await payload.auth({ headers: request.headers })
    if (!user) return problem(401, GRAPHQL_SIGN_IN_REQUIRED, [], { 'WWW-Authenticate': 'JWT realm="nguon"' })

    const text = await readText(request, GRAPHQL_BUDGET.maxBytes)
    if (text === null) return problem(413, `Yêu cầu quá lớn / Request too large (at most ${GRAPHQL_BUDGET.maxBytes} bytes)`)
    const type = request.headers.get('content-type') ?? ''
    if (!/^application\/(?:graphql-response\+)?json\b/i.test(type)) {
      return problem(415, 'GraphQL nhận JSON (Content-Type: application/json) / GraphQL takes JSON (Content-Type: application/json)')
    }
    let body: unknown
    try {
      body = JSON.parse(text)
    } catch {
      return problem(400, 'Yêu cầu GraphQL không hợp lệ / Invalid GraphQL request', ['the body is not valid JSON'])
    }
    const verdict = judgeGraphQLRequest(body)
    if (!verdict.allowed) return problem(400, verdict.reason, verdict.issues)
    return handler(new Request(request.url, { body: text, headers: request.headers, method: request.method }))
  }
}

/** The body as text, or null once it passes `max` bytes (a chunked body has no Content-Length to check first). */
async function readText(request: Request, max: number): Promise<null | string> {
  if (!request.body) return ''
  const reader = request.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > max) {
      await reader.cancel().catch(() => undefined)
      return null
    }
    chunks.push(value)
  }
  return new TextDecoder().decode(Buffer.concat(chunks))
}
