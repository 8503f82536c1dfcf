import { randomInt } from 'node:crypto'
import { FIDELITY } from '../config/fidelity.js'

// Far more tries than a realistic number of live sessions needs; it only stops a full PIN space from looping forever.
const MAX_ATTEMPTS = 10_000

/**
 * A random PIN of `FIDELITY.pinLength` digits (leading zeros allowed), drawn with a CSPRNG so PINs cannot be
 * predicted, and unique among the PINs `isTaken` reports.
 */
export function generatePin(isTaken: (pin: string) => boolean): string {
  const space = 10 ** FIDELITY.pinLength
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const pin = String(randomInt(space)).padStart(FIDELITY.pinLength, '0')
    if (!isTaken(pin)) return pin
  }
  throw new Error('No free PIN: too many live sessions')
}
