/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Set by the playground server: the emulator's SDK key, or ZOOM_SDK_KEY against real Zoom. */
  readonly VITE_COBROWSE_SDK_KEY?: string
  /** Set by the playground server: Zoom's origin against real Zoom, empty when the emulator shares the page's. */
  readonly VITE_COBROWSE_ORIGIN?: string
}
