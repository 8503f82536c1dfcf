import type { CustomerEventMap, CustomerEventName, SessionStore } from '@cobrowse-kit/core'
import { useEffect, useLayoutEffect, useRef } from 'react'
import { useCobrowseStore } from '../context/useCobrowseStore.js'

// useLayoutEffect keeps the ref current before any event can fire; on the server neither effect runs.
const useIsomorphicLayoutEffect = typeof window === 'undefined' ? useEffect : useLayoutEffect

/**
 * Calls `handler` on every SDK event `name`. The latest handler is always used, and changing it does not
 * re-subscribe, so an inline arrow function is fine.
 *
 * @example
 * useCobrowseEvent('agent_joined', (agent) => analytics.track('agent_joined', agent))
 */
export function useCobrowseEvent<E extends CustomerEventName>(
  name: E,
  handler: (payload: CustomerEventMap[E]) => void,
  store?: SessionStore,
): void {
  const resolved = useCobrowseStore(store, 'useCobrowseEvent')
  const latest = useRef(handler)
  useIsomorphicLayoutEffect(() => {
    latest.current = handler
  })
  useEffect(() => resolved.on(name, (payload) => latest.current(payload)), [resolved, name])
}
