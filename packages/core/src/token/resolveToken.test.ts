import { afterEach, describe, expect, it, vi } from 'vitest'
import { CobrowseError } from '../errors/CobrowseError.js'
import { resolveToken } from './resolveToken.js'
import type { TokenProvider } from './tokenProvider.js'

const JWT = 'eyJhbGciOiJIUzI1NiJ9.eyJyb2xlX3R5cGUiOjF9.c2lnbmF0dXJl'

function tokenResponse(): Response {
  return new Response(JSON.stringify({ token: JWT }), { status: 200 })
}

afterEach(() => {
  vi.unstubAllGlobals()
})

describe('resolveToken with a string', () => {
  it('returns a JWT-shaped string as is', async () => {
    await expect(resolveToken(JWT, { role: 1 })).resolves.toBe(JWT)
  })

  it('refuses a path without echoing it and suggests { url }', async () => {
    const error = await resolveToken('/api/token', { role: 1 }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(CobrowseError)
    expect(error).toMatchObject({
      code: 'token_malformed',
      message: "The token is not a JWT: got a string starting with '/'.",
    })
    expect((error as CobrowseError).hint).toContain("{ url: '/api/token' }")
  })

  it('refuses a full URL string the same way', async () => {
    const error = await resolveToken('https://auth.example.com/token', { role: 1 }).catch((e: unknown) => e)
    expect(error).toMatchObject({ code: 'token_malformed', message: expect.stringContaining("'https://'") })
    expect((error as CobrowseError).hint).toContain('{ url:')
  })

  it('describes other non-JWT strings without echoing them and keeps the catalog hint', async () => {
    const secret = 'super-secret-value'
    const error = (await resolveToken(secret, { role: 1 }).catch((e: unknown) => e)) as CobrowseError
    expect(error.code).toBe('token_malformed')
    expect(error.message).not.toContain(secret)
    expect(error.message).toContain('a string of 18 characters')
    expect(error.hint).toBe(new CobrowseError('token_malformed').hint)
  })

  it('rejects instead of throwing synchronously', () => {
    expect(() => resolveToken('', { role: 1 }).catch(() => {})).not.toThrow()
  })
})

describe('resolveToken with a function', () => {
  it('passes the request and returns the minted token', async () => {
    const signal = new AbortController().signal
    const mint = vi.fn(async () => JWT)
    await expect(resolveToken(mint, { role: 2, userId: 'a1', signal })).resolves.toBe(JWT)
    expect(mint).toHaveBeenCalledWith({ role: 2, userId: 'a1', signal })
  })

  it('accepts a synchronous function', async () => {
    await expect(resolveToken(() => JWT, { role: 1 })).resolves.toBe(JWT)
  })

  it.each([
    ['an async rejection', async () => Promise.reject(new Error('offline'))],
    [
      'a synchronous throw',
      () => {
        throw new Error('offline')
      },
    ],
  ])('wraps %s as token_fetch_failed and keeps the cause', async (_, mint) => {
    const error = (await resolveToken(mint, { role: 1 }).catch((e: unknown) => e)) as CobrowseError
    expect(error).toMatchObject({
      code: 'token_fetch_failed',
      retryable: true,
      message: 'The token function failed: offline',
    })
    expect((error.cause as Error).message).toBe('offline')
  })

  it('wraps a thrown non-Error value', async () => {
    const error = (await resolveToken(() => Promise.reject('nope'), { role: 1 }).catch(
      (e: unknown) => e,
    )) as CobrowseError
    expect(error).toMatchObject({ code: 'token_fetch_failed', message: 'The token function failed.', cause: 'nope' })
  })

  it('passes a CobrowseError through untouched', async () => {
    const original = new CobrowseError('token_forbidden')
    await expect(resolveToken(() => Promise.reject(original), { role: 2 })).rejects.toBe(original)
  })

  it.each([
    ['the response object', { token: JWT }, 'an object'],
    ['undefined', undefined, 'undefined'],
    ['a path', '/api/token', "a string starting with '/'"],
  ])('refuses %s as token_malformed', async (_, result, description) => {
    const mint = (() => result) as unknown as TokenProvider
    const error = (await resolveToken(mint, { role: 1 }).catch((e: unknown) => e)) as CobrowseError
    expect(error).toMatchObject({
      code: 'token_malformed',
      message: `The token function result is not a JWT: got ${description}.`,
    })
  })
})

describe('resolveToken with an endpoint', () => {
  it('fetches a URL object through the global fetch', async () => {
    const fetch = vi.fn(async () => tokenResponse())
    vi.stubGlobal('fetch', fetch)
    await expect(resolveToken(new URL('https://auth.example.com/'), { role: 1 })).resolves.toBe(JWT)
    expect(fetch).toHaveBeenCalledWith('https://auth.example.com/', expect.objectContaining({ method: 'POST' }))
  })

  it('fetches { url: URL }', async () => {
    const fetch = vi.fn(async () => tokenResponse())
    await expect(resolveToken({ url: new URL('https://auth.example.com/token'), fetch }, { role: 2 })).resolves.toBe(
      JWT,
    )
    expect(fetch).toHaveBeenCalledWith(
      'https://auth.example.com/token',
      expect.objectContaining({ body: '{"role":2}' }),
    )
  })

  it.each([
    [undefined, 'undefined'],
    [null, 'null'],
    [{}, 'an object'],
    [{ url: '' }, 'an object'],
    [42, 'a number'],
  ])('refuses %j as invalid_config', async (provider, description) => {
    const error = await resolveToken(provider as unknown as TokenProvider, { role: 1 }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(CobrowseError)
    expect(error).toMatchObject({ code: 'invalid_config', message: expect.stringContaining(`is ${description},`) })
  })
})
