import { CobrowseError, isCobrowseError } from '../errors/CobrowseError.js'
import { describeValue } from './describeValue.js'
import { fetchToken } from './fetchToken.js'
import { isJwtShaped } from './isJwtShaped.js'
import { malformedTokenError } from './malformedTokenError.js'
import type { TokenEndpoint, TokenProvider, TokenRequest } from './tokenProvider.js'

/**
 * Turns any {@link TokenProvider} into a JWT string. Never throws synchronously: every failure is a rejected promise
 * with a `CobrowseError` (`token_malformed`, `token_fetch_failed`, `token_forbidden`, `token_invalid_response`, or
 * `invalid_config` for a value that is no provider at all).
 *
 * @example
 * const token = await resolveToken({ url: '/api/token' }, { role: 2, userName: 'Ana' })
 */
export async function resolveToken(provider: TokenProvider, request: TokenRequest): Promise<string> {
  if (typeof provider === 'string') {
    if (isJwtShaped(provider)) return provider
    throw malformedTokenError(provider, 'The token')
  }
  if (typeof provider === 'function') {
    let token: unknown
    try {
      token = await provider(request)
    } catch (error) {
      if (isCobrowseError(error)) throw error
      throw new CobrowseError('token_fetch_failed', {
        message: `The token function failed${error instanceof Error ? `: ${error.message}` : '.'}`,
        cause: error,
      })
    }
    if (isJwtShaped(token)) return token
    throw malformedTokenError(token, 'The token function result')
  }
  const endpoint = provider instanceof URL ? { url: provider } : (provider as Partial<TokenEndpoint> | null)
  // Plain JavaScript callers can pass anything; name it instead of failing on `.url` of undefined.
  if (!endpoint?.url) {
    throw new CobrowseError('invalid_config', {
      message: `The token provider is ${describeValue(provider)}, not a JWT, a function, a URL or { url }.`,
    })
  }
  return fetchToken(endpoint as TokenEndpoint, request)
}
