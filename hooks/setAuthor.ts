// The author of an item is whoever created it, as the server saw them; clients cannot name someone else.
import type { CollectionBeforeChangeHook } from 'payload'

export const setAuthor: CollectionBeforeChangeHook = ({ data, operation, originalDoc, req }) => {
  if (operation === 'create') {
    if (req.user && req.user.collection === 'users') data.author = req.user.id
    return data
  }
  if (originalDoc && 'author' in originalDoc) data.author = originalDoc.author
  return data
}
