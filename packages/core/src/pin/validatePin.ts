import { CobrowseError } from '../errors/CobrowseError.js'
import { normalizePin } from './normalizePin.js'
import { BYOP_PIN_MAX_LENGTH, type PinKind, ZOOM_PIN_LENGTH } from './pinKind.js'

/** `'any'` accepts either kind of PIN. */
export interface PinValidationOptions {
  kind?: PinKind | 'any'
}

/** Why a PIN is not valid; lets a UI pick its own copy. */
export type PinInvalidReason = 'empty' | 'too_long' | 'bad_characters' | 'wrong_length'

/** The outcome of {@link validatePin}; `pin` is always the normalized input. */
export type PinValidation =
  | { valid: true; pin: string; kind: PinKind }
  | { valid: false; pin: string; reason: PinInvalidReason; error: CobrowseError }

const DIGITS = /^\d*$/
const LETTERS_AND_DIGITS = /^[A-Z\d]*$/

const HINTS = {
  zoom: 'Use the 6-digit PIN shown on the customer page.',
  byop: 'Use up to 10 letters and digits.',
} as const

/**
 * Checks a PIN as entered against Zoom's rules. With kind `'any'` (the default), 6 digits is a Zoom PIN and anything
 * else of up to 10 letters and digits is a custom (BYOP) PIN.
 *
 * @example
 * validatePin('123 456') // { valid: true, pin: '123456', kind: 'zoom' }
 * validatePin('12345', { kind: 'zoom' }) // { valid: false, reason: 'wrong_length', … }
 */
export function validatePin(input: string, options: PinValidationOptions = {}): PinValidation {
  const kind = options.kind ?? 'any'
  const pin = normalizePin(input)
  const zoom = kind === 'zoom'
  const invalid = (reason: PinInvalidReason, message: string): PinValidation => {
    const hint = kind === 'any' ? {} : { hint: HINTS[kind] }
    return { valid: false, pin, reason, error: new CobrowseError('invalid_pin', { message, ...hint }) }
  }

  if (!pin) return invalid('empty', 'The PIN is empty.')
  const badCharacter = [...pin].find((character) => !(zoom ? DIGITS : LETTERS_AND_DIGITS).test(character))
  if (badCharacter) {
    return invalid(
      'bad_characters',
      zoom ? 'A Zoom PIN has digits only.' : `A PIN has letters and digits only, not '${badCharacter}'.`,
    )
  }
  if (zoom && pin.length !== ZOOM_PIN_LENGTH) {
    return invalid('wrong_length', `A Zoom PIN has ${ZOOM_PIN_LENGTH} digits, not ${pin.length}.`)
  }
  if (pin.length > BYOP_PIN_MAX_LENGTH) {
    return invalid('too_long', `A PIN has at most ${BYOP_PIN_MAX_LENGTH} characters, not ${pin.length}.`)
  }
  return {
    valid: true,
    pin,
    kind: kind === 'byop' || pin.length !== ZOOM_PIN_LENGTH || !DIGITS.test(pin) ? 'byop' : 'zoom',
  }
}

/**
 * Returns the normalized PIN, or throws the `invalid_pin` error {@link validatePin} describes.
 *
 * @example
 * await agent.join(assertValidPin(input, { kind: 'zoom' }))
 */
export function assertValidPin(input: string, options?: PinValidationOptions): string {
  const result = validatePin(input, options)
  if (!result.valid) throw result.error
  return result.pin
}

/**
 * True while a PIN being typed can still become valid: the empty string and prefixes such as `'123'` for a Zoom PIN.
 * Use it to flag a mistake as the user types, and {@link validatePin} on submit.
 *
 * @example
 * isPartialPin('123', 'zoom') // true
 * isPartialPin('12a', 'zoom') // false
 */
export function isPartialPin(input: string, kind: PinKind | 'any' = 'any'): boolean {
  const pin = normalizePin(input)
  return kind === 'zoom'
    ? pin.length <= ZOOM_PIN_LENGTH && DIGITS.test(pin)
    : pin.length <= BYOP_PIN_MAX_LENGTH && LETTERS_AND_DIGITS.test(pin)
}
