/** How a reviewer starts the emulator from the repository root; the Live stories quote it. */
export const START_EMULATOR_COMMAND = 'npx -y pnpm@10.34.8 emulator'

/** The variable that points the Live stories at an emulator. */
export const EMULATOR_URL_VARIABLE = 'STORYBOOK_EMULATOR_URL'

/**
 * The emulator the Live stories connect to, from `STORYBOOK_EMULATOR_URL` (Vite hands `STORYBOOK_*` variables to
 * stories), without a trailing slash; `undefined` when it is unset or blank.
 */
export function emulatorUrl(): string | undefined {
  const value = import.meta.env.STORYBOOK_EMULATOR_URL?.trim()
  return value ? value.replace(/\/+$/, '') : undefined
}
