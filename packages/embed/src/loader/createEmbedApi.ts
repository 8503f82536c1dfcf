import type { EmbedOptions } from '../shared/embedOptions.js'
import type { CobrowseKitApi } from './cobrowseKitApi.js'
import { createChunkLoader } from './createChunkLoader.js'
import { createEmbedEvents } from './embedEvents.js'
import { reportInvalidCall, shielded } from './embedProblem.js'
import { EMBED_VERSION } from './embedVersion.js'
import { type EmbedMount, mountEmbed } from './mountEmbed.js'

/** The API object and whether a mount happened (or waits for `<body>`), so the installer skips its auto-mount. */
export interface EmbedApiHandle {
  api: CobrowseKitApi
  isMounted(): boolean
}

const COMMANDS: ReadonlySet<string> = new Set(['mount', 'unmount', 'start', 'end', 'on', 'off'])

/**
 * Builds `window.CobrowseKit`. `scriptOptions` (the tag's attributes) are the base every `mount()` starts from; the
 * chunk at `chunkUrl` is loaded at most once per page, however often the widget is mounted.
 */
export function createEmbedApi(
  document: Document,
  scriptOptions: Partial<EmbedOptions>,
  chunkUrl: string,
): EmbedApiHandle {
  const events = createEmbedEvents()
  const chunk = createChunkLoader(document, chunkUrl)
  let current: EmbedMount | undefined
  let startWhenMounted = false
  // Options of a mount() that came before <body> existed (an async script can run that early).
  let waiting: Partial<EmbedOptions> | undefined

  const unmount = () => {
    waiting = undefined
    const mounted = current
    current = undefined
    mounted?.unmount()
  }
  const mount = (options: Partial<EmbedOptions> = {}) => {
    unmount()
    if (typeof options !== 'object' || options === null) {
      reportInvalidCall('mount() without an options object')
      return
    }
    if (!document.body) {
      if (!waiting) document.addEventListener('DOMContentLoaded', () => waiting && api.mount(waiting), { once: true })
      waiting = options
      return
    }
    current = mountEmbed({ ...scriptOptions, ...options }, { document, chunk, events })
    if (startWhenMounted) {
      startWhenMounted = false
      current.start()
    }
  }

  const api: CobrowseKitApi = {
    version: EMBED_VERSION,
    mount: shielded(mount),
    unmount: shielded(unmount),
    start: shielded(() => {
      if (current) current.start()
      else startWhenMounted = true
    }),
    end: shielded(() => {
      startWhenMounted = false
      current?.end()
    }),
    on: (name, callback) => shielded(events.on)(name, callback) ?? (() => {}),
    off: shielded(events.off),
    push: shielded((...commands: unknown[]) => {
      for (const command of commands) {
        if (typeof command === 'function') shielded(command as (api: CobrowseKitApi) => void)(api)
        else if (Array.isArray(command) && COMMANDS.has(command[0])) {
          const method = api[command[0] as 'mount'] as (...args: unknown[]) => unknown
          method(...command.slice(1))
        } else reportInvalidCall(`push(${String(command)})`)
      }
    }),
    __ui: shielded((ui) => {
      if (typeof ui?.mount === 'function') chunk.register(ui)
      else reportInvalidCall('__ui() without a UI')
    }),
  }

  return { api, isMounted: () => current !== undefined || waiting !== undefined }
}
