import type { Access, Where } from 'payload'

import { readableUnits } from './readableUnits'

/**
 * Who reads media (documents and files): anyone while a public item that shows it is live; logged-in users also
 * while any live item shows it, and their units' media (reviewers: the units they review; admins: all).
 */
export const mediaReadable: Access = ({ req }) => {
  const user = req.user as never
  if (!user) return { liveReach: { equals: 'public' } } as Where
  const units = readableUnits(user)
  if (units === null) return true
  const visible: Where[] = [{ liveReach: { in: ['public', 'press', 'internal'] } }, { uploadedBy: { equals: (user as { id: number }).id } }]
  if (units.length) visible.push({ unit: { in: units } })
  return { or: visible }
}
