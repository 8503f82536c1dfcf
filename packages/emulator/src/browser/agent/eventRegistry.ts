/** See {@link createEventRegistry}. */
export interface EventRegistry<Events extends object> {
  on<E extends keyof Events>(event: E, handler: (payload: Events[E]) => void): void
  off<E extends keyof Events>(event: E, handler: (payload: Events[E]) => void): void
  emit<E extends keyof Events>(event: E, payload: Events[E]): void
}

/**
 * Named events with any number of handlers each. A handler that throws is reported on the console and does not keep
 * the others from running: one buggy listener in an integrator's app must not hide a `session_ended`.
 *
 * @example
 * const events = createEventRegistry<{ session_left: Record<string, never> }>()
 * events.on('session_left', () => console.log('left'))
 */
export function createEventRegistry<Events extends object>(): EventRegistry<Events> {
  const handlers = new Map<keyof Events, Set<(payload: never) => void>>()
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
      // A copy, so a handler that calls on/off does not change who hears this emit.
      for (const handler of [...(handlers.get(event) ?? [])]) {
        try {
          ;(handler as (value: typeof payload) => void)(payload)
        } catch (error) {
          console.error(`[cobrowse emulator] a '${String(event)}' handler threw`, error)
        }
      }
    },
  }
}
