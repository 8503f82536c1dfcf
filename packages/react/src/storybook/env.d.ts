/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Origin of a running emulator (e.g. `http://127.0.0.1:4010`) for the Live stories; unset, they show how to start one. */
  readonly STORYBOOK_EMULATOR_URL?: string
}
