import { parsePinInput } from '../shared/pinInput.js'
import type { AgentError, AgentJoinOptions } from './agentSdkTypes.js'

/**
 * Checks what `join` and `createAgentViewerEndpoint` were given before anything is rendered: the PIN is normalised
 * (separators dropped, upper-cased) and a failure carries the Zoom code an integrator would see for it.
 *
 * @example
 * checkJoinOptions({ pinCode: 'ab-12', sdkToken: 'eyJ…' }) // { pin: 'AB12', token: 'eyJ…' }
 */
export function checkJoinOptions(
  options: AgentJoinOptions | undefined,
): { pin: string; token: string } | { error: AgentError } {
  // Agents rejoin a recoverable session with a bare `join()` on Zoom; an emulated agent page keeps nothing to rejoin.
  if (!options) return { error: { code: 1011, errorMsg: 'There is no recoverable session to join' } }
  const parsed = parsePinInput(typeof options.pinCode === 'string' ? options.pinCode : '')
  if (!parsed.ok) return { error: { code: 1006, errorMsg: `pinCode: ${parsed.message}` } }
  if (typeof options.sdkToken !== 'string' || !options.sdkToken.trim()) {
    return { error: { code: 2001, errorMsg: 'sdkToken is required' } }
  }
  return { pin: parsed.pin, token: options.sdkToken.trim() }
}
