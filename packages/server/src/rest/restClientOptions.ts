import { CobrowseRestError } from './CobrowseRestError.js'

/**
 * How the client authenticates to Zoom: the app's API key and secret (the client signs a short-lived API JWT with
 * them), or an access token the host manages, such as a Server-to-Server OAuth token. A function is called before
 * every request, so it can return a cached token and refresh it when it expires.
 */
export type CobrowseRestCredentials =
  | { apiKey: string; apiSecret: string }
  | { accessToken: string | (() => string | Promise<string>) }

/** The subset of `fetch` the client calls; inject one for proxies, tracing or tests. */
export type RestFetch = (url: string, init: RequestInit) => Promise<Response>

/** When and how often a failed request is tried again. */
export interface CobrowseRestRetryOptions {
  /** Retries after the first attempt, for 429, 5xx, network errors and timeouts. Default 3; 0 turns retries off. */
  maxRetries?: number
  /** First backoff delay when Zoom sends no `Retry-After`; it doubles on every retry, with jitter. Default 500. */
  baseDelayMs?: number
  /**
   * Longest wait between attempts. Default 60 000. A `Retry-After` longer than this (Zoom's daily limit asks to
   * wait until the next day) is not waited out: the call fails at once with the 429 and its `retryAfterMs`.
   */
  maxDelayMs?: number
}

/** Options of `createCobrowseRestClient`. */
export interface CobrowseRestClientOptions {
  /** Default `https://api.zoom.us/v2`; the emulator serves the same paths at `http://127.0.0.1:PORT/v2`. */
  baseUrl?: string
  /** Default: the global `fetch`. */
  fetch?: RestFetch
  /** Limit for each attempt, from sending to the end of the body. Default 10 000. */
  timeoutMs?: number
  retry?: CobrowseRestRetryOptions
  /** Sent as `User-Agent` where the runtime allows it. */
  userAgent?: string
}

/** Options every call of the client takes. */
export interface CobrowseRestRequestOptions {
  /** Cancels the request in flight and any wait before a retry; the call then rejects with code `aborted`. */
  signal?: AbortSignal
}

/** Options with their defaults applied and checked. */
export interface ResolvedRestOptions {
  baseUrl: string
  fetch: RestFetch
  timeoutMs: number
  retry: Required<CobrowseRestRetryOptions>
  userAgent?: string
}

/** Zoom's REST API root. */
export const ZOOM_API_BASE_URL = 'https://api.zoom.us/v2'

/** Applies defaults and refuses options that could only fail later, with a `CobrowseRestError('invalid_parameter')`. */
export function resolveRestOptions(options: CobrowseRestClientOptions): ResolvedRestOptions {
  const baseUrl = options.baseUrl ?? ZOOM_API_BASE_URL
  let parsed: URL | undefined
  try {
    parsed = new URL(baseUrl)
  } catch {
    // Reported below with the other bad values.
  }
  if (!parsed || (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') || parsed.search || parsed.hash) {
    throw invalid(`baseUrl ${JSON.stringify(baseUrl)} is not an http(s) URL without query or fragment.`, {
      hint: "Pass Zoom's https://api.zoom.us/v2, or the emulator's http://127.0.0.1:PORT/v2.",
    })
  }
  const fetchImpl = options.fetch ?? globalThis.fetch
  if (typeof fetchImpl !== 'function') {
    throw invalid('No fetch function: this runtime has no global fetch and none was passed.', {
      hint: 'Pass options.fetch, or run on a runtime with a global fetch (Node 18+, Bun, Deno, edge).',
    })
  }
  const retry = options.retry ?? {}
  return {
    // Trailing slashes dropped so paths join with exactly one.
    baseUrl: baseUrl.replace(/\/+$/, ''),
    // Called detached from `options`: some runtimes refuse a fetch whose `this` is not the global object.
    fetch: (url, init) => fetchImpl(url, init),
    timeoutMs: positive('timeoutMs', options.timeoutMs ?? 10_000),
    retry: {
      maxRetries: count('retry.maxRetries', retry.maxRetries ?? 3),
      baseDelayMs: positive('retry.baseDelayMs', retry.baseDelayMs ?? 500, true),
      maxDelayMs: positive('retry.maxDelayMs', retry.maxDelayMs ?? 60_000, true),
    },
    ...(options.userAgent === undefined ? {} : { userAgent: options.userAgent }),
  }
}

function positive(name: string, value: number, zeroAllowed = false): number {
  if (typeof value === 'number' && Number.isFinite(value) && (value > 0 || (zeroAllowed && value === 0))) return value
  throw invalid(`${name} must be a finite number ${zeroAllowed ? '>= 0' : '> 0'} (milliseconds), got ${String(value)}.`)
}

function count(name: string, value: number): number {
  if (Number.isInteger(value) && value >= 0) return value
  throw invalid(`${name} must be a whole number >= 0, got ${String(value)}.`)
}

function invalid(message: string, options: { hint?: string } = {}): CobrowseRestError {
  return new CobrowseRestError('invalid_parameter', message, options)
}
