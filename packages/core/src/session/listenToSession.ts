import { CUSTOMER_EVENT_NAMES, type CustomerEventMap, type CustomerEventName } from '../sdk/customerEvents.js'
import type { CustomerSession } from '../sdk/customerSession.js'

export type SessionEventListener = <E extends CustomerEventName>(event: E, payload: CustomerEventMap[E]) => void

/**
 * Attaches one handler per SDK event and returns the teardown. `off()` is unconfirmed on Zoom's SDK, so the
 * teardown also disarms the handlers: a detached store never hears another event, with or without `off`.
 */
export function listenToSession(session: CustomerSession, listener: SessionEventListener): () => void {
  let armed = true
  const handlers = CUSTOMER_EVENT_NAMES.map((event) => {
    const handler = (payload: CustomerEventMap[typeof event]) => {
      if (armed) listener(event, payload)
    }
    session.on(event, handler)
    return [event, handler] as const
  })
  return () => {
    if (!armed) return
    armed = false
    for (const [event, handler] of handlers) session.off?.(event, handler)
  }
}
