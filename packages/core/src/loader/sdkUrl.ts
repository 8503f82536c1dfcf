import { CobrowseError } from '../errors/CobrowseError.js'

/** Origin of Zoom's customer SDK CDN. Point `origin` elsewhere (e.g. the local emulator) to load from there. */
export const DEFAULT_ZOOM_ORIGIN = 'https://us01-zcb.zoom.us'

/**
 * The customer SDK version the kit is typed and tested against. The single place that pins it: bump it here and
 * every default URL follows.
 */
export const ZOOM_SDK_VERSION = '3.9.0'

/** Path under the origin where every customer SDK script lives; the SDK key follows it. */
export const SDK_PATH_PREFIX = '/static/resource/sdk/'

/** Input of {@link buildSdkUrl}. */
export interface SdkUrlOptions {
  /** Public SDK key from the Zoom Marketplace app. */
  sdkKey: string
  /**
   * Exact (`'3.9.0'`), a minor's latest patch (`'3.9.x'`), or `'latest'` (no version segment, so whatever Zoom
   * serves as current). Defaults to {@link ZOOM_SDK_VERSION}.
   */
  version?: string | undefined
  /** Absolute http(s) origin without a path. Defaults to {@link DEFAULT_ZOOM_ORIGIN}. */
  origin?: string | undefined
}

const VERSION_PATTERN = /^(\d+\.\d+\.(\d+|x)|latest)$/

const invalid = (message: string, hint: string) => new CobrowseError('invalid_config', { message, hint })

/**
 * Validates `origin` and returns it as `scheme://host[:port]`, comparable with a script's resolved `src`.
 * Throws `invalid_config` when it is not an absolute http(s) origin without path, query or credentials.
 *
 * @example
 * normalizeSdkOrigin('http://localhost:4010/') // 'http://localhost:4010'
 */
export function normalizeSdkOrigin(origin: string = DEFAULT_ZOOM_ORIGIN): string {
  let parsed: URL | undefined
  try {
    parsed = new URL(origin)
  } catch {}
  // Anything beyond scheme and host would end up in the middle of the SDK path.
  if (!parsed || !/^https?:$/.test(parsed.protocol) || parsed.href !== `${parsed.origin}/`) {
    throw invalid(
      `origin '${origin}' is not an http(s) origin.`,
      `Use e.g. '${DEFAULT_ZOOM_ORIGIN}' or 'http://127.0.0.1:4010'.`,
    )
  }
  return parsed.origin
}

/**
 * Builds the customer SDK script URL: `{origin}/static/resource/sdk/{sdkKey}/js/{version}`, or `.../js` for
 * `'latest'`. Throws `invalid_config` naming the bad option.
 *
 * @example
 * buildSdkUrl({ sdkKey: 'abc123' })
 * // 'https://us01-zcb.zoom.us/static/resource/sdk/abc123/js/3.9.0'
 */
export function buildSdkUrl({ sdkKey, version = ZOOM_SDK_VERSION, origin }: SdkUrlOptions): string {
  if (typeof sdkKey !== 'string' || !/^[^\s/?#]+$/.test(sdkKey)) {
    throw invalid(
      `sdkKey '${sdkKey}' is empty or has spaces, '/', '?' or '#'.`,
      'Copy the SDK key (not the secret) from your Zoom app.',
    )
  }
  if (!VERSION_PATTERN.test(version)) {
    throw invalid(`version '${version}' is not an SDK version.`, `Use e.g. '${ZOOM_SDK_VERSION}', '3.9.x' or 'latest'.`)
  }
  const base = `${normalizeSdkOrigin(origin)}${SDK_PATH_PREFIX}${encodeURIComponent(sdkKey)}/js`
  return version === 'latest' ? base : `${base}/${version}`
}
