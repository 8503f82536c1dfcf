// Only the path and query matter; the base merely lets relative request targets parse.
const BASE = 'http://emulator.invalid'

/** The URL of an incoming request, or `undefined` when the request target is not a usable path. */
export function parseRequestUrl(target: string | undefined): URL | undefined {
  if (!target?.startsWith('/')) return undefined
  try {
    return new URL(target, BASE)
  } catch {
    return undefined
  }
}
