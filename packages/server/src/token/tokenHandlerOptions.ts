import type { CorsOptions } from '../cors/corsOptions.js'
import type { RateLimitOptions } from '../rateLimit/rateLimitOptions.js'
import type { ParsedTokenRequest } from './parseTokenRequest.js'

/** Identity a host sets from its own session; a field left undefined falls back to the request body. */
export interface TokenUser {
  /** `user_id` claim: non-empty. */
  userId?: string
  /** `user_name` claim: at most 80 characters (Zoom's limit). */
  userName?: string
}

/**
 * Options of `createTokenHandler`.
 *
 * @example
 * const options: TokenHandlerOptions = {
 *   sdkKey: env.ZOOM_SDK_KEY,
 *   sdkSecret: env.ZOOM_SDK_SECRET,
 *   authorizeAgent: async (request) => (await sessions.read(request))?.isAgent === true,
 *   cors: { origins: ['https://shop.example'] },
 * }
 */
export interface TokenHandlerOptions {
  /** Zoom SDK key (the `app_key` claim). Required: creation throws without it. */
  sdkKey: string
  /** Zoom SDK secret, the HS256 key. Required: creation throws without it. */
  sdkSecret: string
  /**
   * Decides whether this caller may have an agent token (role 2); only `true` allows it. Read headers or cookies:
   * the body has already been consumed. Without it every role-2 request is refused with 403, so no anonymous caller
   * can join a customer's session as an agent.
   */
  authorizeAgent?: (request: Request) => boolean | Promise<boolean>
  /**
   * Sets `user_id` / `user_name` from the host's own session (headers, cookies) instead of trusting the body.
   * Called for both roles after validation (and, for agents, after `authorizeAgent`).
   */
  resolveUser?: (request: Request, parsed: ParsedTokenRequest) => TokenUser | undefined | Promise<TokenUser | undefined>
  /** Adds `enable_byop: 1` to tokens of both roles, so the customer chooses the PIN. Default false. */
  byop?: boolean
  /** Browser origins allowed to call the endpoint. Absent: same-origin only. */
  cors?: CorsOptions
  /** Optional per-client budget; over it the answer is 429 with `Retry-After`. */
  rateLimit?: RateLimitOptions
  /** Largest body accepted, bytes. Default 4096; a valid request is under 200. */
  maxBodyBytes?: number
  /**
   * Receives errors thrown by `authorizeAgent`, `resolveUser`, `rateLimit.clientKey` or a `cors.origins` function.
   * Default: `console.error`.
   */
  onError?: (error: unknown) => void
}
