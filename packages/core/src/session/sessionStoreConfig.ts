import type { MaskingOptions } from '../masking/compileMasking.js'
import type { CustomerSdk } from '../sdk/customerSession.js'
import type { CustomerInitSettings } from '../sdk/customerSettings.js'
import type { TokenProvider } from '../token/tokenProvider.js'
import type { MarkStorage } from './recoveryMark.js'

/** Configuration of one customer session store (one per `<CobrowseProvider>`). */
export interface SessionStoreConfig {
  /** The SDK key of your Zoom Cobrowse app. Public: it is part of the CDN URL. */
  sdkKey: string
  /**
   * Where the customer token (role_type 1) comes from: a JWT string, an async function, or your token endpoint as a
   * `URL` / `{ url }` (POST `{ role, userId, userName }` → `{ token }`, like Zoom's auth endpoint sample).
   */
  token: TokenProvider
  /** Identity put into the token request. Optional: Zoom's sample endpoint invents one. */
  user?: { id?: string; name?: string }
  /** Init settings: annotation, remote assist, multi-tab persistence, and a raw `piiMask` if you need one. */
  settings?: CustomerInitSettings
  /**
   * What agents must never see, compiled with `<Mask>`, `data-cobrowse-mask` and the sensitive-field defaults
   * (passwords, card data, one-time codes) into `piiMask`. Checked when the store is made: an invalid selector is a
   * `CobrowseError` (`invalid_masking`) naming it, and the SDK never starts. Read once: the SDK takes `piiMask` at
   * init and has no way to change it later, so for UI that appears during a session use `<Mask>` or the
   * `data-cobrowse-mask` attribute, which the SDK matches on the live page. `false` sends no masking of the kit's
   * (not even the defaults), so the Zoom portal's defaults apply.
   */
  masking?: MaskingOptions | false
  /** BYOP only: the PIN to start with (letters and digits, at most 10). Requires `enable_byop: 1` in the token. */
  customPinCode?: string
  /**
   * The SDK object to use instead of loading the CDN script: Zoom's npm `ZoomCobrowseSDK` (BYOP), the test kit's
   * fake, or a promise of either. When given, `appKey` is set to `sdkKey` unless settings name it.
   */
  sdk?: CustomerSdk | Promise<CustomerSdk>
  /** Origin of the SDK script. Default `https://us01-zcb.zoom.us`; point it at the local emulator in development. */
  origin?: string
  /** SDK version (`'3.9.0'`, `'3.9.x'` or `'latest'`). Defaults to the version the kit is tested with. */
  version?: string
  /** CSP nonce for the injected script tag. */
  nonce?: string
  /** How long the SDK script may take to load. Default 20 s. */
  loadTimeoutMs?: number
  /** Rejoin by itself when a refresh left a recoverable session. Default `true`. */
  autoRejoin?: boolean
  /** Where the per-tab recovery mark lives. Default `sessionStorage`; `null` turns the mark off. */
  storage?: MarkStorage | null
  /** Receives development warnings (ignored transitions, unreadable payloads). Default `console`. */
  logger?: Pick<Console, 'warn'>
}
