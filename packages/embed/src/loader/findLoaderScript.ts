/** The file name of the UI chunk, published next to `embed.js`. */
export const UI_CHUNK_FILE = 'embed-ui.js'

/**
 * The `<script>` element that loaded `embed.js`: `document.currentScript` while the loader runs, else (bundlers,
 * wrappers that re-inject the code) the last `embed.js` script that carries a `data-sdk-key`.
 */
export function findLoaderScript(document: Document): HTMLScriptElement | null {
  const current = document.currentScript
  if (current instanceof HTMLScriptElement) return current
  const candidates = document.querySelectorAll<HTMLScriptElement>('script[src*="embed.js"][data-sdk-key]')
  return candidates[candidates.length - 1] ?? null
}

/** Where the UI chunk lives: beside the loader's own URL, so any CDN path or version folder works unchanged. */
export function uiChunkUrl(script: HTMLScriptElement | null, document: Document): string {
  return new URL(UI_CHUNK_FILE, script?.src || document.baseURI).href
}
