// One HTTP attempt: POST the stored bytes with fresh signature headers; never follows redirects, gives up after the timeout.
export type PostOutcome = { retryAfter: null | string; status: number } | { error: unknown }

export async function postWebhook({ body, headers, timeoutMs, url }: { body: string; headers: Record<string, string>; timeoutMs: number; url: string }): Promise<PostOutcome> {
  try {
    const response = await fetch(url, { body, headers, method: 'POST', redirect: 'manual', signal: AbortSignal.timeout(timeoutMs) })
    // The receiver's answer body is not needed; cancelling frees the connection at once.
    await response.body?.cancel().catch(() => undefined)
    return { retryAfter: response.headers.get('retry-after'), status: response.status }
  } catch (err) {
    // fetch reports network failures as TypeError("fetch failed") with the system error (ECONNREFUSED, …) as its cause.
    const cause = err instanceof Error && err.message === 'fetch failed' && err.cause instanceof Error ? err.cause : err
    return { error: cause }
  }
}
