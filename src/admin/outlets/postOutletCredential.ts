// Calls an outlet's credential endpoints (token, webhook-secret) and turns every refusal into one sentence in the admin language.
import { serverMessage } from '../workflow/serverMessage'
import type { UiLanguage } from '../workflow/words'
import { WORDS } from './words'

export type CredentialAnswer<T> = { body: T; ok: true } | { message: string; ok: false; status: number }

// Our own words for the refusals that need no detail from the server; a 400 keeps the server's reason.
const REFUSALS = { 401: WORDS.status401, 403: WORDS.status403, 404: WORDS.status404 } as const

export async function postOutletCredential<T>({
  apiRoute,
  body,
  endpoint,
  id,
  language,
}: {
  apiRoute: string
  /** JSON to send; none asks the server to generate. */
  body?: Record<string, unknown>
  endpoint: 'token' | 'webhook-secret'
  id: number | string
  language: UiLanguage
}): Promise<CredentialAnswer<T>> {
  let res: Response
  try {
    res = await fetch(`${apiRoute}/outlets/${encodeURIComponent(String(id))}/${endpoint}`, {
      body: body === undefined ? undefined : JSON.stringify(body),
      cache: 'no-store',
      credentials: 'include',
      headers: body === undefined ? { accept: 'application/json' } : { accept: 'application/json', 'content-type': 'application/json' },
      method: 'POST',
    })
  } catch {
    return { message: WORDS.networkError[language], ok: false, status: 0 }
  }
  const parsed: unknown = await res.json().catch(() => null)
  if (res.ok) return { body: parsed as T, ok: true }
  const refusal = REFUSALS[res.status as keyof typeof REFUSALS]
  const message = refusal ? refusal[language] : serverMessage(parsed, language, res.status)
  return { message, ok: false, status: res.status }
}
