/**
 * A per-client request budget: at most `max` requests per `windowMs` for each `clientKey`. Kept in the memory of
 * one process; behind several instances each counts on its own, so divide `max` by the instance count or limit at
 * the proxy.
 *
 * @example
 * const rateLimit: RateLimitOptions = {
 *   max: 10,
 *   windowMs: 60_000,
 *   clientKey: (request) => request.headers.get('x-forwarded-for')?.split(',')[0]?.trim() ?? 'unknown',
 * }
 */
export interface RateLimitOptions {
  /** Requests allowed per client per window (a positive whole number). */
  max: number
  /** Window length in milliseconds. */
  windowMs: number
  /**
   * Who the client is: a signed-in user id, an API key, or the client IP your proxy reports. Web-standard requests
   * carry no socket address, so the host has to say.
   */
  clientKey: (request: Request) => string
  /** Clients tracked at once; past it the oldest window is forgotten (that client starts afresh). Default 10000. */
  maxClients?: number
}
