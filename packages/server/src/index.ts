export type { CorsOptions } from './cors/corsOptions.js'
export { ConfigError } from './http/ConfigError.js'
export type { HttpProblem } from './http/httpProblem.js'
export type { RateLimitOptions } from './rateLimit/rateLimitOptions.js'
export type { CobrowseRestClient } from './rest/CobrowseRestClient.js'
export {
  CobrowseRestError,
  type CobrowseRestErrorCode,
  type CobrowseRestErrorOptions,
} from './rest/CobrowseRestError.js'
export { createCobrowseRestClient } from './rest/createCobrowseRestClient.js'
export type { ListLiveSessionsParams, LiveSession, LiveSessionsPage, LiveSessionUser } from './rest/liveSessions.js'
export type {
  ListPastSessionsParams,
  PastSession,
  PastSessionsPage,
  PastSessionTimeType,
  PastSessionUser,
} from './rest/pastSessions.js'
export {
  type CobrowseRestClientOptions,
  type CobrowseRestCredentials,
  type CobrowseRestRequestOptions,
  type CobrowseRestRetryOptions,
  type RestFetch,
  ZOOM_API_BASE_URL,
} from './rest/restClientOptions.js'
export type { PageCursor, PageParams, SessionRoleType } from './rest/restPage.js'
export type {
  GetLiveSessionOptions,
  GetPastSessionOptions,
  GetSessionOptions,
  LiveSessionDetails,
  PastSessionDetails,
  SessionType,
} from './rest/sessionDetails.js'
export type { ListSessionUsersParams, SessionUser, SessionUsersPage, ZoomDataCenter } from './rest/sessionUsers.js'
export { ZoomApiError, type ZoomApiErrorInit } from './rest/ZoomApiError.js'
export { COBROWSE_ROLE, type CobrowseRole } from './token/cobrowseRole.js'
export { createTokenHandler } from './token/createTokenHandler.js'
export type { ParsedTokenRequest, TokenRequestIssue } from './token/parseTokenRequest.js'
export { type SignCobrowseTokenOptions, signCobrowseToken } from './token/signCobrowseToken.js'
export { TokenConfigError, type TokenConfigErrorCode } from './token/TokenConfigError.js'
export type { TokenHandlerOptions, TokenUser } from './token/tokenHandlerOptions.js'
export { TOKEN_LIMITS } from './token/tokenLimits.js'
export { createMemoryDedupeStore, type MemoryDedupeStoreOptions } from './webhooks/createMemoryDedupeStore.js'
export { createWebhookHandler } from './webhooks/createWebhookHandler.js'
export type {
  UrlValidationResponse,
  WebhookRequestParts,
  WebhookVerification,
} from './webhooks/createWebhookVerifier.js'
export * from './webhooks/events/generated/cobrowseEvents.js'
export * from './webhooks/events/generated/videoSdkEvents.js'
export * from './webhooks/events/generated/webhookEvents.js'
export type { UnknownWebhookEvent, WebhookEvent } from './webhooks/events/WebhookEvent.js'
export { type SignWebhookOptions, signWebhook, type WebhookSignatureHeaders } from './webhooks/signWebhook.js'
export {
  DEFAULT_WEBHOOK_TOLERANCE_SECONDS,
  type VerifyWebhookOptions,
  verifyWebhook,
} from './webhooks/verifyWebhook.js'
export { WebhookConfigError, type WebhookConfigErrorCode } from './webhooks/WebhookConfigError.js'
export type { WebhookDedupeStore } from './webhooks/WebhookDedupeStore.js'
export { WebhookHandlerError, type WebhookHandlerErrorCode } from './webhooks/WebhookHandlerError.js'
export type { WebhookEventContext, WebhookHandlerOptions } from './webhooks/WebhookHandlerOptions.js'
export type { WebhookHeaders } from './webhooks/webhookHeader.js'
export type { WebhookProblemCode } from './webhooks/webhookProblem.js'
