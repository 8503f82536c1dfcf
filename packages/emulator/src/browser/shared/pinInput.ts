import { FIDELITY } from '../../config/fidelity.js'

// Agents read PINs aloud in groups and type them back with spaces or dashes between the groups.
const SEPARATORS = /[\s-]+/g

/** The outcome of {@link parsePinInput}: the PIN to send, or the message to show beside the field. */
export type PinInput = { ok: true; pin: string } | { ok: false; message: string }

/**
 * Reads what an agent typed into the PIN field: a Zoom PIN (6 digits) or a BYOP PIN (up to 10 letters and digits,
 * compared upper-cased). Spaces and dashes are ignored.
 *
 * @example
 * parsePinInput('123 456') // { ok: true, pin: '123456' }
 * parsePinInput('ab-12') // { ok: true, pin: 'AB12' }
 */
export function parsePinInput(raw: string): PinInput {
  const pin = raw.replace(SEPARATORS, '').toUpperCase()
  if (!pin) return { ok: false, message: "Enter the customer's PIN." }
  if (FIDELITY.customPinPattern.test(pin)) return { ok: true, pin }
  if (/[^A-Z0-9]/.test(pin)) return { ok: false, message: 'A PIN has letters and digits only.' }
  return { ok: false, message: 'A PIN has at most 10 characters.' }
}
