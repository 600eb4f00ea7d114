// Which licences Nguồn's production dependencies may carry, so that the whole can be shared under AGPL-3.0-or-later.

import satisfies from 'spdx-satisfies'

/**
 * Licences compatible with conveying the product under AGPL-3.0-or-later (README: Licence). Permissive licences,
 * weak copyleft (MPL-2.0, LGPL) and the GPL version 3 family (AGPL-3.0 §13 lets a covered work be combined with
 * GPL-3.0 code such as espeak-ng). Not here on purpose: GPL-2.0-only (incompatible with version 3), non-commercial
 * and source-available licences, and anything unknown. OFL-1.1 is for the bundled font (Be Vietnam Pro), which is
 * data the program reads, not code linked into it; CC-BY-4.0 is caniuse-lite's browser data.
 */
export const ALLOWED_LICENCES = [
  '0BSD',
  'Apache-2.0',
  'BlueOak-1.0.0',
  'BSD-2-Clause',
  'BSD-3-Clause',
  'CC-BY-4.0',
  'CC0-1.0',
  'GPL-3.0-only',
  'GPL-3.0-or-later',
  'ISC',
  'LGPL-2.1-only',
  'LGPL-2.1-or-later',
  'LGPL-3.0-only',
  'LGPL-3.0-or-later',
  'MIT',
  'MIT-0',
  'MPL-2.0',
  'OFL-1.1',
  'Python-2.0',
  'Unlicense',
  'WTFPL',
  'Zlib',
] as const

/** A package as the licence checker reports it: `licenses` may be an SPDX expression, a list, or a guess marked `*`. */
export type PackageLicence = { licenses?: string | string[]; name: string }

export type Verdict = { allowed: true; licence: string } | { allowed: false; licence: string; reason: string }

const ALLOWED_EXPRESSION = ALLOWED_LICENCES.join(' OR ')

/** Whether one package's licence is allowed; each refusal says why, so the CI log tells what to do. */
export function judgeLicence({ licenses, name }: PackageLicence): Verdict {
  const list = Array.isArray(licenses) ? licenses : licenses ? [licenses] : []
  const licence = list.join(' AND ') || 'UNKNOWN'
  if (list.some((l) => /^UNLICENSED$/i.test(l.trim()))) {
    return { allowed: false, licence, reason: `${name} is UNLICENSED: its authors grant no right to use it` }
  }
  if (!list.length || list.some((l) => /^UNKNOWN$/i.test(l.trim()))) {
    return {
      allowed: false,
      licence,
      reason: `${name}'s licence is unknown (missing, or not written in SPDX form, like "Apache 2.0"); read its licence file and confirm it in release/licence-clarifications.json`,
    }
  }
  const guessed = list.find((l) => l.trim().endsWith('*'))
  if (guessed) {
    return {
      allowed: false,
      licence,
      reason: `${name}'s licence "${guessed}" was guessed from a file or corrected from a non-SPDX spelling; confirm it in release/licence-clarifications.json`,
    }
  }
  for (const expression of list) {
    let ok: boolean
    try {
      ok = satisfies(expression, ALLOWED_EXPRESSION)
    } catch {
      return { allowed: false, licence, reason: `${name}'s licence "${expression}" is not an SPDX expression` }
    }
    if (!ok) return { allowed: false, licence, reason: `${name} is licensed "${expression}", which is not on the allow-list (release/licencePolicy.ts)` }
  }
  return { allowed: true, licence }
}
