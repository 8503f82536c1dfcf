import type { EmbedEventMap, EmbedEventName, EmbedOptions } from './embedOptions.js'

/** How the UI chunk reports events back to the loader, which fans them out to `CobrowseKit.on` listeners. */
export interface EmbedBridge {
  emit<Name extends EmbedEventName>(name: Name, payload: EmbedEventMap[Name]): void
  /** Prints a console error with code, message and hint (never throws into the host page). */
  reportError(error: { code: string; message: string; hint: string }): void
}

/** The widget, mounted by the UI chunk into the shadow root the loader created. */
export interface MountedEmbedUi {
  /** Starts a session (the launcher's click); resolves once the start was handed to the SDK. */
  start(): void
  /** Ends the session. */
  end(): void
  /** Removes the widget and tears the session store down. */
  unmount(): void
}

/**
 * The contract between the tiny first script (`embed.js`) and the heavy chunk (`embed-ui.js`) it loads on intent.
 * The chunk hands its implementation to the loader through the one global: `window.CobrowseKit.__ui(embedUi)`.
 */
export interface EmbedUi {
  /**
   * Starts downloading Zoom's SDK script on intent (hover, focus, touch), before any click, so a click finds it loaded
   * or on its way. The same URL the widget's session store loads later, so that load is the same one. It neither
   * mounts the widget, nor inits the SDK, nor asks for a token. Resolves once the script is in (or when there is
   * nothing to warm); rejects with a problem the loader reports, and the click tries again. Optional: without it (a
   * chunk from an older release, a test double) intent warms the chunk alone.
   */
  preload?(options: EmbedOptions): Promise<void>
  mount(
    target: { root: ShadowRoot; container: HTMLElement },
    options: EmbedOptions,
    bridge: EmbedBridge,
  ): MountedEmbedUi
}
