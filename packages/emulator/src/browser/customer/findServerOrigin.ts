import { PATHS } from '../../protocol/paths.js'

/**
 * The emulator's origin: where this script came from. `document.currentScript` is only set while a classic script
 * runs, so this is read once at load; when it is missing (some injection paths), the last SDK script tag on the page
 * is the one running. Falls back to the page's own origin.
 */
export function findServerOrigin(doc: Document): string {
  const current = doc.currentScript
  const src =
    current instanceof HTMLScriptElement && current.src !== ''
      ? current.src
      : Array.from(doc.querySelectorAll<HTMLScriptElement>('script[src]'))
          .filter((script) => script.src.includes(PATHS.customerSdkPrefix))
          .pop()?.src
  try {
    return new URL(src ?? doc.location.href).origin
  } catch {
    return doc.location.origin
  }
}
