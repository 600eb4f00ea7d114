// The token and the push secret are write-only: no read returns them, so an edit that leaves one out (the admin form,
// a PATCH of other fields) keeps the stored one; sending null or '' clears it.
import type { CollectionBeforeChangeHook } from 'payload'

import type { Source } from '../../src/payload-types'

const WRITE_ONLY = ['token', 'pushSecret'] as const

export const keepSourceToken: CollectionBeforeChangeHook<Source> = ({ data, operation, originalDoc }) => {
  for (const name of WRITE_ONLY) {
    if (operation === 'update' && data[name] === undefined && originalDoc?.[name]) data[name] = originalDoc[name]
    if (data[name] === '') data[name] = null
  }
  return data
}
