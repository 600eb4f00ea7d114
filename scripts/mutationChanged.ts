// `npm run test:mutation:changed`: mutation testing of the pure modules whose source changed since their score was
// recorded in `mutation-baseline.json` (CI runs it; a full run of every module takes hours on 2 cores, so CI tests
// only what changed). `npm run test:mutation:record` records the modules of the last Stryker report at their current
// source, refusing any below its goal (scripts/mutationGoals.ts).
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'

import { type ModuleScore, scoresOf } from './mutationGoals'

/** One measured module: its source's hash when measured, what was measured, and the test files Stryker ran it against. */
export type BaselineEntry = { killed: number; score: number; sha256: string; survived: number; testFiles?: string[]; timeout: number }
export type Baseline = Record<string, BaselineEntry>

export const BASELINE_FILE = 'mutation-baseline.json'
export const REPORT_FILE = 'reports/mutation/mutation.json'

/** SHA-256 of a module's source with line endings made LF, so a checkout on Windows does not count as a change. */
export function sourceHash(source: string): string {
  return createHash('sha256').update(source.replace(/\r\n/g, '\n')).digest('hex')
}

/** Modules of the baseline whose current source differs from the one measured (a missing file counts as changed). */
export function changedModules(baseline: Baseline, currentHash: (file: string) => null | string): string[] {
  return Object.keys(baseline)
    .filter((file) => currentHash(file) !== baseline[file]!.sha256)
    .sort()
}

/**
 * The baseline with the report's modules recorded at their current hashes. Throws (naming them) when a module is below
 * its goal or has no source, so a weaker module is never recorded; the test files a module was measured against stay.
 */
export function recordScores(baseline: Baseline, scores: ModuleScore[], currentHash: (file: string) => null | string): Baseline {
  const below = scores.filter((s) => s.score < s.goal)
  if (below.length) throw new Error(`below goal, not recorded: ${below.map((s) => `${s.file} ${s.score.toFixed(1)} % (goal ${s.goal} %)`).join('; ')}`)
  const next: Baseline = { ...baseline }
  for (const s of scores) {
    const sha256 = currentHash(s.file)
    if (sha256 === null) throw new Error(`${s.file}: no such file`)
    const testFiles = baseline[s.file]?.testFiles
    next[s.file] = { killed: s.killed, score: Math.round(s.score * 10) / 10, sha256, survived: s.survived, timeout: s.timeout, ...(testFiles ? { testFiles } : {}) }
  }
  return Object.fromEntries(Object.entries(next).sort(([a], [b]) => a.localeCompare(b)))
}

const hashOnDisk = (file: string) => (existsSync(file) ? sourceHash(readFileSync(file, 'utf8')) : null)
const readBaseline = () => JSON.parse(readFileSync(BASELINE_FILE, 'utf8')) as Baseline

function run(): number {
  const baseline = readBaseline()
  const changed = changedModules(baseline, hashOnDisk)
  if (!changed.length) {
    console.log(`mutation testing: none of the ${Object.keys(baseline).length} modules in ${BASELINE_FILE} changed since its score was recorded`)
    return 0
  }
  console.log(`mutation testing: changed since recorded: ${changed.join(', ')}`)
  let failed = 0
  for (const file of changed) {
    if (!existsSync(file)) {
      console.error(`${file}: in ${BASELINE_FILE} but gone; remove its entry`)
      failed++
      continue
    }
    const testFiles = baseline[file]!.testFiles
    const env = { ...process.env, ...(testFiles ? { MUTATION_TEST_FILES: testFiles.join(',') } : {}) }
    const stryker = spawnSync('npx', ['stryker', 'run', '--mutate', file], { env, stdio: 'inherit' })
    const scores = existsSync(REPORT_FILE) ? scoresOf(JSON.parse(readFileSync(REPORT_FILE, 'utf8')) as Parameters<typeof scoresOf>[0]).filter((s) => s.file === file) : []
    const score = scores[0]
    if (stryker.status !== 0 || !score) {
      console.error(`${file}: Stryker failed (exit ${stryker.status ?? stryker.signal})`)
      failed++
      continue
    }
    const verdict = score.score >= score.goal ? 'ok' : 'BELOW GOAL'
    console.log(`${file}: ${score.score.toFixed(1)} % (goal ${score.goal} %, recorded ${baseline[file]!.score} %) — ${verdict}; record it with npm run test:mutation:record`)
    if (score.score < score.goal) failed++
  }
  return failed ? 1 : 0
}

function record(): number {
  const scores = scoresOf(JSON.parse(readFileSync(REPORT_FILE, 'utf8')) as Parameters<typeof scoresOf>[0])
  writeFileSync(BASELINE_FILE, `${JSON.stringify(recordScores(readBaseline(), scores, hashOnDisk), null, 2)}\n`)
  for (const s of scores) console.log(`recorded ${s.file}: ${s.score.toFixed(1)} %`)
  return 0
}

if (process.argv[1]?.endsWith('mutationChanged.ts')) {
  try {
    process.exitCode = process.argv.includes('--record') ? record() : run()
  } catch (err) {
    console.error((err as Error).message)
    process.exitCode = 1
  }
}
