/**
 * The numbers the token endpoint enforces. Lifetime bounds are Zoom's documented JWT rules; the 35-character limits
 * and the 2-hour default come from Zoom's auth endpoint sample, so front ends written for it see the same answers.
 */
export const TOKEN_LIMITS = {
  /** Shortest token lifetime Zoom accepts (`exp − iat`), seconds. */
  minExpirationSeconds: 1800,
  /** Longest token lifetime Zoom accepts (48 h), seconds. */
  maxExpirationSeconds: 172_800,
  /** Lifetime when the request names none (2 h), seconds. */
  defaultExpirationSeconds: 7200,
  /** `userId` and `userName` in a request body (Zoom's sample; stricter than the claim limit). */
  maxRequestUserLength: 35,
  /** `user_name` claim limit in Zoom's JWT documentation; checked on identities a host supplies. */
  maxUserNameClaimLength: 80,
  /**
   * How far `iat` is back-dated, seconds, so a Zoom server whose clock runs slightly behind ours does not see a token
   * issued in its future. `exp` is counted from the back-dated `iat`, so `exp − iat` is exactly the lifetime asked for.
   */
  clockSkewSeconds: 30,
} as const
