// DELETE /api/payload-preferences/:key, answered here: Payload 3.90's own handler builds SQL that SQLite and PostgreSQL
// refuse ("no such column: <alias>.users_id", from drizzle's deleteOne with a where on the polymorphic `user`
// relation), so the admin's "reset" of a preference answered 500. Same contract: the signed-in user's preference under
// that key is deleted (200 with the document), 404 when there is none, 401 without a session.
import type { RequestHandler } from 'express'
import type { Payload } from 'payload'

export function deletePreference({ getPayload }: { getPayload: () => Promise<Payload> }): RequestHandler {
  return async (req, res) => {
    res.set('Cache-Control', 'no-store')
    const payload = await getPayload()
    const headers = new Headers()
    for (const [name, value] of Object.entries(req.headers)) if (typeof value === 'string') headers.set(name, value)
    const { user } = await payload.auth({ headers })
    if (!user) {
      res.status(401).json({ errors: [{ message: 'Cần đăng nhập / Log in first' }] })
      return
    }
    const { docs } = await payload.find({
      collection: 'payload-preferences',
      depth: 0,
      limit: 1,
      overrideAccess: true,
      pagination: false,
      where: { and: [{ key: { equals: String(req.params.key) } }, { 'user.value': { equals: user.id } }, { 'user.relationTo': { equals: user.collection } }] },
    })
    const preference = docs[0]
    if (!preference) {
      res.status(404).json({ errors: [{ message: 'Không tìm thấy / Not found' }] })
      return
    }
    const doc = await payload.delete({ collection: 'payload-preferences', id: preference.id, overrideAccess: true })
    res.status(200).json({ ...doc, message: 'Đã xóa / Deleted' })
  }
}
