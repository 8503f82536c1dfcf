import { type RefObject, useEffect, useLayoutEffect, useRef } from 'react'

// useLayoutEffect keeps the ref current before any event can fire; on the server neither effect runs.
const useIsomorphicLayoutEffect = typeof window === 'undefined' ? useEffect : useLayoutEffect

/** A ref that always holds the latest `value`, so callbacks given as props never force a re-subscription. */
export function useLatestRef<T>(value: T): RefObject<T> {
  const ref = useRef(value)
  useIsomorphicLayoutEffect(() => {
    ref.current = value
  })
  return ref
}
