import { invalidOriginReason } from '../cors/createCorsPolicy.js'
import { invalidRateLimitReason } from '../rateLimit/createRateLimiter.js'
import { assertCredentials } from './signCobrowseToken.js'
import { TokenConfigError } from './TokenConfigError.js'
import type { TokenHandlerOptions } from './tokenHandlerOptions.js'

/**
 * Refuses, at startup, options that could never work: missing credentials, a CORS origin no browser sends, a rate
 * limit that counts nothing. Better a crash on deploy than a token endpoint that fails every request.
 */
export function assertTokenHandlerOptions(options: TokenHandlerOptions): void {
  if (typeof options !== 'object' || options === null) {
    throw new TokenConfigError(
      'missing_credentials',
      'createTokenHandler needs an options object.',
      'Call createTokenHandler({ sdkKey, sdkSecret }).',
    )
  }
  assertCredentials(options.sdkKey, options.sdkSecret)
  const reasons = [
    ...(Array.isArray(options.cors?.origins) ? options.cors.origins.map(invalidOriginReason) : []),
    options.rateLimit && invalidRateLimitReason(options.rateLimit),
    options.maxBodyBytes !== undefined && !(Number.isSafeInteger(options.maxBodyBytes) && options.maxBodyBytes > 0)
      ? `maxBodyBytes must be a whole number of bytes > 0, got ${options.maxBodyBytes}.`
      : undefined,
  ].filter((reason): reason is string => typeof reason === 'string')
  if (reasons.length === 0) return
  throw new TokenConfigError(
    'invalid_option',
    reasons.join(' '),
    'Fix these options of createTokenHandler; for CORS, list exact origins such as "https://shop.example".',
  )
}
