import { compileMasking, loadCobrowseSdk } from '@cobrowse-kit/core'
import type { EmbedOptions } from '../shared/embedOptions.js'
import { toSessionStoreConfig } from './toSessionStoreConfig.js'

/**
 * Starts downloading Zoom's SDK script while the visitor only points at the launcher, so the click that follows does
 * not wait for megabytes from the CDN. The URL comes from the same store configuration the widget builds on mount, and
 * core's loader keeps one load per URL: the session store's own load later is this one, in flight or done.
 *
 * Only the script: no init (the widget's store inits it once, with its masking) and no token (that is the click's).
 * Masking the store would refuse means no SDK at all, so nothing is warmed then; the click reports why. Rejects with
 * core's `CobrowseError` (`invalid_config`, `sdk_load_failed`, `sdk_load_timeout`), which carries a code and a hint.
 *
 * @example
 * await preloadSdk({ sdkKey: 'abc123', token: { url: '/api/cobrowse/token' } })
 */
export async function preloadSdk(options: EmbedOptions): Promise<void> {
  const config = toSessionStoreConfig(options)
  try {
    compileMasking(config.masking, config.settings?.piiMask)
  } catch {
    return
  }
  await loadCobrowseSdk({
    sdkKey: config.sdkKey,
    version: config.version,
    origin: config.origin,
    nonce: config.nonce,
    timeoutMs: config.loadTimeoutMs,
  })
}
