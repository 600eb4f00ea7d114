// Each login starts with the content in Vietnamese: the content language chosen in the top bar is for one editing session,
// not a lasting setting that makes the next day's forms look empty. The interface language (Account) is kept.
import type { CollectionAfterLoginHook } from 'payload'

export const startInVietnamese: CollectionAfterLoginHook = async ({ req, user }) => {
  await req.payload.delete({
    collection: 'payload-preferences',
    overrideAccess: true,
    req,
    where: { and: [{ key: { equals: 'locale' } }, { 'user.relationTo': { equals: 'users' } }, { 'user.value': { equals: user.id } }] },
  })
  return user
}
