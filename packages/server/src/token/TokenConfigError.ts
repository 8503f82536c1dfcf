import { ConfigError } from '../http/ConfigError.js'

/** What `TokenConfigError.code` can be. */
export type TokenConfigErrorCode = 'missing_credentials' | 'invalid_option' | 'invalid_claims'

/**
 * A programmer error in how the token endpoint or `signCobrowseToken` is set up: missing SDK credentials, a CORS
 * origin that can never match, or claims Zoom would refuse. Thrown at startup (or by `signCobrowseToken`), never
 * while a request is answered.
 */
export class TokenConfigError extends ConfigError<TokenConfigErrorCode> {
  override readonly name = 'TokenConfigError'
}
