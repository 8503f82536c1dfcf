export type { SdkRole, SdkTokenClaims } from './auth/sdkTokenClaims.js'
export { type SignSdkTokenOptions, signSdkToken } from './auth/signSdkToken.js'
export { type SdkTokenVerification, type VerifySdkTokenOptions, verifySdkToken } from './auth/verifySdkToken.js'
export { EmulatorOptionsError } from './config/EmulatorOptionsError.js'
export {
  DEV_API_KEY,
  DEV_API_SECRET,
  DEV_SDK_KEY,
  DEV_SDK_SECRET,
  type EmulatorOptions,
  type EmulatorRestOptions,
  type EmulatorTiming,
  ZOOM_TIMING,
} from './config/emulatorOptions.js'
export { FIDELITY } from './config/fidelity.js'
export { REST_FIDELITY, type RestErrorSpec } from './config/restFidelity.js'
export { WEBHOOK_FIDELITY } from './config/webhookFidelity.js'
export { createEmulator, type Emulator } from './createEmulator.js'
export type * from './protocol/messages.js'
export { PATHS } from './protocol/paths.js'
export { RestOptionsError, type RestOptionsErrorCode } from './rest/restOptionsError.js'
export { DEFAULT_API_TOKEN_LIFETIME_S, type SignApiTokenOptions, signApiToken } from './rest/signApiToken.js'
export type { SessionSummary } from './sessions/session.js'
export { DEFAULT_HOST, DEFAULT_PORT, type RunningEmulator, startEmulator } from './startEmulator.js'
export type * from './webhooks/cobrowseWebhookEvent.js'
export { createWebhookSender, type EmulatorWebhookOptions, type WebhookSender } from './webhooks/createWebhookSender.js'
export type { WebhookDeliveryOutcome, WebhookDeliveryRecord } from './webhooks/deliveryLog.js'
export { WebhookOptionsError, type WebhookOptionsErrorCode } from './webhooks/webhookOptionsError.js'
