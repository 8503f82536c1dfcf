import { afterEach, describe, expect, it, vi } from 'vitest'
import { CobrowseError } from '../errors/CobrowseError.js'
import { fetchToken } from './fetchToken.js'
import type { TokenEndpoint, TokenRequest } from './tokenProvider.js'

const URL_ = '/api/token'
const JWT = 'eyJhbGciOiJIUzI1NiJ9.eyJyb2xlX3R5cGUiOjJ9.c2lnbmF0dXJl'

type FetchImpl = (input: string | URL | Request, init?: RequestInit) => Promise<Response>

function respondWith(body: string, status = 200) {
  return vi.fn<FetchImpl>(async () => new Response(body, { status }))
}

/** A fetch that never answers but rejects with the signal's reason, as the real one does. */
function hangingFetch() {
  return vi.fn<FetchImpl>(
    (_input, init) =>
      new Promise<Response>((_, reject) => {
        init?.signal?.addEventListener('abort', () => reject(init.signal?.reason))
      }),
  )
}

async function failure(endpoint: TokenEndpoint, request: TokenRequest = { role: 1 }): Promise<CobrowseError> {
  const error = await fetchToken(endpoint, request).then(
    () => undefined,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(CobrowseError)
  return error as CobrowseError
}

afterEach(() => {
  vi.useRealTimers()
  vi.unstubAllGlobals()
})

describe('fetchToken request', () => {
  it("POSTs Zoom's sample request shape and omits undefined fields", async () => {
    const fetch = respondWith(JSON.stringify({ token: JWT }))
    await expect(fetchToken({ url: URL_, fetch }, { role: 1 })).resolves.toBe(JWT)
    expect(fetch).toHaveBeenCalledTimes(1)
    expect(fetch).toHaveBeenCalledWith(URL_, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: '{"role":1}',
      credentials: 'same-origin',
      signal: expect.any(AbortSignal),
    })
  })

  it('sends role 2 with userId and userName', async () => {
    const fetch = respondWith(JSON.stringify({ token: JWT }))
    await fetchToken({ url: URL_, fetch }, { role: 2, userId: 'agent-7', userName: 'Ana' })
    expect(fetch).toHaveBeenCalledWith(
      URL_,
      expect.objectContaining({ body: '{"role":2,"userId":"agent-7","userName":"Ana"}' }),
    )
  })

  it('adds caller headers, lets them replace ours in any case, and honours credentials', async () => {
    const fetch = respondWith(JSON.stringify({ token: JWT }))
    await fetchToken(
      { url: URL_, fetch, credentials: 'include', headers: { 'X-CSRF-Token': 'c', Accept: 'application/jwt+json' } },
      { role: 1 },
    )
    expect(fetch).toHaveBeenCalledWith(
      URL_,
      expect.objectContaining({
        credentials: 'include',
        headers: { 'content-type': 'application/json', accept: 'application/jwt+json', 'x-csrf-token': 'c' },
      }),
    )
  })

  it('uses the global fetch when none is given, without binding it to the endpoint', async () => {
    const fetch = vi.fn(function (this: unknown) {
      expect(this).toBeUndefined()
      return Promise.resolve(new Response(JSON.stringify({ token: JWT })))
    })
    vi.stubGlobal('fetch', fetch)
    await expect(fetchToken({ url: new URL('https://auth.example.com/') }, { role: 1 })).resolves.toBe(JWT)
    expect(fetch).toHaveBeenCalledWith('https://auth.example.com/', expect.anything())
  })
})

