import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { signJwt } from '../auth/signJwt.js'
import { signSdkToken } from '../auth/signSdkToken.js'
import type { EmulatorOptions } from '../config/emulatorOptions.js'
import { type RunningEmulator, startEmulator } from '../startEmulator.js'
import { type CustomerClient, joinMessage, openAgent, openCustomer, startMessage } from '../ws/protocolTestClient.js'
import { signApiToken } from './signApiToken.js'

const API = { apiKey: 'test-api-key', apiSecret: 'test-api-secret' }
const TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/
const DURATION = /^\d{2,}:\d{2}:\d{2}$/
const INVALID_TOKEN = { code: 401, message: 'Invalid token.' }
const BAD_PAGE_TOKEN = { code: 30101, message: 'The next page token is invalid or expired.' }

/** An emulator whose REST clock the test controls. */
interface TestEmulator {
  running: RunningEmulator
  now(): number
}

/** Its REST clock follows real time (sessions have real times) plus whatever `advance` added. */
async function startTestEmulator(options: EmulatorOptions = {}) {
  let skewMs = 0
  const now = () => Date.now() + skewMs
  const running = await startEmulator({ port: 0, ...API, ...options, rest: { now, ...options.rest } })
  return {
    running,
    now,
    advance: (ms: number) => {
      skewMs += ms
    },
  }
}

function sdkCredentials(emulator: TestEmulator) {
  return { sdkKey: emulator.running.sdkKey, sdkSecret: emulator.running.sdkSecret }
}

async function get(
  emulator: TestEmulator,
  path: string,
  authorization: string | null = `Bearer ${signApiToken({ ...API, now: emulator.now() })}`,
): Promise<{ status: number; body: Record<string, unknown>; headers: Headers }> {
  const headers: Record<string, string> = authorization === null ? {} : { Authorization: authorization }
  const response = await fetch(`${emulator.running.url}/v2/cobrowsesdk/${path}`, { headers })
  expect(response.headers.get('content-type')).toMatch(/^application\/json/)
  return {
    status: response.status,
    body: (await response.json()) as Record<string, unknown>,
    headers: response.headers,
  }
}

async function startSession(emulator: TestEmulator) {
  const customer = await openCustomer(emulator.running.url)
  customer.send(startMessage(sdkCredentials(emulator)))
  return { customer, started: await customer.next('started') }
}

async function endSession(customer: CustomerClient) {
  customer.send({ t: 'end' })
  await customer.closed
}

let main: TestEmulator
let mainSessionId: string

beforeAll(async () => {
  main = await startTestEmulator({ rest: { rateLimit: false } })
  mainSessionId = (await startSession(main)).started.sessionId
})
afterAll(() => main.running.close())

