import { decodeJwt } from 'jose'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createTokenHandler } from './createTokenHandler.js'
import type { TokenHandlerOptions } from './tokenHandlerOptions.js'

const URL_ = 'https://api.shop.example/token'

function post(body: unknown, headers: Record<string, string> = {}): Request {
  return new Request(URL_, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  })
}

function handlerWith(options: Partial<TokenHandlerOptions> = {}) {
  return createTokenHandler({ sdkKey: 'k', sdkSecret: 's', onError: () => {}, ...options })
}

async function claimsOf(response: Response) {
  expect(response.status).toBe(200)
  const { token } = (await response.json()) as { token: string }
  return decodeJwt(token)
}

async function bodyOf(response: Response) {
  return (await response.json()) as { code: string; hint: string; errors: { property: string }[] }
}

afterEach(() => vi.restoreAllMocks())

describe('agent tokens (role 2)', () => {
  it('are refused with 403 when no authorizeAgent is configured, with a hint saying how to allow them', async () => {
    const response = await handlerWith()(post({ role: 2, userName: 'Mallory' }))
    expect(response.status).toBe(403)
    const body = await bodyOf(response)
    expect(body.code).toBe('agent_not_authorized')
    expect(body.errors).toEqual([{ property: 'role', reason: expect.any(String) }])
    expect(body.hint).toMatch(/authorizeAgent/)
  })

  it('are refused with 403 when authorizeAgent returns false or anything but true', async () => {
    for (const verdict of [false, 'yes', 1, { agent: true }, undefined]) {
      const handle = handlerWith({ authorizeAgent: () => verdict as boolean })
      const response = await handle(post({ role: 2 }))
      expect(response.status).toBe(403)
      expect((await bodyOf(response)).code).toBe('agent_not_authorized')
    }
  })

  it('are issued when authorizeAgent allows, sync or async, and it sees the request headers', async () => {
    const authorizeAgent = vi.fn(async (request: Request) => request.headers.get('authorization') === 'Bearer agent')
    const handle = handlerWith({ authorizeAgent })
    expect((await claimsOf(await handle(post({ role: '2' }, { authorization: 'Bearer agent' })))).role_type).toBe(2)
    expect((await handle(post({ role: 2 }, { authorization: 'Bearer customer' }))).status).toBe(403)
    expect(authorizeAgent).toHaveBeenCalledTimes(2)
    expect((await claimsOf(await handlerWith({ authorizeAgent: () => true })(post({ role: 2 })))).role_type).toBe(2)
  })

  it('is not asked about customer tokens', async () => {
    const authorizeAgent = vi.fn(() => false)
    expect((await claimsOf(await handlerWith({ authorizeAgent })(post({ role: 1 })))).role_type).toBe(1)
    expect(authorizeAgent).not.toHaveBeenCalled()
  })

  it('answers 500 authorization_check_failed and reports the error when authorizeAgent throws or rejects', async () => {
    const failure = new Error('session store down')
    for (const authorizeAgent of [
      () => {
        throw failure
      },
      () => Promise.reject(failure),
    ]) {
      const onError = vi.fn()
      const response = await handlerWith({ authorizeAgent, onError })(post({ role: 2 }))
      expect(response.status).toBe(500)
      const body = await bodyOf(response)
      expect(body.code).toBe('authorization_check_failed')
      expect(JSON.stringify(body)).not.toContain('session store down')
      expect(onError).toHaveBeenCalledWith(failure)
    }
  })
})

describe('resolveUser', () => {
  it('sets user_id and user_name from the host session instead of the body', async () => {
    const resolveUser = vi.fn(() => ({ userId: 'session-user-9', userName: 'Dana from the session' }))
    const claims = await claimsOf(
      await handlerWith({ resolveUser })(post({ role: 1, userId: 'spoofed', userName: 'X' })),
    )
    expect(claims).toMatchObject({ user_id: 'session-user-9', user_name: 'Dana from the session' })
    expect(resolveUser).toHaveBeenCalledWith(expect.any(Request), {
      role: 1,
      userId: 'spoofed',
      userName: 'X',
      expirationSeconds: 7200,
    })
  })

  it('falls back to the body per field, and to the defaults, when it returns partial or undefined', async () => {
    const partial = await claimsOf(
      await handlerWith({ resolveUser: async () => ({ userId: 'u-1' }) })(post({ role: 1, userName: 'Body name' })),
    )
    expect(partial).toMatchObject({ user_id: 'u-1', user_name: 'Body name' })
    const nothing = await claimsOf(await handlerWith({ resolveUser: () => undefined })(post({ role: 1 })))
    expect(nothing.user_name).toBe(nothing.user_id)
  })

  it('may give a name up to Zoom’s 80 characters, longer than the body allows', async () => {
    const userName = 'n'.repeat(80)
    const claims = await claimsOf(await handlerWith({ resolveUser: () => ({ userName }) })(post({ role: 1 })))
    expect(claims.user_name).toBe(userName)
  })

  it('runs after authorizeAgent, and not for a refused agent', async () => {
    const resolveUser = vi.fn(() => ({ userId: 'agent-1' }))
    await handlerWith({ resolveUser, authorizeAgent: () => false })(post({ role: 2 }))
    expect(resolveUser).not.toHaveBeenCalled()
  })

  it.each([
    ['throws', () => Promise.reject(new Error('db'))],
    ['returns an empty userId', () => ({ userId: '' })],
    ['returns a name over 80 characters', () => ({ userName: 'n'.repeat(81) })],
    ['returns a number', () => 42],
  ])('answers 500 and reports when it %s', async (_, resolveUser) => {
    const onError = vi.fn()
    const response = await handlerWith({
      resolveUser: resolveUser as NonNullable<TokenHandlerOptions['resolveUser']>,
      onError,
    })(post({ role: 1 }))
    expect(response.status).toBe(500)
    expect((await bodyOf(response)).code).toBe('authorization_check_failed')
    expect(onError).toHaveBeenCalledOnce()
  })
})

describe('onError', () => {
  it('defaults to console.error', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {})
    const handle = createTokenHandler({
      sdkKey: 'k',
      sdkSecret: 's',
      authorizeAgent: () => Promise.reject(new Error('x')),
    })
    expect((await handle(post({ role: 2 }))).status).toBe(500)
    expect(logged).toHaveBeenCalledWith(expect.stringContaining('token endpoint'), expect.any(Error))
  })

  it('a throwing onError does not make the handler reject', async () => {
    const handle = handlerWith({
      authorizeAgent: () => {
        throw new Error('first')
      },
      onError: () => {
        throw new Error('second')
      },
    })
    expect((await handle(post({ role: 2 }))).status).toBe(500)
  })
})
