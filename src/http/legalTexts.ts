// GET /LICENSE and /THIRD-PARTY-NOTICES: the product's licence and its dependencies' notices, as shipped, for anyone
// who uses Nguồn over the network (the admin's About page links to them; AGPL-3.0 §13).
import { type RequestHandler, Router } from 'express'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

export const LEGAL_TEXTS = ['LICENSE', 'THIRD-PARTY-NOTICES'] as const

const sendText =
  (file: string): RequestHandler =>
  (_req, res, next) => {
    res.type('text/plain; charset=utf-8')
    res.sendFile(path.join(root, file), { maxAge: '1h' }, (err) => err && next(err))
  }

export function legalTextsRouter(): Router {
  const router = Router()
  for (const file of LEGAL_TEXTS) router.get(`/${file}`, sendText(file))
  return router
}
