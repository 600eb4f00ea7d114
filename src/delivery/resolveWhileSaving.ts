// DNS for an address checked while a form is saved (webhook and source URLs): one lookup, bounded so that a name
// that does not answer never holds the save; such a name is saved and checked again before every connection.
import { lookup } from 'node:dns/promises'

import type { ResolveAll } from './webhookTarget'

/** How long saving waits for DNS. */
export const SAVE_DNS_TIMEOUT_MS = 3_000

export const resolveWhileSaving: ResolveAll = (hostname) =>
  Promise.race([
    lookup(hostname, { all: true, verbatim: true }),
    new Promise<never>((_resolve, reject) => setTimeout(() => reject(new Error('DNS timeout')), SAVE_DNS_TIMEOUT_MS).unref()),
  ])
