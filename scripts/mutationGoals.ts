// `npm run test:mutation:check`: fails when a module in the last mutation report scores below its own goal.
// Stryker has one global `break` threshold (the lowest goal, 85 %); the workflow and permission rules must reach 95 %.
import { readFileSync } from 'node:fs'

/** Goal per module, in percent of mutants killed or timed out among those tested (Stryker's mutation score). */
export const MUTATION_GOALS: Readonly<Record<string, number>> = {
  'src/workflow/stateMachine.ts': 95,
  'src/workflow/permissions.ts': 95,
  'src/workflow/writeRules.ts': 95,
  'src/workflow/actionRequest.ts': 95,
  'src/content/completeness.ts': 95,
  'src/access/roles.ts': 95,
}
/** Every other pure module. */
export const DEFAULT_GOAL = 85

type Report = { files: Record<string, { mutants: { status: string }[] }> }
export type ModuleScore = { file: string; goal: number; killed: number; score: number; survived: number; timeout: number; noCoverage: number; ignored: number }

/** Scores as Stryker counts them: (killed + timeout) / (killed + timeout + survived + no coverage); ignored and errors left out. */
export function scoresOf(report: Report): ModuleScore[] {
  return Object.entries(report.files)
    .map(([file, { mutants }]) => {
      const count = (status: string) => mutants.filter((mutant) => mutant.status === status).length
      const [killed, timeout, survived, noCoverage, ignored] = ['Killed', 'Timeout', 'Survived', 'NoCoverage', 'Ignored'].map(count)
      const tested = killed + timeout + survived + noCoverage
      return { file, goal: MUTATION_GOALS[file] ?? DEFAULT_GOAL, ignored, killed, noCoverage, score: tested === 0 ? 100 : (100 * (killed + timeout)) / tested, survived, timeout }
    })
    .sort((a, b) => a.file.localeCompare(b.file))
}

if (process.argv[1]?.endsWith('mutationGoals.ts')) {
  const path = process.argv[2] ?? 'reports/mutation/mutation.json'
  const scores = scoresOf(JSON.parse(readFileSync(path, 'utf8')) as Report)
  for (const s of scores) {
    const verdict = s.score >= s.goal ? 'ok' : 'BELOW GOAL'
    console.log(`${s.file}: ${s.score.toFixed(1)} % (goal ${s.goal} %): ${s.killed} killed, ${s.timeout} timed out, ${s.survived} survived, ${s.noCoverage} not covered, ${s.ignored} ignored — ${verdict}`)
  }
  if (scores.length === 0) console.log(`${path} holds no module`)
  process.exitCode = scores.some((s) => s.score < s.goal) ? 1 : 0
}
