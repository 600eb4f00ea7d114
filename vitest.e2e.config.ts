import { defineConfig } from 'vitest/config'

// End-to-end: the real server (`npm start` path, Next production build) and a real browser.
export default defineConfig({
  test: {
    fileParallelism: false,
    hookTimeout: 600_000,
    include: ['tests/e2e/**/*.test.ts'],
    pool: 'forks',
    testTimeout: 180_000,
  },
})
