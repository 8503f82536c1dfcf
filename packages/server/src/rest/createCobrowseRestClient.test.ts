import { createServer, type IncomingHttpHeaders } from 'node:http'
import type { AddressInfo } from 'node:net'
import { jwtVerify } from 'jose'
import { afterEach, describe, expect, expectTypeOf, it, vi } from 'vitest'
import { CobrowseRestError } from './CobrowseRestError.js'
import { createCobrowseRestClient } from './createCobrowseRestClient.js'
import type { CobrowseRestClientOptions, CobrowseRestCredentials } from './restClientOptions.js'
import type { LiveSessionDetails, PastSessionDetails } from './sessionDetails.js'
import { ZoomApiError } from './ZoomApiError.js'

const credentials = { apiKey: 'api-key-123', apiSecret: 'api-secret-456' }

interface SeenRequest {
  /** Raw path as sent, so encoding shows. */
  path: string
  query: Record<string, string>
  headers: IncomingHttpHeaders
  /** The client dropped the connection before the answer was written. */
  abandoned: boolean
}

interface Reply {
  status?: number
  headers?: Record<string, string>
  body?: unknown
  /** Sent verbatim instead of `body`. */
  raw?: string
  /** Never answer. */
  hang?: true
}

const servers: Array<() => Promise<void>> = []

/** A real HTTP server on 127.0.0.1 that answers each request as `answer` scripts it, and records what it saw. */
async function startZoomApi(answer: (request: SeenRequest, index: number) => Reply) {
  const requests: SeenRequest[] = []
  const server = createServer((req, res) => {
    const [path = '', search = ''] = (req.url ?? '').split('?')
    const seen: SeenRequest = {
      path,
      query: Object.fromEntries(new URLSearchParams(search)),
      headers: req.headers,
      abandoned: false,
    }
    requests.push(seen)
    res.on('close', () => {
      if (!res.writableFinished) seen.abandoned = true
    })
    const reply = answer(seen, requests.length - 1)
    if (reply.hang) return
    res.writeHead(reply.status ?? 200, { 'content-type': 'application/json', ...reply.headers })
    res.end(reply.raw ?? JSON.stringify(reply.body ?? {}))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections()
      server.close(() => resolve())
    })
  servers.push(close)
  const { port } = server.address() as AddressInfo
  return { baseUrl: `http://127.0.0.1:${port}/v2`, requests, close }
}

function clientOf(
  baseUrl: string,
  options: CobrowseRestClientOptions = {},
  auth: CobrowseRestCredentials = credentials,
) {
  return createCobrowseRestClient(auth, { baseUrl, ...options })
}

/**
 * Lets real I/O run, without moving fake clocks, until `condition` holds. The real-time bound only keeps a broken
 * client from hanging the suite; it is generous so a loaded machine cannot fail the test.
 */
async function until(condition: () => boolean): Promise<void> {
  const giveUpAt = performance.now() + 10_000
  while (!condition() && performance.now() < giveUpAt) await new Promise((resolve) => setImmediate(resolve))
  expect(condition()).toBe(true)
}

/** The rejection of `promise`, for assertions on its fields. */
async function failureOf(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected a rejection')
    },
    (error: unknown) => error,
  )
}

const session = (id: string) => ({
  session_id: id,
  start_time: '2025-02-14T19:09:01Z',
  session_pin: '987536',
  users: [{ user_id: `u-${id}`, user_name: 'Ana', role_type: 'agent' }],
})

afterEach(async () => {
  vi.restoreAllMocks()
  vi.useRealTimers()
  await Promise.all(servers.splice(0).map((close) => close()))
})

