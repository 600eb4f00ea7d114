// The token is write-only: no read returns it, so an edit that leaves it out (the admin form, a PATCH of other fields)
// keeps the stored one; sending null or '' clears it.
import type { CollectionBeforeChangeHook } from 'payload'

import type { Source } from '../../src/payload-types'

export const keepSourceToken: CollectionBeforeChangeHook<Source> = ({ data, operation, originalDoc }) => {
  if (operation === 'update' && data.token === undefined && originalDoc?.token) data.token = originalDoc.token
  if (data.token === '') data.token = null
  return data
}