describe('fetchToken responses', () => {
  it('reports a network failure as retryable token_fetch_failed naming the URL', async () => {
    const cause = new TypeError('Failed to fetch')
    const error = await failure({ url: URL_, fetch: vi.fn<FetchImpl>(() => Promise.reject(cause)) })
    expect(error).toMatchObject({
      code: 'token_fetch_failed',
      retryable: true,
      message: 'Could not reach the token endpoint /api/token.',
      cause,
    })
  })

  it.each([401, 403])('reports %i as token_forbidden', async (status) => {
    const error = await failure({ url: URL_, fetch: respondWith('{"error":"no"}', status) })
    expect(error).toMatchObject({
      code: 'token_forbidden',
      retryable: false,
      message: `The token endpoint /api/token refused this user (${status}).`,
    })
  })

  it("lists the property: reason pairs of the sample's 400 answer", async () => {
    const body = {
      errors: [
        { property: 'role', reason: 'Value is not valid. Got 3, expected 1,2' },
        { property: 'userId', reason: 'Value exceed max length' },
      ],
    }
    const error = await failure({ url: URL_, fetch: respondWith(JSON.stringify(body), 400) })
    expect(error).toMatchObject({
      code: 'token_fetch_failed',
      message:
        'The token endpoint /api/token rejected the request: role: Value is not valid. Got 3, expected 1,2; userId: Value exceed max length.',
    })
  })

  it.each([
    ['a 400 without errors', 'Bad Request', 400],
    ['a 400 with an empty errors array', '{"errors":[]}', 400],
    ['a 500', '{"errors":[{"property":"x","reason":"y"}]}', 500],
    ['a 404', 'Not Found', 404],
  ])('reports %s with its status', async (_, body, status) => {
    const error = await failure({ url: URL_, fetch: respondWith(body, status) })
    expect(error).toMatchObject({
      code: 'token_fetch_failed',
      message: `The token endpoint /api/token answered ${status}.`,
    })
  })

  it.each([
    ['an HTML page', '<!doctype html><html></html>', 'no JSON'],
    ['an empty body', '', 'no JSON'],
    ['JSON without token', '{"jwt":"a.b.c"}', 'JSON without a "token" string'],
    ['a numeric token', '{"token":42}', 'JSON without a "token" string'],
    ['JSON null', 'null', 'JSON without a "token" string'],
  ])('reports %s as token_invalid_response', async (_, body, what) => {
    const error = await failure({ url: URL_, fetch: respondWith(body) })
    expect(error).toMatchObject({
      code: 'token_invalid_response',
      message: `The token endpoint /api/token returned ${what}.`,
    })
  })

  it('reports a token that is not JWT-shaped as token_malformed', async () => {
    const error = await failure({ url: URL_, fetch: respondWith('{"token":"not-a-jwt"}') })
    expect(error).toMatchObject({
      code: 'token_malformed',
      message: 'The token from /api/token is not a JWT: got a string of 9 characters in 1 dot-separated part.',
    })
  })
})

describe('fetchToken abort and timeout', () => {
  it('rejects with the caller abort reason wrapped as token_fetch_failed', async () => {
    const controller = new AbortController()
    const fetch = hangingFetch()
    const result = failure({ url: URL_, fetch }, { role: 1, signal: controller.signal })
    const reason = new Error('unmounted')
    controller.abort(reason)
    const error = await result
    expect(error).toMatchObject({
      code: 'token_fetch_failed',
      message: 'The token request to /api/token was aborted.',
      cause: reason,
    })
    expect(fetch.mock.calls[0]?.[1]?.signal?.aborted).toBe(true)
  })

  it('does not call fetch when the signal is already aborted', async () => {
    const fetch = hangingFetch()
    const error = await failure({ url: URL_, fetch }, { role: 1, signal: AbortSignal.abort('gone') })
    expect(error).toMatchObject({
      code: 'token_fetch_failed',
      message: expect.stringContaining('aborted'),
      cause: 'gone',
    })
    expect(fetch).not.toHaveBeenCalled()
  })

  it('times out after 10 s by default and aborts the fetch', async () => {
    vi.useFakeTimers()
    const fetch = hangingFetch()
    const result = failure({ url: URL_, fetch })
    await vi.advanceTimersByTimeAsync(9_999)
    expect(fetch.mock.calls[0]?.[1]?.signal?.aborted).toBe(false)
    await vi.advanceTimersByTimeAsync(1)
    const error = await result
    expect(error).toMatchObject({
      code: 'token_fetch_failed',
      retryable: true,
      message: 'The token request to /api/token timed out after 10000 ms.',
    })
    expect(fetch.mock.calls[0]?.[1]?.signal?.aborted).toBe(true)
  })

  it('honours timeoutMs even when a custom fetch ignores its signal', async () => {
    vi.useFakeTimers()
    const fetch = vi.fn<FetchImpl>(() => new Promise<Response>(() => {}))
    const result = failure({ url: URL_, fetch, timeoutMs: 500 })
    await vi.advanceTimersByTimeAsync(500)
    expect(await result).toMatchObject({ message: 'The token request to /api/token timed out after 500 ms.' })
  })

  it('clears the timer once the token arrives', async () => {
    vi.useFakeTimers()
    await fetchToken({ url: URL_, fetch: respondWith(JSON.stringify({ token: JWT })) }, { role: 1 })
    expect(vi.getTimerCount()).toBe(0)
  })
})

describe('fetchToken: what a retry can fix', () => {
  it.each([
    [400, false],
    [404, false],
    [429, true],
    [500, true],
    [503, true],
  ])('marks a %i answer retryable: %s', async (status, retryable) => {
    const fetch = vi.fn(async () => new Response('{}', { status, headers: { 'content-type': 'application/json' } }))
    await expect(fetchToken({ url: '/token', fetch }, { role: 1 })).rejects.toMatchObject({
      code: 'token_fetch_failed',
      retryable,
    })
  })
})
