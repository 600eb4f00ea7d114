// Counts logins and reset requests per account before Payload looks at them (src/auth/loginLimits.ts), on every
// entry point (REST, GraphQL): a burst of parallel guesses gets exactly the allowed number of password checks. GraphQL
// is also counted per address here, since one HTTP request (all that Express sees) can hold many login mutations.
import type { CollectionAfterOperationHook, CollectionBeforeOperationHook, PayloadRequest } from 'payload'

import { accountOf, addressKey, attemptCounter, CLIENT_HEADER, LIMITS, tooManyAttempts } from '../../../src/auth/loginLimits'
import { Refusal } from '../../../src/workflow/refusal'

const loginAttempts = attemptCounter(LIMITS.loginPerAccount)
const resetRequests = attemptCounter(LIMITS.forgotPerAccount)
const graphqlLogins = attemptCounter(LIMITS.loginPerAddress)
const graphqlResets = attemptCounter(LIMITS.forgotPerAddress)

/** The counter key of this attempt, or null for Local API calls (no client; the server's own work is not limited). */
function loginKey(req: PayloadRequest, data: unknown): null | string {
  const client = req.headers?.get(CLIENT_HEADER)
  return client ? `${accountOf(data)}|${addressKey(client)}` : null
}

function refuse(req: PayloadRequest, what: 'forgot' | 'login', retryAfterMs: number): never {
  const headers = req.responseHeaders ?? new Headers()
  headers.set('Retry-After', String(Math.max(1, Math.ceil(retryAfterMs / 1000))))
  req.responseHeaders = headers
  throw new Refusal(tooManyAttempts(what, retryAfterMs), 429)
}

const viaGraphQL = (req: PayloadRequest): null | string => {
  const client = req.headers?.get(CLIENT_HEADER)
  return client && req.payloadAPI === 'GraphQL' ? addressKey(client) : null
}

export const limitAuthAttempts: CollectionBeforeOperationHook<'users'> = async ({ args, operation, req }) => {
  const graphqlClient = viaGraphQL(req)
  if (graphqlClient && (operation === 'login' || operation === 'forgotPassword')) {
    const { allowed, retryAfterMs } = await (operation === 'login' ? graphqlLogins : graphqlResets).take(graphqlClient)
    if (!allowed) refuse(req, operation === 'login' ? 'login' : 'forgot', retryAfterMs)
  }
  if (operation === 'login') {
    const key = loginKey(req, args.data)
    if (key) {
      const { allowed, retryAfterMs } = await loginAttempts.take(key)
      if (!allowed) refuse(req, 'login', retryAfterMs)
    }
  }
  if (operation === 'forgotPassword' && req.headers?.get(CLIENT_HEADER)) {
    // Per mailbox from anywhere: the limit protects the person receiving the e-mails, known account or not.
    const { allowed, retryAfterMs } = await resetRequests.take(accountOf(args.data))
    if (!allowed) refuse(req, 'forgot', retryAfterMs)
  }
  return args
}

/** A successful login gives its attempt back: only failures count against the account. */
export const forgiveSuccessfulLogin: CollectionAfterOperationHook<'users'> = async ({ args, operation, req, result }) => {
  if (operation === 'login' && result) {
    const key = loginKey(req, (args as { data?: unknown }).data)
    if (key) await loginAttempts.giveBack(key)
    const graphqlClient = viaGraphQL(req)
    if (graphqlClient) await graphqlLogins.giveBack(graphqlClient)
  }
  return result
}
