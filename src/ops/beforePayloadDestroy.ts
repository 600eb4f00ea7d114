// Payload has no shutdown hook: this runs work (closing a listener, finishing a round) when `payload.destroy()` is called,
// before Payload closes its crons and its database connections.
import type { Payload } from 'payload'

type Step = () => Promise<void> | void

const steps = new WeakMap<Payload, Set<Step>>()

/** Runs `step` once when `payload` is destroyed; returns the cancel (for a step no longer needed). */
export function beforePayloadDestroy(payload: Payload, step: Step): () => void {
  let registered = steps.get(payload)
  if (!registered) {
    const own = new Set<Step>()
    registered = own
    steps.set(payload, own)
    const destroy = payload.destroy.bind(payload)
    payload.destroy = async () => {
      const pending = [...own]
      own.clear()
      for (const run of pending) await Promise.resolve().then(run).catch((err: unknown) => payload.logger.error({ err, msg: 'A shutdown step failed' }))
      await destroy()
    }
  }
  const own = registered
  own.add(step)
  return () => void own.delete(step)
}
