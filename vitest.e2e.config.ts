import { defineConfig } from 'vitest/config'

import { NODE_OPTIONS } from './src/nodeOptions'

// End-to-end: the real server (`npm start` path, Next production build) and a real browser.
export default defineConfig({
  test: {
    // Two files at a time: each starts its own server on a free port with its own data folder and database, and much of
    // a browser test is waiting (network idle, a job's turn), so two overlap well on CI's two cores (sum 1152 s, wall 611 s).
    fileParallelism: true,
    maxWorkers: 2,
    hookTimeout: 600_000,
    include: ['tests/e2e/**/*.test.ts'],
    pool: 'forks',
    testTimeout: 180_000,
    // The real server is started the way `npm start` starts it: see nodeOptions.ts.
    // Test receivers listen on loopback, which webhooks may reach only when allowed (README, Security).
    env: { NGUON_WEBHOOK_ALLOWED_HOSTS: '127.0.0.1,::1', NODE_OPTIONS },
  },
})
