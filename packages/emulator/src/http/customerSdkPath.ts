import { PATHS } from '../protocol/paths.js'

// Zoom serves an exact version (`2.13.2`) or the latest patch of a minor (`2.13.x`).
const VERSION = /^\d+\.\d+\.(?:\d+|x)$/

/** The parts of a customer SDK script path: `{prefix}{KEY}/js` or `{prefix}{KEY}/js/{version}`. */
export interface CustomerSdkPath {
  sdkKey: string
  version?: string
}

/** Reads a customer SDK script path; `undefined` when it is not one (wrong shape or a malformed version). */
export function parseCustomerSdkPath(pathname: string): CustomerSdkPath | undefined {
  if (!pathname.startsWith(PATHS.customerSdkPrefix)) return undefined
  const [encodedKey, js, version, ...rest] = pathname.slice(PATHS.customerSdkPrefix.length).split('/')
  if (!encodedKey || js !== 'js' || rest.length > 0) return undefined
  if (version !== undefined && !VERSION.test(version)) return undefined
  let sdkKey: string
  try {
    sdkKey = decodeURIComponent(encodedKey)
  } catch {
    return undefined
  }
  return version === undefined ? { sdkKey } : { sdkKey, version }
}
