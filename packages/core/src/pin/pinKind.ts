/**
 * Which PIN rules apply: `'zoom'` for the 6-digit PIN Zoom generates, `'byop'` for a custom PIN ("bring your own PIN",
 * a token with `enable_byop: 1`) of up to 10 letters and digits.
 */
export type PinKind = 'zoom' | 'byop'

/** A Zoom-generated PIN has exactly this many digits. */
export const ZOOM_PIN_LENGTH = 6

/** A custom (BYOP) PIN has at most this many letters and digits. */
export const BYOP_PIN_MAX_LENGTH = 10
