import { type CobrowseErrorCode, type CobrowseErrorFamily, describeError } from './errorCatalog.js'

export interface CobrowseErrorOptions {
  /** Replaces the catalog message, e.g. with the SDK's own text. */
  message?: string
  /** Replaces the catalog hint. */
  hint?: string
  /** Overrides the catalog, e.g. a token request the server rejected as invalid will not succeed on retry. */
  retryable?: boolean
  cause?: unknown
}

/**
 * The one error type the kit surfaces. `code` is Zoom's number (1001…, 2001) or the kit's string code; `name` is the
 * exception name (`SESSION_JOIN_PIN_NOT_FOUND`); `hint` says what to do; `retryable` says whether trying again can help.
 *
 * @example
 * if (error.code === 2001) console.warn(error.hint)
 */
export class CobrowseError extends Error {
  readonly code: CobrowseErrorCode | number
  readonly family: CobrowseErrorFamily
  readonly hint: string
  readonly retryable: boolean

  constructor(code: CobrowseErrorCode | number, options: CobrowseErrorOptions = {}) {
    const spec = describeError(code)
    super(options.message ?? spec.message, options.cause === undefined ? undefined : { cause: options.cause })
    this.name = spec.name
    this.code = code
    this.family = spec.family
    this.hint = options.hint ?? spec.hint
    this.retryable = options.retryable ?? spec.retryable
  }

  /** A plain object for logs and postMessage (Error fields are not enumerable). */
  toJSON(): { code: CobrowseErrorCode | number; name: string; message: string; hint: string; retryable: boolean } {
    return { code: this.code, name: this.name, message: this.message, hint: this.hint, retryable: this.retryable }
  }
}

/** Type guard that works across bundle copies of the kit (checks shape, not prototype). */
export function isCobrowseError(value: unknown): value is CobrowseError {
  return (
    value instanceof CobrowseError ||
    (value instanceof Error && 'code' in value && 'hint' in value && 'retryable' in value && 'family' in value)
  )
}