describe('a session seen through the REST API, live then past', () => {
  it('lists who is there now, every join, and keeps the session once it ended', async () => {
    const { customer, started } = await startSession(main)
    const credentials = sdkCredentials(main)
    const agentToken = signSdkToken({ ...credentials, role: 2, userId: 'agent-7', userName: 'Avery' })
    const firstVisit = await openAgent(main.running.url)
    firstVisit.send({ t: 'join', token: agentToken, pin: started.pin })
    await firstVisit.next('joined')
    firstVisit.send({ t: 'leave' })
    await customer.next('agent-left')
    const secondVisit = await openAgent(main.running.url)
    secondVisit.send({ t: 'join', token: agentToken, pin: started.pin })
    await secondVisit.next('joined')

    const live = await get(main, `live_sessions?session_pin=${started.pin}`)
    expect(live.status).toBe(200)
    expect(live.body).toEqual({
      page_size: 30,
      next_page_token: '',
      sessions: [
        {
          session_id: started.sessionId,
          start_time: expect.stringMatching(TIME),
          session_pin: started.pin,
          users: [
            { user_id: expect.any(String), user_name: 'Casey', role_type: 'customer' },
            { user_id: expect.any(String), user_name: 'Avery', role_type: 'agent' },
          ],
        },
      ],
    })
    const detail = await get(main, `sessions/${started.sessionId}`)
    expect(detail.body).toEqual({
      session_id: started.sessionId,
      start_time: expect.stringMatching(TIME),
      session_pin: started.pin,
      user_count: 2,
    })
    expect((await get(main, `sessions/${started.sessionId}?session_type=past`)).status).toBe(404)

    const liveUsers = (await get(main, `sessions/${started.sessionId}/users`)).body.users as Record<string, unknown>[]
    expect(liveUsers.map((row) => [row.role_type, row.user_name, 'leave_time' in row])).toEqual([
      ['customer', 'Casey', false],
      ['agent', 'Avery', true],
      ['agent', 'Avery', false],
    ])
    const [customerRow, firstAgentRow, secondAgentRow] = liveUsers
    expect(firstAgentRow?.user_id).toBe(secondAgentRow?.user_id)
    expect(firstAgentRow?.user_connection_id).not.toBe(secondAgentRow?.user_connection_id)
    expect(customerRow?.user_id).not.toBe(firstAgentRow?.user_id)
    expect(firstAgentRow).toEqual({
      user_connection_id: expect.any(String),
      user_id: expect.any(String),
      user_name: 'Avery',
      role_type: 'agent',
      ip_address: '127.0.0.1',
      data_center: 'US',
      join_time: expect.stringMatching(TIME),
      leave_time: expect.stringMatching(TIME),
      duration: expect.stringMatching(DURATION),
    })

    await endSession(customer)
    expect((await get(main, `live_sessions?session_pin=${started.pin}`)).body.sessions).toEqual([])
    const gone = await get(main, `sessions/${started.sessionId}`)
    expect(gone.status).toBe(404)
    expect(gone.body).toEqual({ code: 30300, message: `Session does not exist: ${started.sessionId}` })

    const past = await get(main, `sessions/${started.sessionId}?session_type=past`)
    expect(past.body).toEqual({
      session_id: started.sessionId,
      start_time: expect.stringMatching(TIME),
      end_time: expect.stringMatching(TIME),
      duration: expect.stringMatching(DURATION),
      session_pin: started.pin,
      user_count: 2,
    })
    const listed = await get(main, `past_sessions?session_id=${started.sessionId}`)
    expect(listed.body).toMatchObject({
      from: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      to: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      page_size: 30,
      next_page_token: '',
      sessions: [
        { session_id: started.sessionId, user_count: 2, users: [{ role_type: 'customer' }, { role_type: 'agent' }] },
      ],
    })
    const pastUsers = (await get(main, `sessions/${started.sessionId}/users`)).body.users as Record<string, unknown>[]
    expect(pastUsers).toHaveLength(3)
    expect(pastUsers.every((row) => TIME.test(String(row.leave_time)))).toBe(true)
  })

  it('answers an unknown session with 30300 on both session endpoints', async () => {
    for (const path of ['sessions/nope', 'sessions/nope?session_type=past', 'sessions/nope/users']) {
      const { status, body } = await get(main, path)
      expect([status, body]).toEqual([404, { code: 30300, message: 'Session does not exist: nope' }])
    }
  })
})

describe('pagination', () => {
  it('pages 61 past sessions 30 at a time, newest first, with tokens bound to the query that expire', async () => {
    const emulator = await startTestEmulator({ rest: { rateLimit: false } })
    try {
      const ids = await Promise.all(
        Array.from({ length: 61 }, async () => {
          const { customer, started } = await startSession(emulator)
          await endSession(customer)
          return started.sessionId
        }),
      )
      const seen: Array<{ session_id: string; start_time: string }> = []
      const tokens: string[] = []
      let token = ''
      for (const expected of [30, 30, 1]) {
        const page = await get(emulator, `past_sessions?page_size=30&next_page_token=${encodeURIComponent(token)}`)
        expect(page.status).toBe(200)
        const sessions = page.body.sessions as Array<{ session_id: string; start_time: string }>
        expect(sessions).toHaveLength(expected)
        seen.push(...sessions)
        token = String(page.body.next_page_token)
        tokens.push(token)
      }
      expect(tokens[2]).toBe('')
      expect(new Set(seen.map((row) => row.session_id))).toEqual(new Set(ids))
      const starts = seen.map((row) => row.start_time)
      expect(starts).toEqual([...starts].sort().reverse())

      const second = encodeURIComponent(tokens[0] ?? '')
      expect((await get(emulator, `past_sessions?next_page_token=${second}&page_size=40`)).status).toBe(200)
      for (const path of [
        `past_sessions?next_page_token=${second}&session_pin=123456`,
        `live_sessions?next_page_token=${second}`,
        'past_sessions?next_page_token=not-a-token',
        `past_sessions?next_page_token=${second}x`,
      ]) {
        const refused = await get(emulator, path)
        expect([path, refused.status, refused.body]).toEqual([path, 400, BAD_PAGE_TOKEN])
      }

      emulator.advance(15 * 60_000 + 1)
      const expired = await get(emulator, `past_sessions?next_page_token=${second}`)
      expect([expired.status, expired.body]).toEqual([400, BAD_PAGE_TOKEN])
    } finally {
      await emulator.running.close()
    }
  })

  it('pages live sessions and a session’s users the same way', async () => {
    const emulator = await startTestEmulator({ rest: { rateLimit: false } })
    try {
      const sessions = await Promise.all(Array.from({ length: 31 }, () => startSession(emulator)))
      const first = await get(emulator, 'live_sessions')
      expect(first.body.sessions).toHaveLength(30)
      const rest = await get(emulator, `live_sessions?next_page_token=${first.body.next_page_token}`)
      expect(rest.body).toMatchObject({ next_page_token: '', sessions: [expect.any(Object)] })

      const [{ customer, started } = await startSession(emulator)] = sessions
      // The customer's join and 30 agent visits (one agent at a time, under the 5-agent cap): 31 rows.
      for (let visit = 0; visit < 30; visit++) {
        const agent = await openAgent(emulator.running.url)
        agent.send(joinMessage(sdkCredentials(emulator), started.pin))
        await agent.next('joined')
        agent.send({ t: 'leave' })
        await customer.next('agent-left')
      }
      const page = await get(emulator, `sessions/${started.sessionId}/users`)
      expect(page.body.users).toHaveLength(30)
      const last = await get(
        emulator,
        `sessions/${started.sessionId}/users?next_page_token=${page.body.next_page_token}`,
      )
      expect(last.body).toMatchObject({ next_page_token: '', users: [expect.any(Object)] })
    } finally {
      await emulator.running.close()
    }
  })

  it.each([
    ['page_size=29', 'page_size'],
    ['page_size=301', 'page_size'],
    ['page_size=abc', 'page_size'],
    ['page_size=30.5', 'page_size'],
  ])('refuses %s with a validation error naming the field', async (query, field) => {
    for (const path of ['live_sessions', 'past_sessions', `sessions/${mainSessionId}/users`]) {
      const { status, body } = await get(main, `${path}?${query}`)
      expect([status, body]).toEqual([
        400,
        { code: 300, message: 'Validation Failed.', errors: [expect.objectContaining({ field })] },
      ])
    }
  })
})