describe('createCobrowseRestClient: endpoints and paging', () => {
  it('walks every page of live sessions, following next_page_token until it is empty', async () => {
    const pages: Record<string, { sessions: unknown[]; next_page_token: string }> = {
      '': { sessions: [session('a'), session('b')], next_page_token: 'page-2' },
      'page-2': { sessions: [session('c')], next_page_token: 'page-3' },
      'page-3': { sessions: [session('d')], next_page_token: '' },
    }
    const zoom = await startZoomApi(({ query }) => ({ body: { page_size: 30, ...pages[query.next_page_token ?? ''] } }))
    const seen: string[] = []
    for await (const live of clientOf(zoom.baseUrl).liveSessions({ page_size: 30, session_pin: '987536' })) {
      seen.push(live.session_id)
    }
    expect(seen).toEqual(['a', 'b', 'c', 'd'])
    expect(zoom.requests.map((request) => request.path)).toEqual(Array(3).fill('/v2/cobrowsesdk/live_sessions'))
    expect(zoom.requests.map((request) => request.query)).toEqual([
      { page_size: '30', session_pin: '987536' },
      { page_size: '30', session_pin: '987536', next_page_token: 'page-2' },
      { page_size: '30', session_pin: '987536', next_page_token: 'page-3' },
    ])
  })

  it('walks session users and past sessions the same way, and fetches no page after the loop breaks', async () => {
    const zoom = await startZoomApi(({ path, query }) => {
      const last = query.next_page_token === 'next'
      if (path.endsWith('/users')) {
        const user = { user_connection_id: last ? 'c2' : 'c1', user_id: 'u1', user_name: 'Ana', role_type: 'customer' }
        return { body: { users: [user], next_page_token: last ? '' : 'next' } }
      }
      return { body: { sessions: [{ ...session('p'), end_time: 'x', duration: '00:03:19' }], next_page_token: 'next' } }
    })
    const client = clientOf(zoom.baseUrl)
    const connections: string[] = []
    for await (const user of client.sessionUsers('s1')) connections.push(user.user_connection_id)
    expect(connections).toEqual(['c1', 'c2'])
    for await (const past of client.pastSessions({ from: '2025-02-01', to: '2025-02-28' })) {
      expect(past.duration).toBe('00:03:19')
      break
    }
    expect(zoom.requests.filter((request) => request.path.endsWith('/past_sessions'))).toHaveLength(1)
  })

  it('sends every query parameter under the name the spec gives it', async () => {
    const zoom = await startZoomApi(({ path }) => ({
      body: path.includes('/sessions/') && !path.endsWith('/users') ? session('s1') : {},
    }))
    const client = clientOf(zoom.baseUrl)
    await client.listPastSessions({
      time_type: 'end_time',
      from: '2025-02-01',
      to: '2025-02-14',
      page_size: 300,
      next_page_token: 'tok',
      session_id: 's1',
      session_pin: '987536',
    })
    await client.listSessionUsers('s1', { page_size: 50, next_page_token: 'tok' })
    const past = await client.getSession('s1', { sessionType: 'past' })
    const live = await client.getSession('s1')
    expectTypeOf(past).toEqualTypeOf<PastSessionDetails>()
    expectTypeOf(live).toEqualTypeOf<LiveSessionDetails>()
    expect(zoom.requests.map(({ path, query }) => ({ path, query }))).toEqual([
      {
        path: '/v2/cobrowsesdk/past_sessions',
        query: {
          time_type: 'end_time',
          from: '2025-02-01',
          to: '2025-02-14',
          page_size: '300',
          next_page_token: 'tok',
          session_id: 's1',
          session_pin: '987536',
        },
      },
      { path: '/v2/cobrowsesdk/sessions/s1/users', query: { page_size: '50', next_page_token: 'tok' } },
      { path: '/v2/cobrowsesdk/sessions/s1', query: { session_type: 'past' } },
      { path: '/v2/cobrowsesdk/sessions/s1', query: { session_type: 'live' } },
    ])
  })

  it('encodes the session id into the path', async () => {
    const zoom = await startZoomApi(() => ({ body: { users: [] } }))
    await clientOf(`${zoom.baseUrl}/`).listSessionUsers('a/b?c=d#e')
    expect(zoom.requests[0]?.path).toBe('/v2/cobrowsesdk/sessions/a%2Fb%3Fc%3Dd%23e/users')
  })

  it('reads a page without a list as empty and without a cursor as the last one', async () => {
    const zoom = await startZoomApi(() => ({ body: { page_size: 30 } }))
    const client = clientOf(zoom.baseUrl)
    expect(await client.listLiveSessions()).toEqual({ page_size: 30, next_page_token: '', sessions: [] })
    const all = []
    for await (const user of client.sessionUsers('s1')) all.push(user)
    expect(all).toEqual([])
    expect(zoom.requests).toHaveLength(2)
  })

  it('ends a walk whose cursor repeats instead of looping forever', async () => {
    const zoom = await startZoomApi(() => ({ body: { sessions: [session('a')], next_page_token: 'same' } }))
    const walk = async () => {
      for await (const _ of clientOf(zoom.baseUrl).liveSessions()) {
        // draining
      }
    }
    expect(await failureOf(walk())).toMatchObject({ name: 'CobrowseRestError', code: 'invalid_response' })
    expect(zoom.requests).toHaveLength(2)
  })
})

