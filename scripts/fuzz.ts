// `npm run fuzz:<name> -- --runs N [--seed S]`: runs one property-based suite for longer than CI does.
// The suites read FUZZ_RUNS and FUZZ_SEED; a failure prints the shrunk counterexample and the seed to replay it.
import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { parseArgs } from 'node:util'

const SUITES: Record<string, string> = {
  http: 'tests/integration/route-fuzz.test.ts',
  workflow: 'tests/integration/workflow-model.test.ts',
}

const [name, ...rest] = process.argv.slice(2)
const suite = name ? SUITES[name] : undefined
if (!suite) {
  console.error(`usage: npm run fuzz:<${Object.keys(SUITES).join('|')}> -- --runs N [--seed S]`)
  process.exit(2)
}
const { values } = parseArgs({ args: rest, options: { runs: { type: 'string' }, seed: { type: 'string' } } })
const runs = Number(values.runs ?? 1000)
const seed = values.seed ?? String(Date.now() % 2 ** 31)
if (!Number.isInteger(runs) || runs < 1) {
  console.error('--runs must be a whole number of runs, e.g. --runs 2000')
  process.exit(2)
}
console.log(`fuzz ${name}: ${runs} runs, seed ${seed} (replay a failure with --seed ${seed})`)
const root = path.resolve(import.meta.dirname, '..')
const result = spawnSync(process.execPath, [path.join(root, 'node_modules/vitest/vitest.mjs'), 'run', suite], {
  cwd: root,
  env: { ...process.env, FUZZ_RUNS: String(runs), FUZZ_SEED: seed },
  stdio: 'inherit',
})
process.exit(result.status ?? 1)
