// The slogan proof module builds its bounded layout cache when it loads. Imported inside a test, a module that throws
// there fails this test, where a failed import of renderSloganProof.test.ts would fail no test (Stryker counts that
// mutant as survived).
import { expect, it } from 'vitest'

it('loads the slogan proof renderer with its bounded layout cache', async () => {
  const { prepareSloganText } = await import('../../../src/proofs/renderSloganProof')
  expect(prepareSloganText('Việt Nam')).toBe('VIỆT NAM')
})
