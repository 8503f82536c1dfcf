import type { EmbedUi } from '../shared/embedUi.js'
import type { EmbedProblem } from './embedProblem.js'

/** How long the UI chunk may take before the attempt counts as failed (and the button can be clicked again). */
export const UI_CHUNK_TIMEOUT_MS = 20_000

/** Loads the UI chunk once per page and hands over what it registers through `CobrowseKit.__ui`. */
export interface ChunkLoader {
  /** Injects the chunk's script (once; again only after a failure) and resolves with its UI. Rejects with a problem. */
  load(nonce: string | undefined): Promise<EmbedUi>
  /** Called by the chunk itself, through `window.CobrowseKit.__ui(ui)`. */
  register(ui: EmbedUi): void
}

const problem = (code: string, what: string, url: string): EmbedProblem => ({
  code,
  message: `${url} ${what}.`,
  hint: 'Serve it beside embed.js and allow it in CSP script-src.',
})

/**
 * Creates the UI chunk loader for `url`. The script gets `async` and the nonce; it is taken out again when it fails
 * (404, CSP refusal, offline, timeout), so the next attempt injects a fresh one.
 */
export function createChunkLoader(document: Document, url: string, timeoutMs = UI_CHUNK_TIMEOUT_MS): ChunkLoader {
  let ui: EmbedUi | undefined
  let pending: Promise<EmbedUi> | undefined
  // Settles the attempt in flight; registration calls it early, before the script's load event.
  let finish: ((failure?: EmbedProblem) => void) | undefined

  const inject = (nonce: string | undefined): Promise<EmbedUi> => {
    const script = document.createElement('script')
    const attempt = new Promise<EmbedUi>((resolve, reject) => {
      const settle = (failure?: EmbedProblem) => {
        if (finish !== settle) return
        finish = undefined
        pending = undefined
        clearTimeout(timer)
        if (ui) return resolve(ui)
        script.remove()
        reject(failure)
      }
      const timer = setTimeout(() => settle(problem('ui_load_timeout', 'timed out', url)), timeoutMs)
      finish = settle
      script.addEventListener('load', () => settle(problem('ui_not_registered', 'did not register', url)))
      script.addEventListener('error', () => settle(problem('ui_load_failed', 'failed to load', url)))
    })
    script.src = url
    script.async = true
    if (nonce) script.setAttribute('nonce', nonce)
    ;(document.head ?? document.documentElement).append(script)
    return attempt
  }

  return {
    load(nonce) {
      if (ui) return Promise.resolve(ui)
      pending ??= inject(nonce)
      return pending
    },
    register(candidate) {
      ui = candidate
      finish?.()
    },
  }
}
