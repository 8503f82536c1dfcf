/** A handler as pages register it: any function of one payload. */
export type Listener = (payload: never) => void

/** `session.on` / `session.off` and the SDK's side of them. */
export interface ListenerRegistry<Events extends object> {
  on(name: string, handler: unknown): void
  off(name: string, handler: unknown): void
  emit<Name extends keyof Events & string>(name: Name, payload: Events[Name]): void
}

/**
 * Handlers per event name, each registered once (adding the same function twice keeps one). A handler that throws
 * does not stop the others: its error is rethrown on a microtask, so it still shows up as an uncaught error.
 * Handlers added or removed while an event is being delivered take effect from the next event.
 */
export function createListenerRegistry<Events extends object>(): ListenerRegistry<Events> {
  const handlers = new Map<string, Set<(payload: unknown) => void>>()
  return {
    on(name, handler) {
      if (typeof name !== 'string' || typeof handler !== 'function') return
      let set = handlers.get(name)
      if (set === undefined) {
        set = new Set()
        handlers.set(name, set)
      }
      set.add(handler as (payload: unknown) => void)
    },
    off(name, handler) {
      handlers.get(name)?.delete(handler as (payload: unknown) => void)
    },
    emit(name, payload) {
      for (const handler of [...(handlers.get(name) ?? [])]) {
        try {
          handler(payload)
        } catch (error) {
          queueMicrotask(() => {
            throw error
          })
        }
      }
    },
  }
}
