import { defineConfig } from 'vitest/config'

import { NODE_OPTIONS } from './src/nodeOptions'

// End-to-end: the real server (`npm start` path, Next production build) and a real browser.
export default defineConfig({
  test: {
    // Two files at a time: each starts its own server on a free port with its own data folder and database, and much of
    // a browser test is waiting (network idle, a job's turn), so two overlap well on CI's two cores (sum 1152 s, wall 611 s).
    fileParallelism: true,
    maxWorkers: 2,
    // The upgrade test installs the previous release once per machine in its beforeAll (npm ci of that commit).
    hookTimeout: 900_000,
    // The upgrade from the previous release runs here too (alone: `npm run test:upgrade`), beside the browser files
    // rather than after them, one file at a time.
    include: ['tests/e2e/**/*.test.ts', 'tests/release/upgrade.test.ts'],
    pool: 'forks',
    testTimeout: 180_000,
    // The real server is started the way `npm start` starts it: see nodeOptions.ts.
    // Test receivers listen on loopback, which webhooks may reach only when allowed (README, Security).
    env: { NGUON_WEBHOOK_ALLOWED_HOSTS: '127.0.0.1,::1', NODE_OPTIONS },
  },
})
