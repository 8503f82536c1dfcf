export type { SdkRole, SdkTokenClaims } from './auth/sdkTokenClaims.js'
export { type SignSdkTokenOptions, signSdkToken } from './auth/signSdkToken.js'
export { type SdkTokenVerification, type VerifySdkTokenOptions, verifySdkToken } from './auth/verifySdkToken.js'
export {
  DEV_SDK_KEY,
  DEV_SDK_SECRET,
  type EmulatorOptions,
  type EmulatorTiming,
  ZOOM_TIMING,
} from './config/emulatorOptions.js'
export { FIDELITY } from './config/fidelity.js'
export { createEmulator, type Emulator } from './createEmulator.js'
export type * from './protocol/messages.js'
export { PATHS } from './protocol/paths.js'
export type { SessionSummary } from './sessions/session.js'
export { DEFAULT_HOST, DEFAULT_PORT, type RunningEmulator, startEmulator } from './startEmulator.js'
