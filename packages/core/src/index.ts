export type { AgentSessionState, AgentSessionStatus } from './agent/agentSessionState.js'
export type { AgentSessionConfig, AgentSessionStore } from './agent/createAgentSessionStore.js'
export { createAgentSessionStore } from './agent/createAgentSessionStore.js'
export { isDevelopment } from './env/isDevelopment.js'
export type { CobrowseErrorOptions } from './errors/CobrowseError.js'
export { CobrowseError, isCobrowseError } from './errors/CobrowseError.js'
export type {
  CobrowseErrorCode,
  CobrowseErrorFamily,
  CobrowseErrorSpec,
  KitErrorCode,
  ZoomErrorCode,
} from './errors/errorCatalog.js'
export { describeError } from './errors/errorCatalog.js'
export type { LoadCobrowseSdkOptions } from './loader/loadCobrowseSdk.js'
export { loadCobrowseSdk } from './loader/loadCobrowseSdk.js'
export { buildSdkUrl, DEFAULT_ZOOM_ORIGIN, ZOOM_SDK_VERSION } from './loader/sdkUrl.js'
export type { CompileMaskingOptions, MaskingOptions } from './masking/compileMasking.js'
export { compileMasking, MASK_ATTRIBUTE } from './masking/compileMasking.js'
export { maskClone, maskText, piiMaskSelector } from './masking/maskClone.js'
export { SENSITIVE_FIELDS, type SensitiveField } from './masking/sensitiveFields.js'
export { formatPin, groupPin } from './pin/groupPin.js'
export { normalizePin } from './pin/normalizePin.js'
export type { PinKind } from './pin/pinKind.js'
export { BYOP_PIN_MAX_LENGTH, ZOOM_PIN_LENGTH } from './pin/pinKind.js'
export type { PinValidation } from './pin/validatePin.js'
export { assertValidPin, isPartialPin, validatePin } from './pin/validatePin.js'
export type * from './sdk/agentSdk.js'
export type * from './sdk/customerEvents.js'
export { CUSTOMER_EVENT_NAMES } from './sdk/customerEvents.js'
export type * from './sdk/customerSession.js'
export { SESSION_RECOVERABLE } from './sdk/customerSession.js'
export type * from './sdk/customerSettings.js'
export type { QueuedInitArgs } from './sdk/global.js'
export type { Agent } from './sdk/normalizePayload.js'
export { readAgent, readPinCode, toCobrowseError } from './sdk/normalizePayload.js'
export type { SessionStore } from './session/createSessionStore.js'
export { createSessionStore } from './session/createSessionStore.js'
export { createRecoveryMark, type MarkStorage, type RecoveryMark } from './session/recoveryMark.js'
export type {
  EndReason,
  RemoteAssistStatus,
  SessionPhase,
  SessionState,
  SessionStateOf,
  SessionStatus,
} from './session/sessionState.js'
export { isSessionLive, selectAgents, selectError, selectPin, selectRemoteAssist } from './session/sessionState.js'
export type { SessionStoreConfig } from './session/sessionStoreConfig.js'
export type { SessionTransition, SessionTransitionType } from './session/sessionTransition.js'
export { transitionSession } from './session/sessionTransition.js'
export { resolveToken } from './token/resolveToken.js'
export type { TokenEndpoint, TokenFunction, TokenProvider, TokenRequest, TokenRole } from './token/tokenProvider.js'
