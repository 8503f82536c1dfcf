import { afterEach, describe, expect, it, vi } from 'vitest'
import { createTokenHandler } from './createTokenHandler.js'
import type { TokenHandlerOptions } from './tokenHandlerOptions.js'

const URL_ = 'https://api.shop.example/token'
const SHOP = 'https://shop.example'

function handlerWith(options: Partial<TokenHandlerOptions> = {}) {
  return createTokenHandler({ sdkKey: 'k', sdkSecret: 's', onError: () => {}, ...options })
}

function post(headers: Record<string, string> = {}, body: unknown = { role: 1 }): Request {
  return new Request(URL_, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  })
}

function preflight(origin: string): Request {
  return new Request(URL_, {
    method: 'OPTIONS',
    headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
  })
}

afterEach(() => vi.useRealTimers())

describe('token endpoint CORS', () => {
  const handle = handlerWith({ cors: { origins: [SHOP], credentials: true } })

  it('answers a preflight from an allowed origin with 204 and the CORS headers', async () => {
    const response = await handle(preflight(SHOP))
    expect(response.status).toBe(204)
    expect(await response.text()).toBe('')
    expect(Object.fromEntries(response.headers)).toMatchObject({
      'access-control-allow-origin': SHOP,
      'access-control-allow-methods': 'POST',
      'access-control-allow-headers': 'content-type',
      'access-control-allow-credentials': 'true',
      allow: 'POST, OPTIONS',
      vary: expect.stringContaining('Origin'),
    })
  })

  it('refuses a preflight from another origin with 403 origin_not_allowed and no CORS headers', async () => {
    const response = await handle(preflight('https://evil.example'))
    expect(response.status).toBe(403)
    expect(response.headers.get('access-control-allow-origin')).toBeNull()
    expect(await response.json()).toMatchObject({
      code: 'origin_not_allowed',
      errors: [{ property: 'origin', reason: expect.stringContaining('https://evil.example') }],
    })
  })

  it('mints a token for an allowed origin, echoing it in Access-Control-Allow-Origin', async () => {
    const response = await handle(post({ origin: SHOP }))
    expect(response.status).toBe(200)
    expect(response.headers.get('access-control-allow-origin')).toBe(SHOP)
    expect(response.headers.get('access-control-allow-credentials')).toBe('true')
    expect(response.headers.get('vary')).toBe('Origin')
  })

  it('refuses a POST from another origin with 403 before reading the body: no token is minted', async () => {
    const response = await handle(post({ origin: 'https://evil.example' }, 'not even json'))
    expect(response.status).toBe(403)
    const body = (await response.json()) as Record<string, unknown>
    expect(body).toMatchObject({ code: 'origin_not_allowed' })
    expect(body).not.toHaveProperty('token')
  })

  it('serves callers without an Origin header (servers, curl)', async () => {
    const response = await handle(post())
    expect(response.status).toBe(200)
    expect(response.headers.get('access-control-allow-origin')).toBeNull()
  })

  it('puts CORS headers on refusals to an allowed origin, so the page can read the errors', async () => {
    const response = await handle(post({ origin: SHOP }, { role: 9 }))
    expect(response.status).toBe(400)
    expect(response.headers.get('access-control-allow-origin')).toBe(SHOP)
  })

  it('answers 405 with Allow and CORS headers to an allowed origin', async () => {
    const response = await handle(new Request(URL_, { method: 'GET', headers: { origin: SHOP } }))
    expect(response.status).toBe(405)
    expect(response.headers.get('allow')).toBe('POST, OPTIONS')
    expect(response.headers.get('access-control-allow-origin')).toBe(SHOP)
  })

  it('without cors, serves its own host only', async () => {
    const sameOrigin = handlerWith()
    expect((await sameOrigin(post({ origin: 'https://api.shop.example' }))).status).toBe(200)
    expect((await sameOrigin(post({ origin: SHOP }))).status).toBe(403)
    expect((await sameOrigin(preflight(SHOP))).status).toBe(403)
  })
})

describe('token endpoint rate limit', () => {
  const rateLimit = { max: 2, windowMs: 60_000, clientKey: (request: Request) => request.headers.get('x-client') ?? '' }

  it('answers 429 rate_limited with Retry-After once a client is over its budget, until the window ends', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(Date.UTC(2026, 0, 1))
    const handle = handlerWith({ rateLimit, cors: { origins: [SHOP] } })
    const from = (client: string) => post({ 'x-client': client, origin: SHOP })
    expect((await handle(from('a'))).status).toBe(200)
    expect((await handle(from('a'))).status).toBe(200)
    vi.advanceTimersByTime(20_000)
    const limited = await handle(from('a'))
    expect(limited.status).toBe(429)
    expect(limited.headers.get('retry-after')).toBe('40')
    expect(limited.headers.get('access-control-expose-headers')).toBe('Retry-After')
    expect(await limited.json()).toMatchObject({ code: 'rate_limited', errors: [{ property: 'client' }] })
    expect((await handle(from('b'))).status).toBe(200)
    vi.advanceTimersByTime(40_000)
    expect((await handle(from('a'))).status).toBe(200)
  })

  it('counts refused requests too, so a client cannot probe without limit', async () => {
    const handle = handlerWith({ rateLimit })
    await handle(post({ 'x-client': 'c' }, { role: 9 }))
    await handle(post({ 'x-client': 'c' }, { role: 9 }))
    expect((await handle(post({ 'x-client': 'c' }))).status).toBe(429)
  })

  it('does not count preflights', async () => {
    const handle = handlerWith({ rateLimit, cors: { origins: [SHOP] } })
    for (let i = 0; i < 5; i++) expect((await handle(preflight(SHOP))).status).toBe(204)
    expect((await handle(post({ 'x-client': 'p', origin: SHOP }))).status).toBe(200)
  })

  it('answers 500 and reports when clientKey throws', async () => {
    const onError = vi.fn()
    const handle = handlerWith({
      onError,
      rateLimit: {
        ...rateLimit,
        clientKey: () => {
          throw new Error('no ip')
        },
      },
    })
    const response = await handle(post())
    expect(response.status).toBe(500)
    expect(await response.json()).toMatchObject({ code: 'authorization_check_failed' })
    expect(onError).toHaveBeenCalledWith(new Error('no ip'))
  })
})
