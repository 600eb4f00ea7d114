import { describe, expect, it } from 'vitest'

import { type Baseline, changedModules, recordScores, sourceHash } from '../../../scripts/mutationChanged'
import type { ModuleScore } from '../../../scripts/mutationGoals'

const entry = (sha256: string, extra: Partial<Baseline[string]> = {}) => ({ killed: 10, score: 100, sha256, survived: 0, timeout: 0, ...extra })
const score = (file: string, values: Partial<ModuleScore>): ModuleScore => ({ file, goal: 85, ignored: 0, killed: 0, noCoverage: 0, score: 100, survived: 0, timeout: 0, ...values })

describe('mutation testing of changed modules', () => {
  it('hashes the source with LF line endings, so only a change of text counts', () => {
    expect(sourceHash('a\r\nb\n')).toBe(sourceHash('a\nb\n'))
    expect(sourceHash('a\nb\n')).not.toBe(sourceHash('a\nb \n'))
    expect(sourceHash('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855')
  })

  it('names the modules whose source differs from the one measured, and a module whose file is gone, in order', () => {
    const baseline: Baseline = { 'src/b.ts': entry('hb'), 'src/a.ts': entry('ha'), 'src/gone.ts': entry('hg'), 'src/same.ts': entry('hs') }
    const now: Record<string, string> = { 'src/a.ts': 'ha2', 'src/b.ts': 'hb2', 'src/same.ts': 'hs' }
    expect(changedModules(baseline, (file) => now[file] ?? null)).toEqual(['src/a.ts', 'src/b.ts', 'src/gone.ts'])
    expect(changedModules({ 'src/same.ts': entry('hs') }, (file) => now[file] ?? null)).toEqual([])
  })

  it('records the report’s modules at their current source, keeping their test files and the other modules', () => {
    const baseline: Baseline = { 'src/speech.ts': entry('old', { testFiles: ['tests/unit/speech.test.ts'] }), 'src/other.ts': entry('ho') }
    const next = recordScores(baseline, [score('src/speech.ts', { killed: 600, score: 96.06, survived: 25, timeout: 1 }), score('src/new.ts', { killed: 9, score: 90, survived: 1 })], (file) => `h:${file}`)
    expect(next).toEqual({
      'src/new.ts': { killed: 9, score: 90, sha256: 'h:src/new.ts', survived: 1, timeout: 0 },
      'src/other.ts': entry('ho'),
      'src/speech.ts': { killed: 600, score: 96.1, sha256: 'h:src/speech.ts', survived: 25, testFiles: ['tests/unit/speech.test.ts'], timeout: 1 },
    })
    expect(Object.keys(next)).toEqual(['src/new.ts', 'src/other.ts', 'src/speech.ts'])
    expect(baseline['src/speech.ts']!.sha256).toBe('old') // the baseline given is not changed
  })

  it('refuses to record a module below its goal, or one without a source, and records nothing then', () => {
    const baseline: Baseline = { 'src/workflow/stateMachine.ts': entry('h') }
    expect(() => recordScores(baseline, [score('src/workflow/stateMachine.ts', { goal: 95, score: 94.9 }), score('src/ok.ts', {})], () => 'x')).toThrow(
      'below goal, not recorded: src/workflow/stateMachine.ts 94.9 % (goal 95 %)',
    )
    expect(() => recordScores(baseline, [score('src/gone.ts', {})], () => null)).toThrow('src/gone.ts: no such file')
    expect(recordScores(baseline, [score('src/at-goal.ts', { score: 85 })], () => 'y')['src/at-goal.ts']!.score).toBe(85)
  })
})
