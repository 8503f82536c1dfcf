import { randomBytes } from 'node:crypto'
import { EmulatorOptionsError } from '../config/EmulatorOptionsError.js'
import type { BundleName, Bundles } from './bundles.js'

/** The largest size the customer SDK stand-in may be padded to: far beyond Zoom's script, still cheap to hold. */
export const MAX_SDK_SCRIPT_BYTES = 64 * 1024 * 1024

// `/* … */` around the filler plus a newline on each side; base64 has no `*`, so the filler cannot close the comment.
const OPEN = '\n/* '
const CLOSE = ' */\n'

/**
 * Appends a comment of random base64 to `code` so the script is exactly `bytes` long (UTF-8), or returns `code` as it
 * is when it is that long already. Random so that gzip or brotli on a proxy cannot shrink it back to nothing: what a
 * benchmark downloads is what Zoom's real script costs, not the emulator's small stand-in.
 *
 * @example
 * padScript('window.x = 1', 3_400_000).length // 3400000
 */
export function padScript(code: string, bytes: number): string {
  const missing = bytes - Buffer.byteLength(code)
  if (missing <= 0) return code
  if (missing < OPEN.length + CLOSE.length) return code + '\n'.repeat(missing)
  const fillerLength = missing - OPEN.length - CLOSE.length
  const filler = randomBytes(Math.ceil((fillerLength * 3) / 4))
    .toString('base64')
    .slice(0, fillerLength)
  return `${code}${OPEN}${filler}${CLOSE}`
}

/**
 * The bundles with the customer SDK padded to `sdkScriptBytes` (see `padScript`), once per emulator, or `bundles`
 * untouched without it. Throws `EmulatorOptionsError` (`invalid_sdk_script_bytes`) for a size it cannot serve.
 */
export function padCustomerSdk(bundles: Bundles<BundleName>, sdkScriptBytes: number | undefined): Bundles<BundleName> {
  if (sdkScriptBytes === undefined) return bundles
  if (!Number.isInteger(sdkScriptBytes) || sdkScriptBytes < 0 || sdkScriptBytes > MAX_SDK_SCRIPT_BYTES) {
    throw new EmulatorOptionsError(
      'invalid_sdk_script_bytes',
      `sdkScriptBytes must be a whole number from 0 to ${MAX_SDK_SCRIPT_BYTES}, not ${String(sdkScriptBytes)}`,
      "Omit it for the stand-in's own size, or pass e.g. 3400000 for the size of Zoom's script",
    )
  }
  let padded: Promise<string> | undefined
  return {
    get(name) {
      if (name !== 'customerSdk') return bundles.get(name)
      if (padded) return padded
      const attempt = bundles.get(name).then((code) => padScript(code, sdkScriptBytes))
      padded = attempt
      // A failed build is retried on the next request, as the bundles themselves do.
      attempt.catch(() => {
        if (padded === attempt) padded = undefined
      })
      return attempt
    },
  }
}
