// Serves a test Payload over real HTTP: our Express app, with Payload's own REST and GraphQL handlers
// (the ones Next mounts under /api) behind it, so tests speak HTTP without a Next build.
import type { Request as ExpressRequest, Response as ExpressResponse } from 'express'
import type { AddressInfo } from 'node:net'
import type { Payload, SanitizedConfig } from 'payload'

import { GRAPHQL_POST } from '@payloadcms/next/routes'
import { Readable } from 'node:stream'
import { handleEndpoints } from 'payload'

import { createHttpServer } from '../../src/http/app'
import { headFromGet } from '../../src/http/headFromGet'
import { guardGraphQL } from '../../src/http/guardGraphQL'

export type TestServer = { close: () => Promise<void>; url: string }

function toFetchRequest(req: ExpressRequest, origin: string): Request {
  const headers = new Headers()
  for (const [name, value] of Object.entries(req.headers)) {
    if (Array.isArray(value)) value.forEach((v) => headers.append(name, v))
    else if (value !== undefined) headers.set(name, value)
  }
  const hasBody = req.method !== 'GET' && req.method !== 'HEAD'
  return new Request(new URL(req.originalUrl, origin), {
    body: hasBody ? (Readable.toWeb(req) as ReadableStream) : undefined,
    duplex: 'half',
    headers,
    method: req.method,
  } as RequestInit)
}

// As Next's sendResponse (next/dist/server/send-response.js) writes a route handler's Response: framing headers dropped,
// headers Express already set kept (but for the multi-valued ones), the body streamed (chunked) and none for HEAD.
const FRAMING_HEADERS = new Set(['content-encoding', 'content-length', 'transfer-encoding'])
const MULTI_VALUED_HEADERS = new Set(['proxy-authenticate', 'set-cookie', 'vary', 'www-authenticate'])

async function sendFetchResponse(req: ExpressRequest, res: ExpressResponse, response: Response): Promise<void> {
  res.statusCode = response.status
  response.headers.forEach((value, name) => {
    if (FRAMING_HEADERS.has(name) || name === 'set-cookie') return
    if (MULTI_VALUED_HEADERS.has(name) || res.getHeader(name) === undefined) res.appendHeader(name, value)
  })
  for (const cookie of response.headers.getSetCookie()) res.appendHeader('set-cookie', cookie)
  if (!response.body || req.method === 'HEAD') {
    await response.body?.cancel()
    res.end()
    return
  }
  res.write(Buffer.from(await response.arrayBuffer()))
  res.end()
}

export async function startTestServer({
  config,
  getPayload,
}: {
  config: SanitizedConfig
  getPayload: () => Promise<Payload>
}): Promise<TestServer> {
  let origin = ''
  const graphql = guardGraphQL({ config, handler: GRAPHQL_POST(config) })
  // What src/app/(payload)/api/[...slug]/route.ts exports: Payload's handler for every method, and HEAD as GET.
  const rest = (request: Request) => handleEndpoints({ config, request })
  const restHead = headFromGet(rest)
  const server = createHttpServer({
    getPayload,
    nextHandler: async (req, res) => {
      const request = toFetchRequest(req, origin)
      if (!req.path.startsWith('/api/')) {
        res.status(404).end()
        return
      }
      const response =
        req.path === '/api/graphql' && req.method === 'POST'
          ? await graphql(request)
          : req.method === 'HEAD'
            ? await restHead(request, undefined)
            : await rest(request)
      await sendFetchResponse(req, res, response)
    },
    version: 'test',
  })
  server.listen(0, '127.0.0.1')
  await new Promise<void>((resolve) => server.once('listening', () => resolve()))
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
    url: origin,
  }
}
