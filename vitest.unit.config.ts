import { relative } from 'node:path'

import { defineConfig } from 'vitest/config'
import { BaseSequencer, type TestSpecification } from 'vitest/node'

import base from './vitest.config'

/**
 * Quickest files first, by their last run's time (files never run first of all, smaller first). Vitest's own order
 * runs the files that failed last time first, then the slowest: under Stryker, where one worker runs the files one
 * after another and stops at the first failing test, a slow file that killed one mutant (the speech synthesis tests,
 * 10 s) then ran first for every following mutant, ~15 s a mutant where the module's own tests kill it in
 * milliseconds.
 */
class QuickestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const key = (file: TestSpecification) => `${file.project.name}:${relative(this.ctx.config.root, file.moduleId)}`
    const cost = (file: TestSpecification): [number, number] => {
      const duration = this.ctx.cache.getFileTestResults(key(file))?.duration
      return duration === undefined ? [0, this.ctx.cache.getFileStats(key(file))?.size ?? 0] : [1, duration]
    }
    return files
      .map((file) => ({ cost: cost(file), file }))
      .sort((a, b) => a.cost[0] - b.cost[0] || a.cost[1] - b.cost[1])
      .map(({ file }) => file)
  }
}

// Unit tests only, in one worker thread that keeps its modules between files: what `npm run test:mutation` runs
// against each mutant (stryker.config.mjs). Pure modules need neither a database nor a process of their own, and
// forks with isolation cost ~13 s a mutant on this machine.
// MUTATION_TEST_FILES (comma-separated paths) narrows the files to a module's own tests. Stryker starts a new worker
// for every mutant, and that worker loads every test file reaching the mutant before running any: the speech
// synthesis tests (espeak-ng) cost ~7 s a mutant of the number reading, and under Stryker's coverage counters the
// proof renderings (every pixel through measureTextInk) take over 5 minutes, Stryker's limit for its first run.
// Stryker's own --testFiles would narrow them too, but it tests module-level mutants (tables, regular expressions)
// with the module loaded unmutated, and counts them as survivors.
const only = process.env.MUTATION_TEST_FILES?.split(',').filter(Boolean)

export default defineConfig({
  test: {
    ...base.test,
    include: only?.length ? only : ['tests/unit/**/*.test.ts'],
    isolate: false,
    maxWorkers: 1,
    pool: 'threads',
    sequence: { sequencer: QuickestFirst },
  },
})
