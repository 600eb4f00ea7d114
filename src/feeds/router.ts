// /feeds: newsroom feeds are mounted here (RSS, JSON Feed, ninjs, audio); see the feeds issue.
import type { Payload } from 'payload'

import { Router } from 'express'

export function feedsRouter(_deps: { getPayload: () => Promise<Payload> }): Router {
  const router = Router()
  router.use((req, res) => {
    res.status(404).json({ error: `No feed at /feeds${req.path}` })
  })
  return router
}
