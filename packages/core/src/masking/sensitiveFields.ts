/**
 * Fields masked by default, whatever else the masking says: a password, and the `autocomplete` tokens browsers and
 * password managers use for card data, one-time codes and passwords. The selectors are plain CSS, so they hold with
 * Zoom's SDK as well as with the emulator.
 */
export const SENSITIVE_FIELDS = {
  password: 'input[type="password" i]',
  'current-password': '[autocomplete~="current-password" i]',
  'new-password': '[autocomplete~="new-password" i]',
  'one-time-code': '[autocomplete~="one-time-code" i]',
  'cc-number': '[autocomplete~="cc-number" i]',
  'cc-csc': '[autocomplete~="cc-csc" i]',
  'cc-exp': '[autocomplete~="cc-exp" i], [autocomplete~="cc-exp-month" i], [autocomplete~="cc-exp-year" i]',
} as const

/** A kind of field the kit masks by default (see `SENSITIVE_FIELDS`). */
export type SensitiveField = keyof typeof SENSITIVE_FIELDS

/** The default selectors, minus the kinds a host set to `false`. */
export function sensitiveFieldSelectors(optOut: Partial<Record<SensitiveField, boolean>> = {}): string[] {
  return Object.entries(SENSITIVE_FIELDS)
    .filter(([field]) => optOut[field as SensitiveField] !== false)
    .flatMap(([, selector]) => selector.split(', '))
}
