import { createSessionStore, isDevelopment, type SessionStore, type SessionStoreConfig } from '@cobrowse-kit/core'
import { type ReactNode, useEffect, useRef, useState } from 'react'
import { CobrowseContext } from './context/CobrowseContext.js'

/** Props of `<CobrowseProvider>`: a configuration to create the session store from, or a store you created. */
export type CobrowseProviderProps = { children?: ReactNode } & (
  | {
      /** Read once, when the provider mounts; later changes are not applied (remount with a `key` instead). */
      config: SessionStoreConfig
      store?: never
    }
  | {
      /** A store from `createSessionStore()`, e.g. shared with non-React code or built with the test kit. */
      store: SessionStore
      config?: never
    }
)

const maskingOf = (config: SessionStoreConfig) => JSON.stringify([config.masking, config.settings?.piiMask])

function useWarnOnConfigChange(config: SessionStoreConfig | undefined) {
  const first = useRef(config)
  useEffect(() => {
    const initial = first.current
    if (!initial || !config) return
    if (initial.sdkKey !== config.sdkKey || initial.origin !== config.origin) {
      console.warn(
        '[cobrowse-kit] <CobrowseProvider> got a new sdkKey or origin after mount; it keeps the first one. ' +
          'Give the provider a `key` to start over with the new configuration.',
      )
    }
    if (isDevelopment() && maskingOf(initial) !== maskingOf(config)) {
      console.warn(
        '[cobrowse-kit] <CobrowseProvider> got new masking after mount; the SDK reads piiMask once, at init, so it ' +
          'is not applied. Wrap what appears later in <Mask> (or give it data-cobrowse-mask): that works at once.',
      )
    }
  }, [config])
}

/**
 * Owns one customer session store and shares it with the hooks below it. Nothing loads on mount, except to resume a
 * session that a page refresh interrupted. One store per provider: two providers never share state.
 *
 * @example
 * <CobrowseProvider config={{ sdkKey, token: { url: '/api/cobrowse/token' } }}>
 *   <CobrowseButton />
 * </CobrowseProvider>
 */
export function CobrowseProvider(props: CobrowseProviderProps): ReactNode {
  const [ownStore] = useState(() => (props.store ? undefined : createSessionStore(props.config)))
  const store = props.store ?? ownStore
  if (!store) throw new Error('<CobrowseProvider> needs a `config` or a `store` prop.')
  useWarnOnConfigChange(props.config)
  useEffect(() => store.mount(), [store])
  return <CobrowseContext.Provider value={store}>{props.children}</CobrowseContext.Provider>
}
