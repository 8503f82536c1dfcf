import type { CustomerInitSettings, MaskingOptions, TokenProvider } from '@cobrowse-kit/core'
import type { CobrowseLocale, CobrowseMessages } from '@cobrowse-kit/react'

/** Where the launcher sits in the viewport. */
export type EmbedPosition = 'bottom-right' | 'bottom-left' | 'top-right' | 'top-left'

/**
 * Everything `CobrowseKit.mount(options)` accepts; the script tag's `data-*` attributes are read into the same shape.
 * The fields mirror `<CobrowseProvider config>` and the React components' props.
 */
export interface EmbedOptions {
  /** Zoom SDK key (public: part of Zoom's CDN URL). `data-sdk-key`. */
  sdkKey: string
  /** The host's token endpoint (Zoom auth-sample protocol), a JWT, or a function. `data-token-url`. */
  token: TokenProvider
  /** The cobrowse service origin: Zoom's by default; the local emulator's in development. `data-origin`. */
  origin?: string
  /** Zoom SDK version to load. `data-version`. */
  version?: string
  /** CSS selectors to mask, compiled the same way as `<Mask>` and the React `masking` option. `data-mask` (comma list). */
  masking?: MaskingOptions | false
  /** Zoom init settings: remote assist, annotations, multi-tab persistence. `data-remote-assist`, `data-annotate`. */
  settings?: CustomerInitSettings
  /** Who the customer is, for the token request and the agent's view. `data-user-name`. */
  user?: { id?: string; name?: string }
  /** BYOP: the PIN the agent will type (needs a BYOP token). `data-byop-pin`. */
  customPinCode?: string
  /** UI language. `data-locale`. Default from `<html lang>`, else English. */
  locale?: CobrowseLocale
  /** Per-string overrides of the chosen language. */
  messages?: Partial<CobrowseMessages>
  /** Theme through the documented CSS variables only, e.g. `{ '--cbk-color-accent': '#0b5cff' }`. `data-theme-*`. */
  theme?: Record<`--cbk-${string}`, string>
  /** `light`, `dark` or follow the system (default). `data-color-scheme`. */
  colorScheme?: 'light' | 'dark' | 'system'
  /** Launcher position. `data-position`. Default `bottom-right`. */
  position?: EmbedPosition
  /** CSP nonce for every script and style the embed adds (its UI chunk, Zoom's SDK). `data-nonce`. */
  nonce?: string
}

/** The events `CobrowseKit.on(event, callback)` reports, with their payloads. */
export interface EmbedEventMap {
  /** The session state changed (`idle`, `loading`, `ready`, `starting`, `pin`, `active`, …). */
  status: { status: string }
  /** A PIN to read to the agent. */
  pin: { pin: string }
  /** An agent joined or left; `agents` is everyone connected now. */
  agents: { agents: ReadonlyArray<{ userId?: string; userName?: string }> }
  /** A typed error (bad configuration, token failure, Zoom error) with its code, message and hint. */
  error: { code: string | number; message: string; hint?: string }
  /** The session ended. */
  ended: { reason?: string }
}

/** A name of `EmbedEventMap`. */
export type EmbedEventName = keyof EmbedEventMap
