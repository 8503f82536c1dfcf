import { CobrowseError } from '../errors/CobrowseError.js'
import { describeValue, looksLikeUrl } from './describeValue.js'

/**
 * The `token_malformed` error for a value that is not JWT-shaped. `source` names where it came from ("The token",
 * "The token from /api/token"). A URL or path gets a hint to pass it as an endpoint instead.
 *
 * @example
 * malformedTokenError('/api/token', 'The token').hint // "Pass { url: '/api/token' } …"
 */
export function malformedTokenError(value: unknown, source: string): CobrowseError {
  return new CobrowseError('token_malformed', {
    message: `${source} is not a JWT: got ${describeValue(value)}.`,
    ...(looksLikeUrl(value) && { hint: "To fetch the token from an endpoint, pass { url: '/api/token' } instead." }),
  })
}
