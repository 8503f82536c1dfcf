import type { SessionStore } from '@cobrowse-kit/core'
import { useContext } from 'react'
import { CobrowseContext } from './CobrowseContext.js'

/**
 * The session store of the nearest `<CobrowseProvider>`, or `undefined` outside one.
 * An explicit `store` argument wins over the context.
 */
export function useMaybeCobrowseStore(store?: SessionStore): SessionStore | undefined {
  const fromContext = useContext(CobrowseContext)
  return store ?? fromContext
}

/**
 * The session store of the nearest `<CobrowseProvider>`. Throws, naming the hook, when there is none.
 * An explicit `store` argument wins over the context.
 */
export function useCobrowseStore(store?: SessionStore, hookName = 'useCobrowseStore'): SessionStore {
  const found = useMaybeCobrowseStore(store)
  if (!found) {
    throw new Error(
      `${hookName}() must be called inside a <CobrowseProvider>, or be given a store. ` +
        'Wrap the part of your app that uses cobrowse in <CobrowseProvider config={…}>.',
    )
  }
  return found
}
