/**
 * A shape of value that must not reach an agent, when the exact value is not known in advance (card numbers, IBANs,
 * national ids). `accept` filters what the regular expression finds, for checks a regex cannot express (Luhn).
 *
 * @example
 * const iban: LeakPattern = { name: 'IBAN', regex: /\b[A-Z]{2}\d{2}[A-Z0-9]{11,30}\b/ }
 */
export interface LeakPattern {
  /** Shown in reports, e.g. `card number`. */
  readonly name: string
  /** The `g` flag is added when missing; a match of length 0 is ignored. */
  readonly regex: RegExp
  /** Returns false to drop a match. Default: every match counts. */
  readonly accept?: (match: string) => boolean
}
