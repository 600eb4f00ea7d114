import { defineConfig } from 'vitest/config'

import { NODE_OPTIONS } from './src/nodeOptions'

export default defineConfig({
  test: {
    // One process per test file: each integration suite gets its own Payload and its own database.
    pool: 'forks',
    isolate: true,
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 180_000,
    include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
    // Tests drive the jobs queue themselves (payload.jobs.run, sender rounds); no background runner in between.
    // NODE_OPTIONS reaches the processes tests start (a second app instance, the real server): see nodeOptions.ts.
    // Suites make their schema with the committed migrations, as production does (and faster than a push: README, Schema).
    // Test receivers listen on loopback, which webhooks may reach only when allowed (README, Security).
    env: { DISABLE_PAYLOAD_HMR: 'true', NGUON_WEBHOOK_ALLOWED_HOSTS: '127.0.0.1,::1', NGUON_RUN_JOBS: 'false', NODE_OPTIONS: NODE_OPTIONS, PAYLOAD_DISABLE_DEPENDENCY_CHECKER: 'true' },
  },
})
