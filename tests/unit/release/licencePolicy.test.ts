import { describe, expect, it } from 'vitest'

import { judgeLicence } from '../../../release/licencePolicy'

describe('judgeLicence', () => {
  // Every licence our production tree carries today (npm run licences), as the checker spells it.
  it.each([
    'MIT',
    'ISC',
    'Apache-2.0',
    'BSD-2-Clause',
    'BSD-3-Clause',
    '0BSD',
    'MIT-0',
    'BlueOak-1.0.0',
    'Python-2.0',
    'CC-BY-4.0',
    'MPL-2.0',
    'OFL-1.1',
    'LGPL-3.0',
    'LGPL-3.0-or-later',
    'GPL-3.0-or-later',
    'WTFPL',
    '(MPL-2.0 OR Apache-2.0)',
    'WTFPL OR ISC',
    '(WTFPL OR MIT)',
  ])('allows %s', (licenses) => {
    expect(judgeLicence({ licenses, name: 'x@1.0.0' })).toEqual({ allowed: true, licence: licenses })
  })

  it.each([
    ['GPL-2.0-only', /not on the allow-list/],
    ['GPL-2.0', /not on the allow-list/],
    ['AGPL-1.0', /not on the allow-list/],
    ['SSPL-1.0', /not on the allow-list/],
    ['BUSL-1.1', /not on the allow-list/],
    ['CC-BY-NC-4.0', /not on the allow-list/],
    ['MIT AND GPL-2.0-only', /not on the allow-list/],
    ['UNLICENSED', /grant no right/],
    ['UNKNOWN', /unknown .*release\/licence-clarifications\.json/],
    ['Apache 2.0', /not an SPDX expression/],
    ['Apache-2.0*', /guessed .*release\/licence-clarifications\.json/],
    ['Custom: LICENSE.txt', /not an SPDX expression/],
  ])('refuses %s, saying why', (licenses, reason) => {
    const verdict = judgeLicence({ licenses, name: 'x@1.0.0' })
    expect(verdict.allowed).toBe(false)
    expect(verdict.allowed === false && verdict.reason).toMatch(reason)
  })

  it('refuses a package with no licence at all', () => {
    expect(judgeLicence({ licenses: undefined, name: 'x@1.0.0' }).allowed).toBe(false)
  })

  it('needs every licence of a list to be allowed', () => {
    expect(judgeLicence({ licenses: ['MIT', 'Apache-2.0'], name: 'x@1.0.0' }).allowed).toBe(true)
    expect(judgeLicence({ licenses: ['MIT', 'GPL-2.0-only'], name: 'x@1.0.0' }).allowed).toBe(false)
  })
})
