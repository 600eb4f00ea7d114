import type { GlobalConfig } from 'payload'

import { bumpFeedGeneration } from '../hooks/bumpFeedGeneration'
import { isAdmin } from '../src/access/isAdmin'
import { isAuthenticated } from '../src/access/isAuthenticated'
import { label } from '../src/i18n/label'
import type { ProofColors } from '../src/proofs/renderSloganProof'

/** The renderer's own default (DEFAULT_PROOF_COLORS), repeated so the config does not load the renderer. */
export const PROOF_COLOR_DEFAULTS: ProofColors = { background: '#DA251D', text: '#FFFF00' }

const hexColor = (value: null | string | undefined): string | true =>
  typeof value === 'string' && /^#[0-9A-Fa-f]{6}$/.test(value) ? true : 'Mã màu dạng #RRGGBB / A colour as #RRGGBB'

/** The colours slogan proofs are printed in: flag red with yellow lettering unless the office chooses otherwise. */
export const ProofSettings: GlobalConfig<'proof-settings'> = {
  slug: 'proof-settings',
  label: label('Màu ma-két khẩu hiệu', 'Slogan proof colours'),
  admin: { group: label('Quản trị', 'Administration') },
  access: { read: isAuthenticated, update: isAdmin },
  // The podcast's cover is drawn in these colours, and the podcast names the cover by them.
  hooks: { afterChange: [bumpFeedGeneration] },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'background',
          type: 'text',
          required: true,
          defaultValue: PROOF_COLOR_DEFAULTS.background,
          label: label('Màu nền', 'Background colour'),
          validate: hexColor,
        },
        {
          name: 'text',
          type: 'text',
          required: true,
          defaultValue: PROOF_COLOR_DEFAULTS.text,
          label: label('Màu chữ', 'Text colour'),
          validate: hexColor,
        },
      ],
    },
  ],
}
