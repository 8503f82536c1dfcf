import type { CustomerSdk, SessionStoreConfig } from '@cobrowse-kit/core'
import type { EmbedOptions } from '../shared/embedOptions.js'

/** Test-only wiring of the UI's mount path; not part of `EmbedOptions` and not reachable from the loader. */
export interface EmbedUiInternals {
  /** An SDK object to use instead of loading Zoom's script, e.g. the test kit's fake. */
  sdk?: CustomerSdk | Promise<CustomerSdk>
}

// The options that mean the same to the embed and to a React provider, passed on as they are.
const SHARED = ['origin', 'version', 'nonce', 'masking', 'settings', 'user', 'customPinCode'] as const

/**
 * The session store configuration of the embed's options: the fields the React provider takes, under the same
 * names, so masking, tokens, BYOP PINs and settings behave exactly as in `<CobrowseProvider config>`. Unset options
 * stay unset (core's defaults apply).
 *
 * @example
 * createSessionStore(toSessionStoreConfig({ sdkKey, token: { url: '/api/cobrowse/token' } }))
 */
export function toSessionStoreConfig(options: EmbedOptions, internals: EmbedUiInternals = {}): SessionStoreConfig {
  const config: SessionStoreConfig = { sdkKey: options.sdkKey, token: options.token }
  for (const name of SHARED) {
    if (options[name] !== undefined) Object.assign(config, { [name]: options[name] })
  }
  if (internals.sdk) config.sdk = internals.sdk
  return config
}
