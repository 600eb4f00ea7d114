import { defineConfig } from 'vitest/config'

import { NODE_OPTIONS } from './src/nodeOptions'

// Release suites: the upgrade from the previous release (CI runs it among the end-to-end files), the offline bundle. They start
// real servers (the admin is built when missing) and, for the upgrade, install the previous release once per machine.
export default defineConfig({
  test: {
    fileParallelism: false,
    hookTimeout: 900_000,
    include: ['tests/release/**/*.test.ts'],
    pool: 'forks',
    testTimeout: 180_000,
    // Test receivers listen on loopback, which webhooks may reach only when allowed (README, Security).
    env: { NGUON_WEBHOOK_ALLOWED_HOSTS: '127.0.0.1,::1', NODE_OPTIONS },
  },
})
