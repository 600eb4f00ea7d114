// Serves a test Payload over real HTTP: our Express app, with Payload's own REST and GraphQL handlers
// (the ones Next mounts under /api) behind it, so tests speak HTTP without a Next build.
import type { Request as ExpressRequest, Response as ExpressResponse } from 'express'
import type { AddressInfo } from 'node:net'
import type { Payload, SanitizedConfig } from 'payload'

import { GRAPHQL_POST } from '@payloadcms/next/routes'
import { Readable } from 'node:stream'
import { handleEndpoints } from 'payload'

import { createHttpServer } from '../../src/http/app'
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

async function sendFetchResponse(res: ExpressResponse, response: Response): Promise<void> {
  res.status(response.status)
  response.headers.forEach((value, name) => {
    if (name !== 'set-cookie') res.setHeader(name, value)
  })
  const cookies = response.headers.getSetCookie()
  if (cookies.length) res.setHeader('set-cookie', cookies)
  res.end(Buffer.from(await response.arrayBuffer()))
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
          : await handleEndpoints({ config, request })
      await sendFetchResponse(res, response)
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
