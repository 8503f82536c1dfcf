import { CobrowseError } from '../errors/CobrowseError.js'
import type { CustomerSdk } from '../sdk/customerSession.js'
import { installLoaderStub, isLoaderStub, replayQueuedInit } from './loaderStub.js'
import { buildSdkUrl, normalizeSdkOrigin, SDK_PATH_PREFIX } from './sdkUrl.js'

/** How long {@link loadCobrowseSdk} waits for the script before rejecting with `'sdk_load_timeout'`. */
export const DEFAULT_SDK_LOAD_TIMEOUT_MS = 20_000

/** Options of {@link loadCobrowseSdk}. */
export interface LoadCobrowseSdkOptions {
  /** Public SDK key from the Zoom Marketplace app. */
  sdkKey: string
  /** `'3.9.0'`, `'3.9.x'` or `'latest'`. Defaults to the version the kit pins. */
  version?: string | undefined
  /** CDN origin; set it to the local emulator's origin to load its SDK instead of Zoom's. */
  origin?: string | undefined
  /** CSP nonce put on the injected `<script>`, for pages whose script-src uses nonces. */
  nonce?: string | undefined
  /** Milliseconds before giving up. Defaults to {@link DEFAULT_SDK_LOAD_TIMEOUT_MS}. */
  timeoutMs?: number | undefined
}

// One load per URL for the life of the page: callers racing on mount share it instead of adding tags.
const loads = new Map<string, Promise<CustomerSdk | null>>()

/**
 * Loads Zoom's customer SDK from the CDN and resolves `window.ZoomCobrowseSDK`.
 *
 * Reuses what is already there: an SDK global already defined, or a `<script>` for the SDK the host page added.
 * Otherwise installs a snippet-compatible stub (so early `init` calls are kept) and injects the script. Calls with
 * the same URL share one promise; after a failure the next call starts afresh.
 *
 * Resolves `null` without a DOM (server rendering). Rejects, never throws, with a `CobrowseError`:
 * `'invalid_config'`, `'sdk_load_failed'` or `'sdk_load_timeout'`.
 *
 * @example
 * const sdk = await loadCobrowseSdk({ sdkKey: 'abc123' })
 * sdk?.init(settings, ({ success, session }) => {})
 */
export function loadCobrowseSdk(options: LoadCobrowseSdkOptions): Promise<CustomerSdk | null> {
  if (typeof window === 'undefined' || typeof document === 'undefined') return Promise.resolve(null)

  let url: string
  let origin: string
  try {
    url = buildSdkUrl(options)
    origin = normalizeSdkOrigin(options.origin)
    checkTimeout(options.timeoutMs)
  } catch (error) {
    return Promise.reject(error)
  }

  const shared = loads.get(url)
  if (shared !== undefined) return shared

  const current = window.ZoomCobrowseSDK
  let load: Promise<CustomerSdk | null>
  if (current !== undefined && current !== null && !isLoaderStub(current)) {
    load = Promise.resolve(current)
    // The script may have run after an earlier attempt timed out, leaving an init queued on the stub. A throwing init
    // is the queuer's failure, not the load's: it is reported as an uncaught error rather than thrown from here.
    try {
      replayQueuedInit(window, current)
    } catch (error) {
      queueMicrotask(() => {
        throw error
      })
    }
  } else {
    load = loadScript(url, origin, options, () => {
      if (loads.get(url) === load) loads.delete(url)
    })
  }
  loads.set(url, load)
  return load
}

/** The type of {@link loadCobrowseSdk}, for injecting a fake loader in tests. */
export type LoadCobrowseSdk = typeof loadCobrowseSdk

function checkTimeout(timeoutMs: number | undefined): void {
  if (timeoutMs !== undefined && !(timeoutMs > 0 && timeoutMs < Number.POSITIVE_INFINITY)) {
    throw new CobrowseError('invalid_config', {
      message: `timeoutMs ${timeoutMs} is not a positive number.`,
      hint: 'Pass milliseconds, or leave it out.',
    })
  }
}

function findSdkScript(url: string, origin: string): HTMLScriptElement | undefined {
  const scripts = Array.from(document.querySelectorAll<HTMLScriptElement>('script[src]'))
  const prefix = `${origin}${SDK_PATH_PREFIX}`
  // `src` is read as a property because the browser resolves it, which makes it comparable with the built URL.
  return scripts.find((script) => script.src === url) ?? scripts.find((script) => script.src.startsWith(prefix))
}

/** The hint of every load failure; off Zoom's CDN it also reminds that the local emulator must be running. */
function loadHint(origin: string): string {
  const onZoom = /(^|\.)zoom\.us$/.test(new URL(origin).hostname)
  return `A blocked CDN, a CSP script-src without ${origin}, or an ad-blocker can cause this.${onZoom ? '' : ' Is the emulator running?'}`
}

function loadScript(
  url: string,
  origin: string,
  options: LoadCobrowseSdkOptions,
  forget: () => void,
): Promise<CustomerSdk> {
  return new Promise<CustomerSdk>((resolve, reject) => {
    // Installed on both paths so an init called before the script ends up queued, whoever added the tag.
    installLoaderStub(window)

    const hostScript = findSdkScript(url, origin)
    const script = hostScript ?? document.createElement('script')

    const cleanUp = (): void => {
      clearTimeout(timer)
      script.removeEventListener('load', onLoad)
      script.removeEventListener('error', onError)
    }

    const fail = (code: 'sdk_load_failed' | 'sdk_load_timeout', message: string): void => {
      cleanUp()
      forget()
      // Only our own tag goes: a fresh one is injected on retry. A tag the host added is the host's to manage.
      // The stub stays, so an init queued on it survives into the retry.
      if (hostScript === undefined) script.remove()
      reject(new CobrowseError(code, { message, hint: loadHint(origin) }))
    }

    function onLoad(): void {
      const sdk = window.ZoomCobrowseSDK
      if (sdk === undefined || sdk === null || isLoaderStub(sdk) || typeof sdk.init !== 'function') {
        fail('sdk_load_failed', `${url} loaded but did not define ZoomCobrowseSDK; check sdkKey, version and origin.`)
        return
      }
      cleanUp()
      resolve(sdk)
      // After resolve so that if the queued init throws, the load itself still counts as done; the init still runs
      // before any awaiting caller resumes.
      replayQueuedInit(window, sdk)
    }

    function onError(): void {
      fail('sdk_load_failed', `The cobrowse SDK at ${url} failed to load.`)
    }

    const timeoutMs = options.timeoutMs ?? DEFAULT_SDK_LOAD_TIMEOUT_MS
    const timer = setTimeout(() => {
      fail('sdk_load_timeout', `The cobrowse SDK at ${url} did not load within ${timeoutMs} ms.`)
    }, timeoutMs)

    script.addEventListener('load', onLoad)
    script.addEventListener('error', onError)

    if (hostScript === undefined) {
      script.src = url
      script.async = true
      // The attribute works wherever CSP nonces do; older engines lack the `nonce` property.
      if (options.nonce !== undefined) script.setAttribute('nonce', options.nonce)
      ;(document.head ?? document.body ?? document.documentElement).appendChild(script)
    }
  })
}
