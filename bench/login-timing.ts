// How long a failed login takes for an address that has an account against one that has none: the ratio should be
// close to 1 (both run one password hash), so timing does not tell which addresses are registered.
//
//   npm run bench:login-timing [-- rounds]        (default 10 rounds of each, alternated)
import { randomBytes } from 'node:crypto'

import { startTestPayload } from '../tests/helpers/testPayload'
import { startTestServer } from '../tests/helpers/testServer'

const rounds = Number(process.argv[2] ?? 10)
process.env.DISABLE_PAYLOAD_HMR = 'true'
process.env.NGUON_RUN_JOBS = 'false'

const t = await startTestPayload('bench-login')
const server = await startTestServer({ config: t.config, getPayload: async () => t.payload })
await t.payload.create({ collection: 'users', data: { email: 'known@nguon.local', name: 'Có tài khoản', password: 'mật-khẩu-đúng-2024', roles: ['editor'] } as never, overrideAccess: true })

let client = 0
/** One failed login, from its own documentation address so that the rate limits never answer instead. */
async function failedLogin(email: string): Promise<number> {
  client++
  const started = process.hrtime.bigint()
  const res = await fetch(`${server.url}/api/users/login`, {
    body: JSON.stringify({ email, password: `sai-${randomBytes(4).toString('hex')}` }),
    headers: { 'content-type': 'application/json', 'x-forwarded-for': `2001:db8:${client.toString(16)}::1` },
    method: 'POST',
  })
  await res.text()
  if (res.status !== 401) throw new Error(`expected 401, got ${res.status}`)
  return Number(process.hrtime.bigint() - started) / 1e6
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!
const known: number[] = []
const unknown: number[] = []
await failedLogin('known@nguon.local') // warm-up
for (let i = 0; i < rounds; i++) {
  known.push(await failedLogin('known@nguon.local'))
  unknown.push(await failedLogin(`nobody-${i}@nguon.local`))
}
console.log(`failed login, median of ${rounds}: known address ${median(known).toFixed(1)} ms, unknown address ${median(unknown).toFixed(1)} ms`)
console.log(`ratio known / unknown: ${(median(known) / median(unknown)).toFixed(2)}`)
await server.close()
await t.stop()
process.exit(0)