describe('createCobrowseRestClient: authentication', () => {
  it('sends an API JWT that verifies with the API secret and names the API key, reused across requests', async () => {
    const zoom = await startZoomApi(() => ({ body: { sessions: [] } }))
    const client = clientOf(zoom.baseUrl, { userAgent: 'shop-backend/1.0' })
    await client.listLiveSessions()
    await client.listLiveSessions()
    const [first, second] = zoom.requests.map((request) => request.headers.authorization ?? '')
    expect(first).toMatch(/^Bearer [\w-]+\.[\w-]+\.[\w-]+$/)
    expect(second).toBe(first)
    const { payload } = await jwtVerify(first?.slice(7) ?? '', new TextEncoder().encode(credentials.apiSecret), {
      algorithms: ['HS256'],
      issuer: credentials.apiKey,
    })
    expect((payload.exp ?? 0) - (payload.iat ?? 0)).toBeLessThanOrEqual(3600)
    expect(zoom.requests[0]?.headers['user-agent']).toBe('shop-backend/1.0')
    expect(zoom.requests[0]?.headers.accept).toBe('application/json')
  })

  it('sends a host-managed access token, asking the function before each request', async () => {
    const zoom = await startZoomApi(() => ({ body: { sessions: [] } }))
    let issued = 0
    const client = clientOf(zoom.baseUrl, {}, { accessToken: async () => `s2s-${++issued}` })
    await client.listLiveSessions()
    await client.listLiveSessions()
    expect(zoom.requests.map((request) => request.headers.authorization)).toEqual(['Bearer s2s-1', 'Bearer s2s-2'])
  })

  it('refuses unusable credentials and options at creation', () => {
    expect(() => createCobrowseRestClient({ apiKey: '', apiSecret: 's' })).toThrow(CobrowseRestError)
    expect(() => createCobrowseRestClient(credentials, { baseUrl: 'api.zoom.us/v2' })).toThrow(/baseUrl/)
    expect(() => createCobrowseRestClient(credentials, { timeoutMs: 0 })).toThrow(/timeoutMs/)
    expect(() => createCobrowseRestClient(credentials, { retry: { maxRetries: -1 } })).toThrow(/maxRetries/)
  })
})

