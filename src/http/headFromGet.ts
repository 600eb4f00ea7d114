// HEAD for Payload's REST routes: Next would call GET's handler with the method left as HEAD, and Payload, which
// matches endpoints by method, answers 404. RFC 9110 §9.3.2 wants HEAD wherever GET works, with GET's status and headers.

type RouteHandler<Context> = (request: Request, context: Context) => Promise<Response>

/** A HEAD handler that runs `get` on the same request as a GET and answers with its status and headers, without the body. */
export const headFromGet =
  <Context>(get: RouteHandler<Context>): RouteHandler<Context> =>
  async (request, context) => {
    const asGet = new Request(request.url, { headers: request.headers, method: 'GET', signal: request.signal })
    const response = await get(asGet, context)
    await response.body?.cancel()
    return new Response(null, { headers: response.headers, status: response.status, statusText: response.statusText })
  }
