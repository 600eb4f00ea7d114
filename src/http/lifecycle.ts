// Logging never takes the server down or keeps it up, and SIGTERM always ends it: once the reader of stdout or stderr is
// gone (`npm start | grep -m1 …`), that stream is written to no more, and a stop that overruns its grace period exits.
import type { Server } from 'node:http'

/**
 * A write to a closed pipe fails with EPIPE as an 'error' event; unhandled, it became an uncaught exception that
 * Next's handler logged to the same pipe, failing again on the next tick, for ever (100 % CPU, timers and signals
 * starved). Any error of a log stream turns that stream into a sink.
 */
export function muteBrokenLogStreams(streams: NodeJS.WriteStream[] = [process.stdout, process.stderr]): void {
  for (const stream of streams) {
    if ((stream as { nguonMuteOnError?: boolean }).nguonMuteOnError) continue
    ;(stream as { nguonMuteOnError?: boolean }).nguonMuteOnError = true
    stream.on('error', () => {
      stream.write = ((...args: unknown[]) => {
        const callback = args.find((arg) => typeof arg === 'function') as (() => void) | undefined
        callback?.()
        return true
      }) as typeof stream.write
    })
  }
}

/** Time Next, Payload and the database get to close after the HTTP server stopped. */
export const CLOSE_MS = 5_000

export type Stoppable = {
  /** Closes what the server holds after the HTTP server stopped (Next, Payload, database); may be slow. */
  closeResources: () => Promise<void>
  /** How long requests in flight may take before connections are cut. */
  graceMs: number
  log?: (line: string) => void
  server: Server
}

/**
 * On SIGTERM or SIGINT: stop accepting, let requests finish for `graceMs`, cut the rest, close resources, exit 0.
 * Whatever hangs (a resource that never closes), the process exits 1 at `graceMs` + CLOSE_MS, inside the usual 30 s of
 * container and systemd stop timeouts.
 */
export function exitOnSignals({ closeResources, graceMs, log = (line) => console.log(line), server }: Stoppable): (signal: string) => void {
  let stopping = false
  const shutdown = (signal: string) => {
    if (stopping) return
    stopping = true
    const deadline = setTimeout(() => {
      log(`nguon: did not stop within ${(graceMs + CLOSE_MS) / 1000} s; exiting`)
      process.exit(1)
    }, graceMs + CLOSE_MS)
    deadline.unref()
    log(`nguon: ${signal} received; finishing requests in flight…`)
    const force = setTimeout(() => server.closeAllConnections(), graceMs)
    force.unref()
    server.close(async () => {
      clearTimeout(force)
      await closeResources().catch(() => undefined)
      log('nguon: stopped')
      process.exit(0)
    })
    server.closeIdleConnections()
  }
  process.on('SIGTERM', () => shutdown('SIGTERM'))
  process.on('SIGINT', () => shutdown('SIGINT'))
  return shutdown
}
