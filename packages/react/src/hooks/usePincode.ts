import { groupPin, type SessionStore, selectPin } from '@cobrowse-kit/core'
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { useStore } from 'zustand'
import { useCobrowseStore } from '../context/useCobrowseStore.js'

export interface UsePincodeOptions {
  /** How long `copied` stays true after a copy. Default 2000 ms. */
  copiedResetMs?: number
  store?: SessionStore
}

/** What `usePincode()` returns. */
export interface Pincode {
  /** The PIN to give the agent, or `undefined` while there is none. */
  pin: string | undefined
  /** The PIN split for display: `['123', '456']`. Empty without a PIN. */
  groups: readonly string[]
  /** Copies the PIN to the clipboard; resolves `false` when the browser refuses. */
  copy: () => Promise<boolean>
  /** True for a short while after a successful copy, for a confirmation. */
  copied: boolean
}

const NO_GROUPS: readonly string[] = []

/**
 * The session's PIN, grouped for display, with copy. Re-renders only when the PIN itself changes.
 *
 * @example
 * const { pin, groups, copy, copied } = usePincode()
 */
export function usePincode(options: UsePincodeOptions = {}): Pincode {
  const store = useCobrowseStore(options.store, 'usePincode')
  const pin = useStore(store, selectPin)
  const groups = useMemo(() => (pin ? groupPin(pin) : NO_GROUPS), [pin])
  const [copied, setCopied] = useState(false)
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  const resetMs = options.copiedResetMs ?? 2000

  useEffect(() => () => clearTimeout(timer.current), [])

  const copy = useCallback(async () => {
    const clipboard = typeof navigator === 'undefined' ? undefined : navigator.clipboard
    if (!pin || !clipboard) return false
    try {
      await clipboard.writeText(pin)
    } catch {
      // Permission denied or no user gesture: report it, the PIN stays on screen to read out.
      return false
    }
    setCopied(true)
    clearTimeout(timer.current)
    timer.current = setTimeout(() => setCopied(false), resetMs)
    return true
  }, [pin, resetMs])

  return { pin, groups, copy, copied }
}
