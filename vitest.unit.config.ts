import { defineConfig } from 'vitest/config'

import base from './vitest.config'

// Unit tests only, in one worker thread that keeps its modules between files: what `npm run test:mutation` runs
// against each mutant (stryker.config.mjs). Pure modules need neither a database nor a process of their own, and
// forks with isolation cost ~13 s a mutant on this machine.
export default defineConfig({
  test: { ...base.test, include: ['tests/unit/**/*.test.ts'], isolate: false, maxWorkers: 1, pool: 'threads' },
})
