import { FIDELITY } from '../../../config/fidelity.js'

/**
 * A masked value keeps the original's length: the agent can still tell an empty field from a filled one and the
 * replayed layout stays close to the page, as with rrweb's own masking. Length is the only thing that leaks, and
 * for the values people mask (card numbers, IDs) the length is known from the field's label anyway.
 */
export function maskValue(value: string): string {
  return FIDELITY.maskCharacter.repeat(value.length)
}

/** Masked text keeps its whitespace (rrweb's convention) so line breaks and word gaps in the replay stay put. */
export function maskText(text: string): string {
  return text.replace(/\S/g, FIDELITY.maskCharacter)
}
