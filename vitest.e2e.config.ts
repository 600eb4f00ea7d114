import { defineConfig } from 'vitest/config'

import { NODE_OPTIONS } from './src/nodeOptions'

// End-to-end: the real server (`npm start` path, Next production build) and a real browser.
export default defineConfig({
  test: {
    fileParallelism: false,
    hookTimeout: 600_000,
    include: ['tests/e2e/**/*.test.ts'],
    pool: 'forks',
    testTimeout: 180_000,
    // The real server is started the way `npm start` starts it: see nodeOptions.ts.
    // Test receivers listen on loopback, which webhooks may reach only when allowed (README, Security).
    env: { NGUON_WEBHOOK_ALLOWED_HOSTS: '127.0.0.1,::1', NODE_OPTIONS },
  },
})
