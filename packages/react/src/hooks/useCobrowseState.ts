import type { SessionState, SessionStore } from '@cobrowse-kit/core'
import { useStore } from 'zustand'
import { useCobrowseStore } from '../context/useCobrowseStore.js'

/**
 * A slice of the session state. The component re-renders only when the selected value changes (by `Object.is`),
 * so select primitives or stable references.
 *
 * @example
 * const status = useCobrowseState((s) => s.status)
 */
export function useCobrowseState<T>(selector: (state: SessionState) => T, store?: SessionStore): T {
  return useStore(useCobrowseStore(store, 'useCobrowseState'), selector)
}
