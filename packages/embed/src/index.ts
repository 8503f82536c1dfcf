/**
 * `@cobrowse-kit/embed`: types for pages that use the script-tag build (`embed.js`) from TypeScript. The runtime is
 * the script itself; this entry only describes `window.CobrowseKit` and its options.
 *
 * @example
 * import type {} from '@cobrowse-kit/embed' // brings in the `window.CobrowseKit` declaration
 * // A function command is typed in full; it runs with the API once embed.js has loaded.
 * ;(window.CobrowseKit = window.CobrowseKit || []).push((kit) => kit.on('pin', ({ pin }) => console.log(pin)))
 *
 * @packageDocumentation
 */
import type { CobrowseKitApi, EmbedCommand } from './loader/cobrowseKitApi.js'

export type { CobrowseKitApi, EmbedCommand } from './loader/cobrowseKitApi.js'
export type { EmbedEventMap, EmbedEventName, EmbedOptions, EmbedPosition } from './shared/embedOptions.js'

declare global {
  interface Window {
    /** Cobrowse Kit's embed: a command queue until embed.js has loaded, the API object after. */
    CobrowseKit?: CobrowseKitApi | EmbedCommand[]
  }
}
