import { describe, expect, it, vi } from 'vitest'
import type { CorsOptions } from './corsOptions.js'
import { createCorsPolicy, invalidOriginReason } from './createCorsPolicy.js'

const ENDPOINT = 'http://api.internal:8080/token'

function policy(options: CorsOptions | undefined, onError = vi.fn()) {
  return createCorsPolicy(options, { methods: ['POST'], onError })
}

function request(headers: Record<string, string>, method = 'POST', url = ENDPOINT): Request {
  return new Request(url, { method, headers })
}

function preflight(origin: string, requestHeaders?: string): Request {
  return request(
    {
      origin,
      'access-control-request-method': 'POST',
      ...(requestHeaders ? { 'access-control-request-headers': requestHeaders } : {}),
    },
    'OPTIONS',
  )
}

function headersOf(verdict: ReturnType<ReturnType<typeof policy>['check']>): Record<string, string> {
  if (!verdict.allowed) throw new Error(`refused ${verdict.origin}`)
  return Object.fromEntries(verdict.headers)
}

describe('createCorsPolicy with an allow-list', () => {
  const cors = policy({ origins: ['https://shop.example', 'http://localhost:5173'] })

  it('echoes an allowed origin exactly, never *, with Vary: Origin', () => {
    expect(headersOf(cors.check(request({ origin: 'https://shop.example' })))).toEqual({
      'access-control-allow-origin': 'https://shop.example',
      'access-control-expose-headers': 'Retry-After',
      vary: 'Origin',
    })
  })

  it.each([
    'https://evil.example',
    'http://shop.example',
    'https://shop.example:8443',
    'https://sub.shop.example',
    'https://shop.example.evil.example',
    'HTTPS://SHOP.EXAMPLE',
    'null',
    '',
  ])('refuses %j (exact match only)', (origin) => {
    expect(cors.check(request({ origin }))).toEqual({ allowed: false, origin })
    expect(cors.preflight(preflight(origin))).toEqual({ allowed: false, origin })
  })

  it('allows requests without an Origin header (servers, curl), adding only Vary', () => {
    expect(headersOf(cors.check(request({})))).toEqual({ vary: 'Origin' })
  })

  it('answers a preflight with POST, content-type and the accepted requested headers', () => {
    const headers = headersOf(cors.preflight(preflight('http://localhost:5173', 'Content-Type, Authorization, X-Evil')))
    expect(headers).toEqual({
      'access-control-allow-origin': 'http://localhost:5173',
      'access-control-allow-methods': 'POST',
      'access-control-allow-headers': 'content-type, authorization',
      'access-control-max-age': '600',
      vary: 'Origin, Access-Control-Request-Method, Access-Control-Request-Headers',
    })
  })

  it('allows content-type in a preflight even when not requested', () => {
    expect(headersOf(cors.preflight(preflight('https://shop.example')))['access-control-allow-headers']).toBe(
      'content-type',
    )
  })
})

describe('createCorsPolicy options', () => {
  it('sends Allow-Credentials when credentials is on, on requests and preflights', () => {
    const cors = policy({ origins: ['https://shop.example'], credentials: true })
    expect(headersOf(cors.check(request({ origin: 'https://shop.example' })))).toMatchObject({
      'access-control-allow-credentials': 'true',
    })
    expect(headersOf(cors.preflight(preflight('https://shop.example')))).toMatchObject({
      'access-control-allow-credentials': 'true',
    })
  })

  it('takes maxAgeSeconds and extra allowHeaders', () => {
    const cors = policy({ origins: ['https://shop.example'], maxAgeSeconds: 3600, allowHeaders: ['X-CSRF-Token'] })
    const headers = headersOf(cors.preflight(preflight('https://shop.example', 'x-csrf-token')))
    expect(headers['access-control-max-age']).toBe('3600')
    expect(headers['access-control-allow-headers']).toBe('content-type, x-csrf-token')
  })

  it('asks a predicate, and refuses (reporting the error) when it throws', () => {
    const onError = vi.fn()
    const cors = policy(
      {
        origins: (origin) => {
          if (origin === 'https://boom.example') throw new Error('boom')
          return origin.endsWith('.shop.example')
        },
      },
      onError,
    )
    expect(cors.check(request({ origin: 'https://eu.shop.example' })).allowed).toBe(true)
    expect(cors.check(request({ origin: 'https://shop.evil.example' })).allowed).toBe(false)
    expect(cors.check(request({ origin: 'https://boom.example' })).allowed).toBe(false)
    expect(onError).toHaveBeenCalledWith(new Error('boom'))
  })

  it('treats a predicate’s truthy non-true answer as a refusal', () => {
    const cors = policy({ origins: (() => 'yes') as unknown as (origin: string) => boolean })
    expect(cors.check(request({ origin: 'https://shop.example' })).allowed).toBe(false)
  })
})

describe('createCorsPolicy without options: same origin only', () => {
  const cors = policy(undefined)

  it('allows an Origin naming the host the request was sent to, whatever the scheme (TLS proxies)', () => {
    expect(headersOf(cors.check(request({ origin: 'http://api.internal:8080' })))).toEqual({})
    expect(cors.check(request({ origin: 'https://api.internal:8080' })).allowed).toBe(true)
    expect(cors.check(request({}, 'POST', 'http://shop.example/api/token'))).toMatchObject({ allowed: true })
    expect(cors.check(request({ origin: 'https://shop.example' }, 'POST', 'http://shop.example/t')).allowed).toBe(true)
  })

  it('goes by the Host header rather than a URL an adapter may have mis-built from a //host path', () => {
    const misbuilt = request(
      { origin: 'https://evil.example', host: 'api.internal:8080' },
      'POST',
      'http://evil.example/t',
    )
    expect(cors.check(misbuilt).allowed).toBe(false)
  })

  it.each(['https://evil.example', 'http://api.internal:9090', 'null', 'not a url'])('refuses %j', (origin) => {
    expect(cors.check(request({ origin })).allowed).toBe(false)
    expect(cors.preflight(preflight(origin)).allowed).toBe(false)
  })
})

describe('invalidOriginReason', () => {
  it.each(['https://shop.example', 'http://localhost:5173', 'http://127.0.0.1:4000', 'https://[::1]:8443'])(
    'accepts %s',
    (origin) => {
      expect(invalidOriginReason(origin)).toBeUndefined()
    },
  )

  it.each([
    ['*', /cannot contain/],
    ['null', /cannot contain/],
    ['https://shop.example/', /write "https:\/\/shop.example"/],
    ['https://shop.example:443', /write "https:\/\/shop.example"/],
    ['https://shop.example/path', /write "https:\/\/shop.example"/],
    ['shop.example', /write "https:\/\/shop.example"/],
    ['chrome-extension://abcdef', /pass a function/],
  ])('explains %s', (origin, reason) => {
    expect(invalidOriginReason(origin)).toMatch(reason)
  })
})