describe('past_sessions ranges', () => {
  const today = () => new Date(main.now()).toISOString().slice(0, 10)
  const daysAgo = (days: number) => new Date(main.now() - days * 86_400_000).toISOString().slice(0, 10)

  it.each([
    ['from without to', () => `from=${today()}`, 'to'],
    ['to without from', () => `to=${today()}`, 'from'],
    ['a date that does not exist', () => 'from=2025-02-30&to=2025-03-01', 'from'],
    ['a bad format', () => `from=${today()}T10:00&to=${today()}`, 'from'],
    ['from after to', () => `from=${today()}&to=${daysAgo(1)}`, 'from'],
    ['more than a month', () => `from=${daysAgo(40)}&to=${today()}`, 'to'],
    ['older than six months', () => `from=${daysAgo(200)}&to=${daysAgo(190)}`, 'from'],
    ['an unknown time_type', () => 'time_type=duration', 'time_type'],
  ])('refuses %s', async (_name, query, field) => {
    const { status, body } = await get(main, `past_sessions?${query()}`)
    expect(status).toBe(400)
    expect(body).toMatchObject({ code: 300, errors: [{ field, message: expect.any(String) }] })
  })

  it('echoes the range as dates and filters by start or end time', async () => {
    const { customer, started } = await startSession(main)
    await endSession(customer)
    const query = `session_id=${started.sessionId}&from=${daysAgo(3)}&to=${today()}`
    for (const timeType of ['start_time', 'end_time']) {
      const { body } = await get(main, `past_sessions?${query}&time_type=${timeType}`)
      expect(body).toMatchObject({ from: daysAgo(3), to: today(), sessions: [{ session_id: started.sessionId }] })
    }
    const before = await get(main, `past_sessions?session_id=${started.sessionId}&from=${daysAgo(3)}&to=${daysAgo(2)}`)
    expect(before.body.sessions).toEqual([])
  })

  it('refuses session_type other than live or past', async () => {
    const { status, body } = await get(main, 'sessions/abc?session_type=ended')
    expect([status, body]).toMatchObject([400, { code: 300, errors: [{ field: 'session_type' }] }])
  })
})

