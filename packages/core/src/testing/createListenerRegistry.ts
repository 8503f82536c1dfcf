type Handler<P> = (payload: P) => void

/** A typed event registry: what the fakes hand out as `on` / `off`. */
export interface ListenerRegistry<M> {
  on<E extends keyof M>(event: E, handler: Handler<M[E]>): void
  off<E extends keyof M>(event: E, handler: Handler<M[E]>): void
  /** Calls every handler of `event` synchronously, in the order they were added. */
  emit<E extends keyof M>(event: E, payload: M[E]): void
  /** Handlers attached to `event`, or to all events when omitted. */
  count(event?: keyof M): number
}

/**
 * Creates an event registry keyed by the event map `M`. Adding the same handler twice keeps one copy, as the DOM does.
 *
 * A throwing handler must not silence the others (the kit's store and the user's own handlers share one session), yet
 * the error must not vanish either: it is rethrown on a microtask, where the test runner reports it.
 *
 * @internal Used by the fakes of the test kit; not part of the public API.
 */
export function createListenerRegistry<M>(): ListenerRegistry<M> {
  const handlers = new Map<keyof M, Set<Handler<never>>>()

  return {
    on(event, handler) {
      const set = handlers.get(event) ?? new Set()
      set.add(handler)
      handlers.set(event, set)
    },
    off(event, handler) {
      handlers.get(event)?.delete(handler)
    },
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
      if (event !== undefined) return handlers.get(event)?.size ?? 0
      let total = 0
      for (const set of handlers.values()) total += set.size
      return total
    },
  }
}
