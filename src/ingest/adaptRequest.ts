// The body of POST /api/incoming/{id}/adapt, validated with zod. Pure, no Payload import.
import { z } from 'zod'

import { DERIVABLE_COLLECTIONS } from '../content/vocabulary'

const id = z.union([z.number().int().positive(), z.string().trim().min(1).max(64)])

export const adaptRequest = z
  .object({
    collection: z.enum(DERIVABLE_COLLECTIONS, {
      message: `collection phải là một trong: ${DERIVABLE_COLLECTIONS.join(', ')} / collection must be one of: ${DERIVABLE_COLLECTIONS.join(', ')}`,
    }),
    /** Optional: the campaign the draft belongs to (review needs one; the editor may choose it later). */
    campaign: id.optional(),
    /** Admins only (they have no unit of their own): the unit the draft is for. An editor's draft is always their unit's. */
    unit: id.optional(),
  })
  .strict()

export type AdaptRequest = z.infer<typeof adaptRequest>
