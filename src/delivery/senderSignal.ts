// An in-process signal: "deliveries may be waiting", so the sender in this process starts a round now, not at its next tick.
type Listener = () => void

const listeners = new Set<Listener>()

/** Says that work was recorded; listeners run on a later turn, once the caller's transaction has usually committed. */
export function wakeSender(): void {
  if (!listeners.size) return
  // Stryker disable next-line OptionalChaining: Node's timers always have unref; the ?. is for runtimes whose timers are numbers
  setTimeout(() => {
    for (const listener of listeners) listener()
  }, 20).unref?.()
}

/** Subscribes to wake-ups; returns the unsubscribe. */
export function onSenderWake(listener: Listener): () => void {
  listeners.add(listener)
  return () => {
    listeners.delete(listener)
  }
}
