import { decodeJwt, jwtVerify } from 'jose'
import { describe, expect, it, vi } from 'vitest'
import { createTokenHandler } from './createTokenHandler.js'
import { TokenConfigError } from './TokenConfigError.js'
import type { TokenHandlerOptions } from './tokenHandlerOptions.js'

const CREDENTIALS = { sdkKey: 'sdk-key', sdkSecret: 'sdk-secret' }
const URL_ = 'https://api.shop.example/api/cobrowse/token'

function handlerWith(options: Partial<TokenHandlerOptions> = {}) {
  return createTokenHandler({ ...CREDENTIALS, onError: () => {}, ...options })
}

function post(body: unknown, init: RequestInit = {}): Request {
  return new Request(URL_, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
    ...init,
  })
}

async function json(response: Response): Promise<Record<string, unknown>> {
  return (await response.json()) as Record<string, unknown>
}

/** Every refusal: Zoom's sample `errors` plus this package's `code`, `message` and `hint`. */
async function expectProblem(response: Response, status: number, code: string, property?: string) {
  expect(response.status).toBe(status)
  expect(response.headers.get('cache-control')).toBe('no-store')
  const body = await json(response)
  expect(body).toMatchObject({ code, message: expect.any(String), hint: expect.any(String) })
  expect(body.errors).toEqual(
    expect.arrayContaining([{ property: property ?? expect.any(String), reason: expect.any(String) }]),
  )
  return body
}

describe('createTokenHandler: creation', () => {
  it.each([
    [{ sdkKey: '' }, /sdkKey is missing/],
    [{ sdkSecret: '' }, /sdkSecret is missing/],
    [{ sdkKey: undefined, sdkSecret: undefined }, /sdkKey and sdkSecret are missing/],
  ])('throws missing_credentials for %j', (override, message) => {
    const create = () => createTokenHandler({ ...CREDENTIALS, ...override } as TokenHandlerOptions)
    expect(create).toThrow(TokenConfigError)
    expect(create).toThrow(message)
  })

  it.each([
    [{ cors: { origins: ['*'] } }, /cannot contain '\*'/],
    [{ cors: { origins: ['null'] } }, /cannot contain 'null'/],
    [{ cors: { origins: ['https://shop.example/'] } }, /write "https:\/\/shop.example"/],
    [{ cors: { origins: ['shop.example'] } }, /write "https:\/\/shop.example"/],
    [{ cors: { origins: ['HTTPS://Shop.Example'] } }, /write "https:\/\/shop.example"/],
    [{ rateLimit: { max: 0, windowMs: 1000, clientKey: () => 'x' } }, /rateLimit.max/],
    [{ rateLimit: { max: 5, windowMs: -1, clientKey: () => 'x' } }, /rateLimit.windowMs/],
    [{ maxBodyBytes: 0 }, /maxBodyBytes/],
  ])('throws invalid_option for %j', (override, message) => {
    let error: unknown
    try {
      handlerWith(override as Partial<TokenHandlerOptions>)
    } catch (thrown) {
      error = thrown
    }
    expect(error).toBeInstanceOf(TokenConfigError)
    expect((error as TokenConfigError).code).toBe('invalid_option')
    expect((error as TokenConfigError).message).toMatch(message)
  })
})

describe('createTokenHandler: success', () => {
  it('answers 200 { token } with no-store; the token verifies with the SDK secret', async () => {
    const response = await handlerWith()(post({ role: 1, userId: 'c-42', userName: 'Casey', expirationSeconds: 3600 }))
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toBe('no-store')
    expect(response.headers.get('content-type')).toMatch(/^application\/json/)
    const body = await json(response)
    expect(Object.keys(body)).toEqual(['token'])
    const { payload, protectedHeader } = await jwtVerify(String(body.token), new TextEncoder().encode('sdk-secret'))
    expect(protectedHeader).toEqual({ alg: 'HS256', typ: 'JWT' })
    expect(payload).toEqual({
      app_key: 'sdk-key',
      role_type: 1,
      iat: expect.any(Number),
      exp: (payload.iat ?? 0) + 3600,
      user_id: 'c-42',
      user_name: 'Casey',
    })
  })

  it('uses the sample’s defaults: a random base36 user id, the id as the name, 2 hours', async () => {
    const handle = handlerWith()
    const first = decodeJwt(String((await json(await handle(post({ role: 1 })))).token))
    const second = decodeJwt(String((await json(await handle(post({ role: '1' })))).token))
    expect(first.user_id).toMatch(/^[0-9a-z]{20}$/)
    expect(first.user_name).toBe(first.user_id)
    expect(second.user_id).not.toBe(first.user_id)
    expect((first.exp ?? 0) - (first.iat ?? 0)).toBe(7200)
  })

  it('accepts a charset parameter on the content type', async () => {
    const response = await handlerWith()(
      post({ role: 1 }, { headers: { 'content-type': 'application/json; charset=utf-8' } }),
    )
    expect(response.status).toBe(200)
  })

  it('adds enable_byop: 1 to customer and agent tokens when byop is on', async () => {
    const handle = handlerWith({ byop: true, authorizeAgent: () => true })
    for (const role of [1, 2]) {
      const claims = decodeJwt(String((await json(await handle(post({ role })))).token))
      expect(claims).toMatchObject({ role_type: role, enable_byop: 1 })
    }
    const plain = decodeJwt(String((await json(await handlerWith()(post({ role: 1 })))).token))
    expect(plain).not.toHaveProperty('enable_byop')
  })
})

