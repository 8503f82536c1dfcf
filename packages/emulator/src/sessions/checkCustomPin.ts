import { FIDELITY } from '../config/fidelity.js'
import { ERROR_CODE, type SessionError, sessionError } from './sessionError.js'

/** The upper-cased PIN, or the Zoom error the customer gets. */
export type CustomPinCheck = { ok: true; pin: string } | { ok: false; error: SessionError }

/**
 * Applies Zoom's "bring your own PIN" rules to `customPinCode` of a BYOP `start`: required (1009), letters and digits
 * only and at most 10 of them (1008), upper-cased. Whether the PIN is free (1010) is for the session registry.
 */
export function checkCustomPin(customPinCode: unknown): CustomPinCheck {
  if (customPinCode === undefined || customPinCode === null || customPinCode === '') {
    return {
      ok: false,
      error: sessionError(ERROR_CODE.pinRequired, 'A BYOP token (enable_byop: 1) needs a customPinCode in start()'),
    }
  }
  if (typeof customPinCode !== 'string' || !FIDELITY.customPinPattern.test(customPinCode)) {
    return {
      ok: false,
      error: sessionError(ERROR_CODE.pinInvalidFormat, 'customPinCode must be 1 to 10 letters or digits'),
    }
  }
  return { ok: true, pin: customPinCode.toUpperCase() }
}
