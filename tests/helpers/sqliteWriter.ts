// Run as a separate process: increments one counter in a SQLite file through the app's serialised client for a
// while, and prints how many increments committed and which errors it met.
// Usage: tsx tests/helpers/sqliteWriter.ts <file> <milliseconds>
import { createClient } from '@libsql/client'

import { type LibsqlClient, serializeWrites } from '../../src/sqliteWrites'

const [file, duration] = process.argv.slice(2) as [string, string]
const client = createClient({ url: `file:${file}` })
await client.execute('PRAGMA journal_mode=WAL')
serializeWrites(client as unknown as LibsqlClient)
const until = Date.now() + Number(duration)
let committed = 0
const errors: string[] = []
const writer = async () => {
  while (Date.now() < until) {
    try {
      const tx = await client.transaction('write')
      try {
        const { rows } = await tx.execute('select n from counter where id = 1')
        await tx.execute({ args: [Number(rows[0]!.n) + 1], sql: 'update counter set n = ? where id = 1' })
        await tx.commit()
        committed++
      } finally {
        tx.close()
      }
      await client.execute({ args: [process.pid], sql: 'insert into log (pid) values (?)' })
    } catch (err) {
      errors.push(String(err).slice(0, 200))
    }
  }
}
const reader = async () => {
  while (Date.now() < until) {
    await client.execute('select count(*) from log')
    await new Promise((resolve) => setImmediate(resolve))
  }
}
await Promise.all([writer(), writer(), reader()])
process.stdout.write(`${JSON.stringify({ committed, errors })}\n`)
client.close()
