import { defineConfig } from 'vitest/config'

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
    env: { DISABLE_PAYLOAD_HMR: 'true', NGUON_RUN_JOBS: 'false', PAYLOAD_DISABLE_DEPENDENCY_CHECKER: 'true' },
  },
})
