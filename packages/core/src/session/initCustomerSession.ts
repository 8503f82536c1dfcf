import { CobrowseError } from '../errors/CobrowseError.js'
import { loadCobrowseSdk } from '../loader/loadCobrowseSdk.js'
import { compileMasking } from '../masking/compileMasking.js'
import type { CustomerSdk, CustomerSession } from '../sdk/customerSession.js'
import type { CustomerInitSettings } from '../sdk/customerSettings.js'
import { toCobrowseError } from '../sdk/normalizePayload.js'
import type { SessionStoreConfig } from './sessionStoreConfig.js'

async function obtainSdk(config: SessionStoreConfig): Promise<CustomerSdk> {
  const sdk = config.sdk
    ? await config.sdk
    : await loadCobrowseSdk({
        sdkKey: config.sdkKey,
        version: config.version,
        origin: config.origin,
        nonce: config.nonce,
        timeoutMs: config.loadTimeoutMs,
      })
  if (!sdk) throw new CobrowseError('sdk_unavailable')
  return sdk
}

/** The error a store's masking configuration throws when compiled, if any (see `compileMasking`). */
export function checkMasking(config: SessionStoreConfig): CobrowseError | undefined {
  try {
    compileMasking(config.masking, config.settings?.piiMask)
    return undefined
  } catch (error) {
    return toCobrowseError(error)
  }
}

/**
 * Gets the customer SDK (the one passed in, or the CDN script) and calls its `init` once, resolving the session.
 * An SDK object passed in means npm (BYOP) mode, which needs `appKey`; the CDN script knows its key from its URL.
 * Masking (`<Mask>`, `data-cobrowse-mask`, the sensitive-field defaults, the `masking` option) is compiled into
 * `piiMask` here, before the SDK is even loaded: a selector the browser refuses means no SDK and no recording.
 * Rejects with a `CobrowseError` (`sdk_load_*`, `sdk_unavailable`, or the init error, `sdk_init_failed` by default).
 */
export async function initCustomerSession(config: SessionStoreConfig): Promise<CustomerSession> {
  const piiMask = compileMasking(config.masking, config.settings?.piiMask)
  const sdk = await obtainSdk(config)
  const settings: CustomerInitSettings = config.sdk
    ? { appKey: config.sdkKey, ...config.settings }
    : { ...config.settings }
  if (piiMask) settings.piiMask = piiMask
  return new Promise<CustomerSession>((resolve, reject) => {
    sdk.init(settings, ({ success, session, error }) => {
      if (success && session) resolve(session)
      else reject(toCobrowseError(error, 'sdk_init_failed'))
    })
  })
}
