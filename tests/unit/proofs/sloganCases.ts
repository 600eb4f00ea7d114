// Every Plan 232 slogan in both languages on every format: the table the PNG and SVG suites run over.
import { PROOF_FORMATS } from '../../../src/proofs/formats'
import { PLAN_232_SLOGANS } from '../../../src/seed/plan-232'

export const SLOGAN_CASES = PROOF_FORMATS.flatMap((format) =>
  (['vi', 'en'] as const).flatMap((locale) =>
    PLAN_232_SLOGANS.map((slogan) => ({ format, locale, number: slogan.number, text: slogan.text[locale] })),
  ),
)
