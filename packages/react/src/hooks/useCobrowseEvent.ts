import type { CustomerEventMap, CustomerEventName, SessionStore } from '@cobrowse-kit/core'
import { useEffect } from 'react'
import { useCobrowseStore } from '../context/useCobrowseStore.js'
import { useLatestRef } from './useLatestRef.js'

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
  const latest = useLatestRef(handler)
  useEffect(() => resolved.on(name, (payload) => latest.current(payload)), [resolved, name, latest])
}
