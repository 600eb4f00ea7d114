import { describe, expect, it } from 'vitest'

import { scoresOf } from '../../../scripts/mutationGoals'

const mutants = (statuses: Record<string, number>) => Object.entries(statuses).flatMap(([status, n]) => Array.from({ length: n }, () => ({ status })))

describe('mutation goals', () => {
  it('scores killed and timed-out mutants among those tested, and holds the workflow rules to 95 %', () => {
    const report = {
      files: {
        'src/workflow/writeRules.ts': { mutants: mutants({ Killed: 93, Timeout: 1, Survived: 5, NoCoverage: 1, Ignored: 7, CompileError: 2 }) },
        'src/reports/csv.ts': { mutants: mutants({ Killed: 17, Survived: 3 }) },
      },
    }
    expect(scoresOf(report)).toEqual([
      { file: 'src/reports/csv.ts', goal: 85, ignored: 0, killed: 17, noCoverage: 0, score: 85, survived: 3, timeout: 0 },
      { file: 'src/workflow/writeRules.ts', goal: 95, ignored: 7, killed: 93, noCoverage: 1, score: 94, survived: 5, timeout: 1 },
    ])
  })

  it('gives a module with every mutant ignored a full score rather than dividing by zero', () => {
    expect(scoresOf({ files: { 'src/x.ts': { mutants: mutants({ Ignored: 2 }) } } })[0].score).toBe(100)
  })
})