describe('createCobrowseRestClient: Zoom errors', () => {
  it('rejects with 30101 and says to restart when a page token expired mid-walk', async () => {
    const zoom = await startZoomApi(({ query }) =>
      query.next_page_token
        ? { status: 400, body: { code: 30101, message: 'Next page token is invalid or expired.' } }
        : { body: { sessions: [session('a')], next_page_token: 'old' } },
    )
    const seen: string[] = []
    const walk = async () => {
      for await (const live of clientOf(zoom.baseUrl).liveSessions()) seen.push(live.session_id)
    }
    const error = await failureOf(walk())
    expect(seen).toEqual(['a'])
    expect(error).toBeInstanceOf(ZoomApiError)
    expect(error).toMatchObject({ status: 400, code: 30101, message: 'Next page token is invalid or expired.' })
    expect((error as ZoomApiError).hint).toMatch(/15 minutes.*first page/)
  })

  it('rejects with 30300 for an unknown session, without retrying', async () => {
    const zoom = await startZoomApi(() => ({
      status: 404,
      body: { code: 30300, message: 'Session does not exist: nope' },
    }))
    const error = await failureOf(clientOf(zoom.baseUrl).getSession('nope', { sessionType: 'past' }))
    expect(error).toMatchObject({ name: 'ZoomApiError', status: 404, code: 30300 })
    expect((error as ZoomApiError).hint).toMatch(/session type/)
    expect(zoom.requests).toHaveLength(1)
  })

  it('rejects a refused token with 401, and keeps Zoom code 124 when the body has it', async () => {
    const zoom = await startZoomApi((_, index) =>
      index === 0 ? { status: 401, raw: '' } : { status: 401, body: { code: 124, message: 'Invalid access token.' } },
    )
    const client = clientOf(zoom.baseUrl)
    const bare = await failureOf(client.listLiveSessions())
    expect(bare).toMatchObject({ status: 401, code: 401, message: 'Zoom answered HTTP 401 without an error message.' })
    expect((bare as ZoomApiError).hint).toMatch(/API key and secret/)
    expect(await failureOf(client.listLiveSessions())).toMatchObject({ status: 401, code: 124 })
    expect(zoom.requests).toHaveLength(2)
  })

  it('rejects a success whose body is not JSON as invalid_response, without retrying', async () => {
    const zoom = await startZoomApi(() => ({ raw: '{"sessions": [' }))
    const error = await failureOf(clientOf(zoom.baseUrl).listLiveSessions())
    expect(error).toBeInstanceOf(CobrowseRestError)
    expect(error).toMatchObject({ code: 'invalid_response', status: 200 })
    expect(JSON.parse(JSON.stringify(error))).toMatchObject({ code: 'invalid_response', hint: expect.any(String) })
    expect(zoom.requests).toHaveLength(1)
  })

  it('reads a proxy error page as a ZoomApiError coded with the status', async () => {
    const zoom = await startZoomApi(() => ({
      status: 502,
      headers: { 'content-type': 'text/html' },
      raw: '<h1>Bad</h1>',
    }))
    const error = await failureOf(clientOf(zoom.baseUrl, { retry: { maxRetries: 0 } }).listLiveSessions())
    expect(error).toMatchObject({ name: 'ZoomApiError', status: 502, code: 502 })
  })

  it('refuses page_size outside 30..300 before sending anything', async () => {
    const zoom = await startZoomApi(() => ({ body: { sessions: [] } }))
    const client = clientOf(zoom.baseUrl)
    expect(await failureOf(client.listLiveSessions({ page_size: 10 }))).toMatchObject({ code: 'invalid_parameter' })
    const walk = async () => {
      for await (const _ of client.pastSessions({ page_size: 301 })) {
        // never reached
      }
    }
    expect(await failureOf(walk())).toMatchObject({ code: 'invalid_parameter' })
    expect(await failureOf(client.getSession(''))).toMatchObject({ code: 'invalid_parameter' })
    expect(zoom.requests).toHaveLength(0)
  })
})

