// Run as a separate process: another app instance on the same database approves one item, as a reviewer.
// Usage: tsx tests/helpers/childApprove.ts <collection> <id> <reviewer-email> [--wait-for-go]
// With --wait-for-go it prints CHILD_READY once Payload is up and approves when a line arrives on stdin, so a test
// can race it against a decision in its own process.
import { createLocalReq, getPayload } from 'payload'
import { createInterface } from 'node:readline'

import type { ContentCollection } from '../../src/content/vocabulary'

import { closeDatabaseConnections } from '../../src/db'

const [collection, id, email] = process.argv.slice(2) as [ContentCollection, string, string]
const { default: config } = await import('../../payload.config')
const payload = await getPayload({ config })
const { performWorkflowAction } = await import('../../src/workflow/performWorkflowAction')
const { docs } = await payload.find({ collection: 'users', overrideAccess: true, where: { email: { equals: email } } })
const req = await createLocalReq({ user: { ...docs[0]!, collection: 'users' } as never }, payload)
if (process.argv.includes('--wait-for-go')) {
  process.stdout.write('\nCHILD_READY\n')
  await new Promise<void>((resolve) => createInterface({ input: process.stdin }).once('line', () => resolve()))
}
const outcome = await performWorkflowAction({ action: 'approve', collection, id, req })
// Committed when performWorkflowAction returns: the moment the other process's feeds must catch up from.
process.stdout.write(`\nCHILD_RESULT ${JSON.stringify({ committedAt: Date.now(), status: outcome.status })}\n`)
await payload.destroy()
await closeDatabaseConnections(payload.db)
process.exit(outcome.status === 200 ? 0 : 1)
