import type { EmbedEventMap, EmbedEventName, EmbedOptions } from '../shared/embedOptions.js'
import type { EmbedUi } from '../shared/embedUi.js'

/** One call queued on `window.CobrowseKit` before (or after) the script loaded: a method name and its arguments. */
export type EmbedCommand =
  | readonly ['mount', Partial<EmbedOptions>?]
  | readonly ['unmount']
  | readonly ['start']
  | readonly ['end']
  | { [Name in EmbedEventName]: readonly ['on' | 'off', Name, (payload: EmbedEventMap[Name]) => void] }[EmbedEventName]
  | ((api: CobrowseKitApi) => void)

/**
 * The one global the embed defines, `window.CobrowseKit`. Every method reports problems on the console instead of
 * throwing, so a call from the host page can never break it.
 *
 * @example
 * // Works before and after embed.js has loaded:
 * ;(window.CobrowseKit = window.CobrowseKit || []).push(['on', 'pin', ({ pin }) => console.log(pin)])
 */
export interface CobrowseKitApi {
  /**
   * Renders the launcher. Options are merged over the script tag's `data-*` attributes, key by key; calling `mount`
   * again replaces the widget with one built from the new options.
   */
  mount(options?: Partial<EmbedOptions>): void
  /** Removes the launcher and the widget; a live session is not ended (call `end()` first). `mount()` works again. */
  unmount(): void
  /** Loads the widget if needed and starts a session, as a click on "Get help" does. Before `mount`, it waits for it. */
  start(): void
  /** Ends the session (or forgets a `start()` still waiting for `mount`). */
  end(): void
  /**
   * Listens to an event; returns the function that stops listening. `status` and `pin` also call back at once with
   * the current value when there is one.
   */
  on<Name extends EmbedEventName>(name: Name, callback: (payload: EmbedEventMap[Name]) => void): () => void
  /** Stops a listener added with `on`. */
  off<Name extends EmbedEventName>(name: Name, callback: (payload: EmbedEventMap[Name]) => void): void
  /** Runs queued commands, so the pre-load snippet keeps working after load. */
  push(...commands: EmbedCommand[]): void
  /** The version of `@cobrowse-kit/embed` that is running. */
  readonly version: string
  /**
   * How the UI chunk hands itself to the loader.
   * @internal
   */
  __ui(ui: EmbedUi): void
}