describe('createCobrowseRestClient: retries, timeouts and aborts', () => {
  /** Fakes the timers the client waits on, and records the delays it asks for; I/O and setImmediate stay real. */
  function fakeClock() {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    return vi.spyOn(globalThis, 'setTimeout')
  }
  const scheduled = (spy: ReturnType<typeof fakeClock>, ms: number) => () =>
    spy.mock.calls.some(([, delay]) => delay === ms)

  it('waits the Retry-After of a 429, then succeeds', async () => {
    const timers = fakeClock()
    const zoom = await startZoomApi((_, index) =>
      index === 0
        ? { status: 429, headers: { 'retry-after': '1' }, body: { code: 429, message: 'Too many requests.' } }
        : { body: { sessions: [session('a')] } },
    )
    const page = clientOf(zoom.baseUrl).listLiveSessions()
    await until(scheduled(timers, 1000))
    expect(zoom.requests).toHaveLength(1)
    await vi.advanceTimersByTimeAsync(1000)
    expect((await page).sessions.map((live) => live.session_id)).toEqual(['a'])
    expect(zoom.requests).toHaveLength(2)
  })

  it('retries a 5xx with backoff, then succeeds', async () => {
    const zoom = await startZoomApi((_, index) =>
      index < 2 ? { status: 503, body: { code: 503, message: 'Unavailable' } } : { body: { users: [] } },
    )
    const client = clientOf(zoom.baseUrl, { retry: { baseDelayMs: 0 } })
    expect(await client.listSessionUsers('s1')).toEqual({ next_page_token: '', users: [] })
    expect(zoom.requests).toHaveLength(3)
  })

  it('gives up after maxRetries with the 429 and its Retry-After', async () => {
    const zoom = await startZoomApi(() => ({
      status: 429,
      headers: { 'retry-after': '0' },
      body: { code: 429, message: 'You have reached the maximum per-second rate limit for this API.' },
    }))
    const error = await failureOf(clientOf(zoom.baseUrl, { retry: { maxRetries: 2 } }).listLiveSessions())
    expect(error).toMatchObject({ name: 'ZoomApiError', status: 429, code: 429, retryAfterMs: 0 })
    expect((error as ZoomApiError).hint).toMatch(/Slow down/)
    expect(zoom.requests).toHaveLength(3)
  })

  it('fails at once when Retry-After is longer than maxDelayMs (a daily limit)', async () => {
    const zoom = await startZoomApi(() => ({
      status: 429,
      headers: { 'retry-after': '3600' },
      body: { code: 429, message: 'You have reached the maximum daily rate limit for this API.' },
    }))
    const error = await failureOf(clientOf(zoom.baseUrl, { retry: { maxDelayMs: 60_000 } }).listPastSessions())
    expect(error).toMatchObject({ status: 429, retryAfterMs: 3_600_000 })
    expect(zoom.requests).toHaveLength(1)
  })

  it('retries a refused connection, then rejects with network', async () => {
    const zoom = await startZoomApi(() => ({}))
    await zoom.close()
    let attempts = 0
    const client = clientOf(zoom.baseUrl, {
      retry: { maxRetries: 1, baseDelayMs: 0 },
      fetch: (url, init) => {
        attempts++
        return fetch(url, init)
      },
    })
    const error = await failureOf(client.listLiveSessions())
    expect(error).toMatchObject({ name: 'CobrowseRestError', code: 'network' })
    expect((error as Error).message).toContain('GET /cobrowsesdk/live_sessions')
    expect(attempts).toBe(2)
  })

  it('times out each attempt after timeoutMs, retries, then rejects with timeout', async () => {
    const timers = fakeClock()
    vi.spyOn(Math, 'random').mockReturnValue(1) // backoff without jitter: exactly baseDelayMs
    const zoom = await startZoomApi(() => ({ hang: true }))
    const client = clientOf(zoom.baseUrl, { timeoutMs: 5000, retry: { maxRetries: 1, baseDelayMs: 100 } })
    const page = failureOf(client.listLiveSessions())
    await until(() => zoom.requests.length === 1)
    await vi.advanceTimersByTimeAsync(5000)
    await until(scheduled(timers, 100))
    await vi.advanceTimersByTimeAsync(100)
    await until(() => zoom.requests.length === 2)
    await vi.advanceTimersByTimeAsync(5000)
    expect(await page).toMatchObject({ name: 'CobrowseRestError', code: 'timeout' })
    await until(() => zoom.requests.every((request) => request.abandoned))
  })

  it('cancels the request in flight when the caller aborts', async () => {
    const zoom = await startZoomApi(() => ({ hang: true }))
    const controller = new AbortController()
    const page = failureOf(clientOf(zoom.baseUrl).listLiveSessions({}, { signal: controller.signal }))
    await until(() => zoom.requests.length === 1)
    const reason = new Error('user left the page')
    controller.abort(reason)
    expect(await page).toMatchObject({ name: 'CobrowseRestError', code: 'aborted', cause: reason })
    await until(() => zoom.requests[0]?.abandoned === true)
  })

  it('ends the wait before a retry when the caller aborts', async () => {
    const timers = fakeClock()
    const zoom = await startZoomApi(() => ({ status: 429, headers: { 'retry-after': '30' }, body: { code: 429 } }))
    const controller = new AbortController()
    const page = failureOf(clientOf(zoom.baseUrl).listLiveSessions({}, { signal: controller.signal }))
    await until(scheduled(timers, 30_000))
    controller.abort()
    expect(await page).toMatchObject({ code: 'aborted' })
    expect(vi.getTimerCount()).toBe(0)
    expect(zoom.requests).toHaveLength(1)
  })

  it('sends nothing for a signal already aborted, and never hangs on a fetch that ignores its signal', async () => {
    const zoom = await startZoomApi(() => ({ body: { sessions: [] } }))
    const client = clientOf(zoom.baseUrl)
    expect(await failureOf(client.listLiveSessions({}, { signal: AbortSignal.abort() }))).toMatchObject({
      code: 'aborted',
    })
    expect(zoom.requests).toHaveLength(0)

    const deaf = clientOf(zoom.baseUrl, { fetch: () => new Promise<Response>(() => {}) })
    const controller = new AbortController()
    const page = failureOf(deaf.getSession('s1', { signal: controller.signal }))
    controller.abort()
    expect(await page).toMatchObject({ code: 'aborted' })
  })
})
