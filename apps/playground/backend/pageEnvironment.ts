import { DEV_SDK_KEY } from '@cobrowse-kit/emulator'
import { type PlaygroundMode, ZOOM_COBROWSE_ORIGIN } from './playgroundMode.js'

/**
 * The only settings the browser pages get, as Vite `VITE_*` variables: the SDK key (public by design: it is in every
 * customer page that loads Zoom's SDK) and, against real Zoom, Zoom's origin. Secrets never go here: Vite inlines
 * these values into the page bundles.
 *
 * @example
 * Object.assign(process.env, pageEnvironment({ kind: 'emulator' })) // before createViteServer()
 */
export function pageEnvironment(mode: PlaygroundMode): { VITE_COBROWSE_SDK_KEY: string; VITE_COBROWSE_ORIGIN: string } {
  // Empty origin: the pages use their own origin, where the playground server mounts the emulator.
  return mode.kind === 'zoom'
    ? { VITE_COBROWSE_SDK_KEY: mode.sdkKey, VITE_COBROWSE_ORIGIN: ZOOM_COBROWSE_ORIGIN }
    : { VITE_COBROWSE_SDK_KEY: DEV_SDK_KEY, VITE_COBROWSE_ORIGIN: '' }
}
