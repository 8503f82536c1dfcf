import type { CustomerEventHandler, CustomerEventMap, CustomerEventName } from '../sdk/customerEvents.js'

/** Fans SDK events out to the store's subscribers, who may subscribe before the SDK exists. */
export interface EventHub {
  on<E extends CustomerEventName>(event: E, handler: CustomerEventHandler<E>): () => void
  emit<E extends CustomerEventName>(event: E, payload: CustomerEventMap[E]): void
  clear(): void
}

export function createEventHub(): EventHub {
  const handlers = new Map<CustomerEventName, Set<(payload: never) => void>>()
  return {
    on(event, handler) {
      const set = handlers.get(event) ?? new Set()
      handlers.set(event, set)
      set.add(handler as (payload: never) => void)
      return () => {
        set.delete(handler as (payload: never) => void)
      }
    },
    emit(event, payload) {
      // A copy, so a handler that unsubscribes itself does not skip the next one.
      for (const handler of [...(handlers.get(event) ?? [])]) (handler as CustomerEventHandler<typeof event>)(payload)
    },
    clear: () => handlers.clear(),
  }
}
