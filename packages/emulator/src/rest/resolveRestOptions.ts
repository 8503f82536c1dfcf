import { DEV_API_KEY, DEV_API_SECRET, type EmulatorRestOptions } from '../config/emulatorOptions.js'
import { REST_FIDELITY } from '../config/restFidelity.js'
import type { RateLimits } from './rateLimiter.js'
import { RestOptionsError } from './restOptionsError.js'

/** The REST settings with every default applied and every value checked. */
export interface RestSettings {
  apiKey: string
  apiSecret: string
  /** `undefined`: rate limiting is off. */
  rateLimit: RateLimits | undefined
  pageTokenTtlMs: number
  historyLimit: number
  now: () => number
}

/** The options `resolveRestOptions` reads (a subset of `EmulatorOptions`). */
export interface RestOptionsInput {
  apiKey?: string
  apiSecret?: string
  rest?: EmulatorRestOptions
}

/**
 * Applies Zoom's defaults (`REST_FIDELITY`) and checks every value. Options may come from a CLI or untyped JS, so
 * nothing is trusted to match its type. Throws `RestOptionsError`.
 */
export function resolveRestOptions(options: RestOptionsInput): RestSettings {
  const { apiKey = DEV_API_KEY, apiSecret = DEV_API_SECRET, rest = {} } = options
  for (const [name, value] of [
    ['apiKey', apiKey],
    ['apiSecret', apiSecret],
  ] as const) {
    if (typeof value !== 'string' || value === '') {
      throw new RestOptionsError(
        'invalid_api_credentials',
        `${name} must be a non-empty string`,
        'Omit it for the dev default, or pass the API key and secret your backend signs REST tokens with',
      )
    }
  }
  return {
    apiKey,
    apiSecret,
    rateLimit: rest.rateLimit === false ? undefined : readRateLimit(rest.rateLimit ?? {}),
    pageTokenTtlMs: readPositive(rest.pageTokenTtlMs ?? REST_FIDELITY.pageTokenTtlMs),
    historyLimit: readHistoryLimit(rest.historyLimit ?? REST_FIDELITY.historyLimit),
    now: typeof rest.now === 'function' ? rest.now : Date.now,
  }
}

function readRateLimit(given: { lightPerSecond?: number; heavyPerMinute?: number }): RateLimits {
  const limits = {
    lightPerSecond: given.lightPerSecond ?? REST_FIDELITY.rateLimit.lightPerSecond,
    heavyPerMinute: given.heavyPerMinute ?? REST_FIDELITY.rateLimit.heavyPerMinute,
  }
  for (const [name, value] of Object.entries(limits)) {
    if (!Number.isInteger(value) || value < 1) {
      throw new RestOptionsError(
        'invalid_rate_limit',
        `rest.rateLimit.${name} must be a whole number of at least 1, got ${String(value)}`,
        'Pass rateLimit: false to turn rate limiting off; omit a field for Zoom Pro’s limit',
      )
    }
  }
  return limits
}

function readPositive(value: unknown): number {
  if (typeof value !== 'number' || !(value > 0) || !Number.isFinite(value)) {
    throw new RestOptionsError(
      'invalid_page_token_ttl',
      `rest.pageTokenTtlMs must be a positive number of milliseconds, got ${String(value)}`,
      'Omit it for Zoom’s 15 minutes',
    )
  }
  return value
}

function readHistoryLimit(value: unknown): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
    throw new RestOptionsError(
      'invalid_history_limit',
      `rest.historyLimit must be a whole number of at least 0, got ${String(value)}`,
      'Omit it to keep the last 10,000 ended sessions',
    )
  }
  return value
}
