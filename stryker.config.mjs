// Mutation testing of the pure rule modules against the unit tests: `npm run test:mutation` (README, Tests).
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.unit.config.ts', related: true },
  checkers: [],
  // Other pure modules run one at a time with `--mutate` (README, Tests). Vietnamese numbers, speech text and the proof
  // ink box stay out, and run with MUTATION_TEST_FILES naming their own tests (vitest.unit.config.ts): against every
  // unit test reaching them the speech modules take about two hours, and the ink box's first run does not end (the
  // proof tests send every pixel through Stryker's coverage counters).
  mutate: [
    'src/workflow/stateMachine.ts',
    'src/workflow/permissions.ts',
    'src/workflow/writeRules.ts',
    'src/content/completeness.ts',
    'src/access/roles.ts',
  ],
  // Remembers each mutant's result; a re-run tests only mutants in changed code or covered by changed tests.
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  // The build machine's 2 cores are shared by several engineers: one mutant at a time.
  concurrency: 1,
  // `break` is the lowest module goal; `npm run test:mutation:check` holds each module to its own (scripts/mutationGoals.ts).
  thresholds: { high: 95, low: 85, break: 85 },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
}
