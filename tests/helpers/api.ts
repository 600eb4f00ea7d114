// A small HTTP client for tests: JSON in, JSON out, with a Payload JWT when logged in.
import { DEFAULT_DEMO_PASSWORD } from '../../src/settings'

export type ApiResponse<T = Record<string, unknown>> = { body: T; headers: Headers; status: number }

export async function api<T = Record<string, unknown>>(
  baseUrl: string,
  path: string,
  { body, method = body === undefined ? 'GET' : 'POST', token }: { body?: unknown; method?: string; token?: string } = {},
): Promise<ApiResponse<T>> {
  const headers: Record<string, string> = {}
  if (body !== undefined) headers['content-type'] = 'application/json'
  if (token) headers.authorization = `JWT ${token}`
  const response = await fetch(`${baseUrl}${path}`, {
    body: body === undefined ? undefined : JSON.stringify(body),
    headers,
    method,
  })
  const text = await response.text()
  let parsed: unknown = text
  try {
    parsed = text ? JSON.parse(text) : null
  } catch {
    // not JSON; tests that expect JSON will fail on the shape
  }
  return { body: parsed as T, headers: response.headers, status: response.status }
}

export async function login(baseUrl: string, email: string, password = DEFAULT_DEMO_PASSWORD): Promise<string> {
  const res = await api<{ token?: string }>(baseUrl, '/api/users/login', { body: { email, password } })
  if (res.status !== 200 || !res.body.token) throw new Error(`login as ${email} failed: ${res.status} ${JSON.stringify(res.body)}`)
  return res.body.token
}
