import type { AgentJoinOptions } from '../sdk/agentSdk.js'

// Zoom's PINs have 6 digits; BYOP PINs are up to 10 letters and digits. The second shape covers both.
const PIN_SHAPE = /^[A-Za-z0-9]{1,10}$/

/**
 * The checks the fake agent SDK runs before `join()` and `createAgentViewerEndpoint()`: a token (else 2001) and a
 * PIN that has a session (else 1006). `knownPins` must be upper-cased; without it any well-formed PIN exists.
 *
 * @internal Used by `createFakeAgentSdk`; not part of the public API.
 */
export function checkAgentJoin(
  options: AgentJoinOptions,
  knownPins: readonly string[] | undefined,
): { code: number; errorMsg: string } | undefined {
  if (!options.sdkToken) return { code: 2001, errorMsg: 'sdkToken is empty' }
  // Zoom upper-cases BYOP PINs, so an agent typing them in lower case still finds the session.
  const pin = options.pinCode.toUpperCase()
  const exists = knownPins ? knownPins.includes(pin) : PIN_SHAPE.test(pin)
  if (!exists) return { code: 1006, errorMsg: `no session has the PIN "${options.pinCode}"` }
  return undefined
}
