// Starts Nguồn: settings, Payload (schema and demo data on an empty database), Next's admin, Express on PORT.
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import type { Server } from 'node:http'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { deliverySettings } from './delivery/deliverySettings'
import { exitOnSignals, muteBrokenLogStreams } from './http/lifecycle'
import { lexicalResolvesSafely, NODE_OPTIONS } from './nodeOptions'
import { maxJobLagSeconds } from './ops/readiness'
import { DEMO_USERS } from './seed/demoUsers'
import { SAMPLE_AUTHORS } from './seed/sampleContent'
import { DEFAULT_DEMO_PASSWORD, insecureServerUrlWarning, loadSettings, redactUrl, SettingsError, type Settings } from './settings'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const isDev = process.argv.includes('--dev')
const SHUTDOWN_GRACE_MS = 10_000

function settingsOrExit(): Settings {
  try {
    const settings = loadSettings()
    deliverySettings() // NGUON_WEBHOOK_* are read per sending round; a typo should stop the start, not every round
    maxJobLagSeconds() // likewise NGUON_READY_MAX_JOB_LAG_SECONDS, read by each /readyz
    return settings
  } catch (err) {
    if (err instanceof SettingsError || (err instanceof Error && /^NGUON_(WEBHOOK_|READY_)/.test(err.message))) {
      console.error(`nguon: ${err.message}`)
      process.exit(1)
    }
    throw err
  }
}

function buildAdminIfMissing(): void {
  if (existsSync(path.join(root, '.next', 'BUILD_ID'))) return
  console.log('nguon: no production build yet; running `next build` once (about a minute)…')
  const started = Date.now()
  const result = spawnSync(process.execPath, [path.join(root, 'node_modules/next/dist/bin/next'), 'build'], {
    cwd: root,
    env: { ...process.env, NODE_ENV: 'production' },
    stdio: 'inherit',
  })
  if (result.status !== 0) {
    console.error('nguon: `next build` failed; see the output above')
    process.exit(1)
  }
  console.log(`nguon: build finished in ${Math.round((Date.now() - started) / 1000)} s`)
}

function printBanner(settings: Settings): void {
  const base = `http://localhost:${settings.port}`
  const lines = [
    '',
    `Nguồn ${version()} is running (${settings.database.kind}: ${redactUrl(settings.database.url)})`,
    `  Public     ${base}/vi`,
    `  Admin      ${base}/admin`,
    `  REST API   ${base}/api`,
    `  GraphQL    ${base}/api/graphql`,
    `  Feeds      ${base}/feeds`,
    `  Health     ${base}/healthz  (ready: ${base}/readyz, metrics: ${base}/metrics)`,
  ]
  if (settings.demoPassword) {
    const shown = settings.demoPassword === DEFAULT_DEMO_PASSWORD ? settings.demoPassword : '(the value of DEMO_PASSWORD)'
    lines.push('', `Demo logins — for trying Nguồn out only; password: ${shown}`)
    for (const user of DEMO_USERS) lines.push(`  ${user.email.padEnd(22)} ${user.roles.join(' + ')}`)
    lines.push(`  and the sample content's editors: ${SAMPLE_AUTHORS.map((user) => `${user.email} (${user.unitCode})`).join(', ')}`)
  }
  console.log(lines.join('\n') + '\n')
}

function version(): string {
  return (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }).version
}

/** Set once the server listens or is asked to stop: from then on, exiting is expected. */
let accounted = false

// A module graph that never finishes loading ends the process with nothing to say; say it (see nodeOptions.ts).
process.on('exit', (code) => {
  if (accounted || (code !== 0 && code !== 13)) return
  console.error(
    'nguon: stopped before listening: Node did not finish loading the application modules.' +
      (lexicalResolvesSafely() ? '' : ` Start it with \`npm start\`, or set NODE_OPTIONS="${NODE_OPTIONS}" (Node 20 + Lexical).`),
  )
  process.exitCode = 1
})

async function main(): Promise<void> {
  // Before anything logs: a log reader that goes away must not spin or stop the server (src/http/lifecycle.ts).
  muteBrokenLogStreams()
  const settings = settingsOrExit()
  const serverUrlWarning = insecureServerUrlWarning(settings)
  if (serverUrlWarning) console.warn(serverUrlWarning)
  if (!lexicalResolvesSafely()) {
    console.warn(`nguon: started without NODE_OPTIONS="${NODE_OPTIONS}"; Node 20 may hang loading Lexical. \`npm start\` sets it.`)
  }
  // Remember what the operator asked for before Next needs NODE_ENV=production for its own bundles.
  process.env.NGUON_ENV ??= settings.isProduction ? 'production' : 'development'
  process.env.PAYLOAD_SECRET = settings.secret
  if (!isDev) process.env.DISABLE_PAYLOAD_HMR = 'true'

  const [{ default: config }, { getPayload }, { createHttpServer }, { seedIfEmpty }, { closeDatabaseConnections }, { withStartupLock }] = await Promise.all([
    import('../payload.config'),
    import('payload'),
    import('./http/app'),
    import('./seed/seedIfEmpty'),
    import('./db'),
    import('./schema/migrateOnStart'),
  ])
  // The jobs queue (scheduled publishing, …) runs in this process unless a separate `npm run jobs` worker does.
  const payload = await getPayload({ config, cron: process.env.NGUON_RUN_JOBS !== 'false' })
  // Processes started together on an empty database seed it once (the others wait, then find it seeded).
  await withStartupLock(payload, () => seedIfEmpty(payload, { demoPassword: settings.demoPassword }))

  if (!isDev) buildAdminIfMissing()
  ;(process.env as Record<string, string>).NODE_ENV = isDev ? 'development' : 'production'
  const { default: next } = await import('next')
  const nextApp = next({ dev: isDev, dir: root, port: settings.port })
  await nextApp.prepare()
  const handle = nextApp.getRequestHandler()

  const server: Server = createHttpServer({
    getPayload: () => getPayload({ config }),
    nextHandler: (req, res) => handle(req, res),
    version: version(),
  })
  server.listen(settings.port, () => {
    accounted = true
    printBanner(settings)
  })
  server.on('error', (err) => {
    console.error(`nguon: cannot listen on port ${settings.port}: ${err.message}`)
    process.exit(1)
  })

  exitOnSignals({
    closeResources: async () => {
      await nextApp.close?.().catch(() => undefined)
      await payload
        .destroy()
        .then(() => closeDatabaseConnections(payload.db))
        .catch((err: unknown) => payload.logger.error({ err, msg: 'Closing Payload failed' }))
    },
    graceMs: SHUTDOWN_GRACE_MS,
    log: (line) => {
      accounted = true
      console.log(line)
    },
    server,
  })
}

main().catch((err: unknown) => {
  // The schema step's refusals (a database a newer version upgraded, …) are one line for the operator.
  if ((err as Error)?.name === 'SchemaError') {
    console.error(`nguon: ${(err as Error).message}`)
    process.exit(1)
  }
  console.error('nguon: failed to start:', err)
  process.exit(1)
})
