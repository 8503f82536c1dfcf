type Handler<P> = (payload: P) => void

/** A typed event registry keyed by an event map `M` (event name → payload). */
export interface EventHub<M> {
  /** Adds a handler (the same handler twice is kept once, as in the DOM) and returns its removal. */
  on<E extends keyof M>(event: E, handler: Handler<M[E]>): () => void
  off<E extends keyof M>(event: E, handler: Handler<M[E]>): void
  /** Calls every handler of `event` synchronously, in the order they were added. */
  emit<E extends keyof M>(event: E, payload: M[E]): void
  /** Handlers attached to `event`, or to all events when omitted. */
  count(event?: keyof M): number
  clear(): void
}

/**
 * Creates an event hub. The store fans SDK events out through one, and the test kit's fakes use one as their
 * `on`/`off`.
 *
 * A throwing handler must not silence the others, nor throw into the SDK that emitted the event; the error must not
 * vanish either, so it is rethrown on a microtask, where the browser (or the test runner) reports it.
 */
export function createEventHub<M>(): EventHub<M> {
  const handlers = new Map<keyof M, Set<Handler<never>>>()
  const off = <E extends keyof M>(event: E, handler: Handler<M[E]>) => {
    handlers.get(event)?.delete(handler as Handler<never>)
  }
  return {
    on(event, handler) {
      const set = handlers.get(event) ?? new Set()
      handlers.set(event, set.add(handler as Handler<never>))
      return () => off(event, handler)
    },
    off,
    emit(event, payload) {
      // A copy, so handlers that detach themselves (or others) while running do not skip anyone.
      for (const handler of [...(handlers.get(event) ?? [])]) {
        try {
          ;(handler as Handler<typeof payload>)(payload)
        } catch (error) {
          queueMicrotask(() => {
            throw error
          })
        }
      }
    },
    count(event) {
      let total = 0
      for (const [name, set] of handlers) if (event === undefined || name === event) total += set.size
      return total
    },
    clear: () => handlers.clear(),
  }
}
