/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Set by the playground server to the emulator's SDK key. */
  readonly VITE_COBROWSE_SDK_KEY?: string
}