describe('authorisation', () => {
  const now = () => Math.floor(main.now() / 1000)

  it.each<[string, () => string | null]>([
    ['no header', () => null],
    ['another scheme', () => `Basic ${Buffer.from('a:b').toString('base64')}`],
    ['a bearer that is not a JWT', () => 'Bearer nonsense'],
    [
      'an SDK token (SDK secret, not the API secret)',
      () => `Bearer ${signSdkToken({ ...sdkCredentials(main), role: 1 })}`,
    ],
    ['the wrong iss', () => `Bearer ${signApiToken({ ...API, apiKey: 'someone-else' })}`],
    ['the wrong secret', () => `Bearer ${signApiToken({ ...API, apiSecret: 'guess' })}`],
    ['an expired token', () => `Bearer ${signApiToken({ ...API, now: main.now(), expirationSeconds: -1 })}`],
    ['no exp', () => `Bearer ${signJwt({ alg: 'HS256' }, { iss: API.apiKey }, API.apiSecret)}`],
    ['alg none', () => `Bearer ${signJwt({ alg: 'none' }, { iss: API.apiKey, exp: now() + 60 }, API.apiSecret)}`],
    [
      'a string iat',
      () => `Bearer ${signJwt({ alg: 'HS256' }, { iss: API.apiKey, exp: now() + 60, iat: 'x' }, API.apiSecret)}`,
    ],
  ])('answers %s with 401', async (_name, authorization) => {
    for (const path of ['live_sessions', 'past_sessions', 'sessions/abc', 'sessions/abc/users']) {
      const { status, body } = await get(main, path, authorization())
      expect([path, status, body]).toEqual([path, 401, INVALID_TOKEN])
    }
  })

  it('accepts a token without iat, and a lowercase scheme', async () => {
    const token = signJwt({ alg: 'HS256', typ: 'JWT' }, { iss: API.apiKey, exp: now() + 60 }, API.apiSecret)
    expect((await get(main, 'live_sessions', `bearer ${token}`)).status).toBe(200)
  })

  it('refuses a token that expires once the clock passes exp', async () => {
    const emulator = await startTestEmulator({ rest: { rateLimit: false } })
    try {
      const token = `Bearer ${signApiToken({ ...API, now: emulator.now(), expirationSeconds: 60 })}`
      expect((await get(emulator, 'live_sessions', token)).status).toBe(200)
      emulator.advance(61_000)
      expect((await get(emulator, 'live_sessions', token)).body).toEqual(INVALID_TOKEN)
    } finally {
      await emulator.running.close()
    }
  })
})

describe('routing', () => {
  it('answers paths that are not endpoints with a JSON 404 and other methods with a JSON 405', async () => {
    const unknown = await get(main, 'meetings')
    expect([unknown.status, unknown.body]).toEqual([404, { code: 404, message: 'Not found: /v2/cobrowsesdk/meetings' }])
    for (const method of ['POST', 'DELETE', 'HEAD', 'OPTIONS']) {
      const response = await fetch(`${main.running.url}/v2/cobrowsesdk/live_sessions`, { method })
      expect([method, response.status, response.headers.get('allow')]).toEqual([method, 405, 'GET'])
      expect(response.headers.get('access-control-allow-origin')).toBeNull()
    }
  })
})

describe('rate limits', () => {
  it('answers 429 with Retry-After once a window is used up, per category, until the window turns', async () => {
    // A frozen clock at a known offset into its second and minute, so the windows cannot turn mid-test.
    let at = Date.UTC(2030, 0, 1, 12, 0, 20)
    const running = await startEmulator({
      port: 0,
      ...API,
      rest: { now: () => at, rateLimit: { lightPerSecond: 2, heavyPerMinute: 1 } },
    })
    const emulator: TestEmulator = { running, now: () => at }
    try {
      const first = await get(emulator, 'live_sessions')
      expect(first.headers.get('x-ratelimit-category')).toBe('Light')
      expect(first.headers.get('x-ratelimit-remaining')).toBe('1')
      expect((await get(emulator, 'sessions/abc')).status).toBe(404)
      const refused = await get(emulator, 'sessions/abc/users')
      expect(refused.status).toBe(429)
      expect(refused.body).toEqual({
        code: 429,
        message: 'You have reached the maximum per-second rate limit for this API. Try again later.',
      })
      expect(refused.headers.get('retry-after')).toBe('1')

      expect((await get(emulator, 'past_sessions')).status).toBe(200)
      const heavy = await get(emulator, 'past_sessions')
      expect(heavy.status).toBe(429)
      expect(heavy.headers.get('x-ratelimit-category')).toBe('Resource-intensive')
      expect(heavy.headers.get('retry-after')).toBe('40')

      at += 1000
      // Refused credentials are not counted: the next second still has both of its requests.
      for (let i = 0; i < 3; i++) expect((await get(emulator, 'live_sessions', null)).status).toBe(401)
      expect((await get(emulator, 'live_sessions')).status).toBe(200)
      expect((await get(emulator, 'live_sessions')).status).toBe(200)
      expect((await get(emulator, 'live_sessions')).status).toBe(429)
      expect((await get(emulator, 'past_sessions')).status).toBe(429)
      at += 40_000
      expect((await get(emulator, 'past_sessions')).status).toBe(200)
    } finally {
      await running.close()
    }
  })
})
