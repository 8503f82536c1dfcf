import type { ParsedTokenRequest } from './parseTokenRequest.js'
import { randomUserId } from './randomUserId.js'
import { TokenConfigError } from './TokenConfigError.js'
import type { TokenHandlerOptions } from './tokenHandlerOptions.js'
import { TOKEN_LIMITS } from './tokenLimits.js'

/**
 * The `user_id` and `user_name` of a token: the host's `resolveUser` first, then the request body, then Zoom's
 * sample defaults (a random base36 id, and the id as the name). Throws a `TokenConfigError` when `resolveUser`
 * returns an identity Zoom would refuse, so the host learns of it through `onError` rather than from Zoom.
 */
export async function resolveTokenUser(
  request: Request,
  parsed: ParsedTokenRequest,
  resolveUser: TokenHandlerOptions['resolveUser'],
): Promise<{ userId: string; userName: string }> {
  const resolved: unknown = resolveUser ? await resolveUser(request, parsed) : undefined
  if (resolved !== undefined && (typeof resolved !== 'object' || resolved === null)) {
    throw invalidIdentity(`it returned ${typeof resolved} instead of { userId?, userName? } or undefined`)
  }
  const given = (resolved ?? {}) as Record<string, unknown>
  const userId = given.userId ?? parsed.userId ?? randomUserId()
  if (typeof userId !== 'string' || userId === '') throw invalidIdentity('userId must be a non-empty string')
  const userName = given.userName ?? parsed.userName ?? userId
  const max = TOKEN_LIMITS.maxUserNameClaimLength
  if (typeof userName !== 'string' || userName.length > max) {
    throw invalidIdentity(`userName must be a string of at most ${max} characters (Zoom's user_name limit)`)
  }
  return { userId, userName }
}

function invalidIdentity(reason: string): TokenConfigError {
  return new TokenConfigError(
    'invalid_option',
    `resolveUser gave an identity Zoom would refuse: ${reason}.`,
    'Return { userId, userName } built from your session, or undefined to keep the values of the request body.',
  )
}