describe('createTokenHandler: method, content type, size and JSON', () => {
  it.each(['GET', 'PUT', 'DELETE', 'PATCH'])('refuses %s with 405 and Allow: POST, OPTIONS', async (method) => {
    const body = method === 'GET' ? null : '{"role":1}'
    const response = await handlerWith()(new Request(URL_, { method, body }))
    await expectProblem(response, 405, 'method_not_allowed', 'method')
    expect(response.headers.get('allow')).toBe('POST, OPTIONS')
  })

  it('refuses HEAD with 405', async () => {
    const response = await handlerWith()(new Request(URL_, { method: 'HEAD' }))
    expect(response.status).toBe(405)
    expect(response.headers.get('allow')).toBe('POST, OPTIONS')
  })

  it.each([undefined, 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data'])(
    'refuses content type %s with 415',
    async (type) => {
      const headers = type ? { 'content-type': type } : {}
      const request = new Request(URL_, { method: 'POST', headers, body: new Blob(['{"role":1}']) })
      await expectProblem(await handlerWith()(request), 415, 'unsupported_content_type', 'content-type')
    },
  )

  it('refuses a body over maxBodyBytes with 413, declared or streamed', async () => {
    const handle = handlerWith({ maxBodyBytes: 64 })
    const big = JSON.stringify({ role: 1, userName: 'x'.repeat(100) })
    await expectProblem(await handle(post(big)), 413, 'body_too_large', 'body')
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(big))
        controller.close()
      },
    })
    const streamed = new Request(URL_, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: stream,
      duplex: 'half',
    } as RequestInit)
    await expectProblem(await handle(streamed), 413, 'body_too_large', 'body')
  })

  it('defaults maxBodyBytes to 4096', async () => {
    const padding = 'x'.repeat(4096)
    await expectProblem(await handlerWith()(post({ role: 1, padding })), 413, 'body_too_large')
    const fits = JSON.stringify({ role: 1, padding: padding.slice(0, 4000) })
    expect((await handlerWith()(post(fits))).status).toBe(200)
  })

  it.each(['', '{', '{"role":1,}', "{'role':1}", 'role=1'])(
    'refuses malformed JSON %j with 400 on "body"',
    async (text) => {
      await expectProblem(await handlerWith()(post(text)), 400, 'malformed_json', 'body')
    },
  )

  it('refuses JSON that is not an object with 400 on "body"', async () => {
    const body = await expectProblem(await handlerWith()(post('[1]')), 400, 'invalid_request', 'body')
    expect(body.errors).toHaveLength(1)
  })
})

describe('createTokenHandler: validation', () => {
  it('answers Zoom’s sample shape 400 { errors: [{ property, reason }] } with every broken rule', async () => {
    const response = await handlerWith()(post({ role: 7, userId: 'u'.repeat(36), expirationSeconds: 100 }))
    const body = await expectProblem(response, 400, 'invalid_request')
    expect(body.errors).toEqual([
      { property: 'role', reason: 'must be 1 (customer) or 2 (agent), got 7' },
      { property: 'userId', reason: 'must be at most 35 characters, got 36' },
      { property: 'expirationSeconds', reason: expect.stringContaining('from 1800 to 172800') },
    ])
    expect(body.message).toMatch(/role must be 1.*userId.*expirationSeconds/)
  })

  it('refuses a request without role', async () => {
    const body = await expectProblem(await handlerWith()(post({ userName: 'Casey' })), 400, 'invalid_request', 'role')
    expect(body.errors).toEqual([{ property: 'role', reason: expect.stringMatching(/^is required/) }])
  })

  it('validates before it asks whether an agent is allowed', async () => {
    const authorizeAgent = vi.fn(() => true)
    await handlerWith({ authorizeAgent })(post({ role: 2, expirationSeconds: 10 }))
    expect(authorizeAgent).not.toHaveBeenCalled()
  })
})
