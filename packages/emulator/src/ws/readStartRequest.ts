import { SDK_ROLE } from '../auth/sdkTokenClaims.js'
import { verifySdkToken } from '../auth/verifySdkToken.js'
import { ERROR_CODE, type SessionError, sessionError } from '../sessions/sessionError.js'
import type { StartRequest } from '../sessions/sessionRegistry.js'
import type { ChannelContext } from './channelContext.js'
import type { ClientMessage } from './parseClientMessage.js'
import { readSessionFeatures } from './readSessionFeatures.js'

/** Checks a customer's `start` (its token first, as Zoom does) and turns it into a request for the registry. */
export function readStartRequest(
  message: ClientMessage,
  context: ChannelContext,
): { ok: true; request: StartRequest } | { ok: false; error: SessionError } {
  const { sdkKey, sdkSecret, log } = context
  const verification = verifySdkToken(message.token, { sdkKey, sdkSecret, role: SDK_ROLE.customer })
  if (!verification.ok) {
    return { ok: false, error: sessionError(ERROR_CODE.tokenInvalid, `Invalid token: ${verification.reason}`) }
  }
  if (verification.unknownClaims.length > 0) {
    log(`warning: customer token has claims Zoom does not document (${verification.unknownClaims.join(', ')})`)
  }
  const { browserId, site, url } = message
  if (typeof browserId !== 'string' || browserId === '' || typeof site !== 'string') {
    return { ok: false, error: sessionError(ERROR_CODE.startFailed, 'start needs a browserId and the site origin') }
  }
  const { claims, byop } = verification
  return {
    ok: true,
    request: {
      customer: { userId: claims.user_id, userName: claims.user_name },
      byop,
      customPinCode: message.customPinCode,
      browserId,
      site,
      url: typeof url === 'string' ? url : '',
      features: readSessionFeatures(message.features),
    },
  }
}
