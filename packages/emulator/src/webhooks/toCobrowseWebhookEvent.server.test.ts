import { readFileSync } from 'node:fs'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { FIDELITY } from '../config/fidelity.js'
import { LEAVE_REASON } from '../sessions/leaveReason.js'
import type { SessionLifecycleEvent } from '../sessions/sessionLifecycle.js'
import { zoomTime } from '../sessions/zoomTime.js'
import type { CobrowseWebhookEvent } from './cobrowseWebhookEvent.js'
import { createTestSessions, type TestSessions } from './testSessions.js'
import { toCobrowseWebhookEvent, toEndReason } from './toCobrowseWebhookEvent.js'

// The vendored spec is the source of truth: read it as data, never through the server package.
const SPEC = JSON.parse(
  readFileSync(new URL('../../../server/specs/cobrowse-webhooks.openapi.json', import.meta.url), 'utf8'),
) as { webhooks: Record<string, { post: { requestBody: { content: { 'application/json': { schema: Schema } } } } }> }

interface Schema {
  type?: string
  format?: string
  required?: string[]
  properties?: Record<string, Schema>
  enum?: unknown[]
  additionalProperties?: boolean
}

const ZOOM_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/

/** The JSON Schema keywords the spec uses, checked strictly; returns one message per violation. */
function violations(schema: Schema, value: unknown, at = '$'): string[] {
  const type = Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value
  if (schema.type === 'integer' && !Number.isInteger(value)) return [`${at}: not an integer`]
  if (schema.type && schema.type !== 'integer' && schema.type !== type) return [`${at}: ${type}, not ${schema.type}`]
  if (schema.enum && !schema.enum.includes(value)) return [`${at}: ${JSON.stringify(value)} not in the enum`]
  if (schema.format === 'date-time' && !ZOOM_TIME.test(String(value))) return [`${at}: not a Zoom date-time`]
  if (schema.type !== 'object') return []
  const object = value as Record<string, unknown>
  const problems = (schema.required ?? []).filter((key) => !(key in object)).map((key) => `${at}.${key}: missing`)
  for (const [key, child] of Object.entries(object)) {
    const property = schema.properties?.[key]
    if (property) problems.push(...violations(property, child, `${at}.${key}`))
    else if (schema.additionalProperties === false) problems.push(`${at}.${key}: not allowed`)
  }
  return problems
}

function specViolations(event: CobrowseWebhookEvent): string[] {
  const hook = SPEC.webhooks[event.event]
  if (!hook) return [`${event.event}: not in the spec`]
  // A round trip through JSON checks what a receiver gets, not the object in memory.
  return violations(hook.post.requestBody.content['application/json'].schema, JSON.parse(JSON.stringify(event)))
}

let lifecycle: SessionLifecycleEvent[]
let sessions: TestSessions

beforeEach(() => {
  lifecycle = []
  sessions = createTestSessions((event) => lifecycle.push(event))
})
afterEach(() => {
  sessions.registry.close()
  vi.useRealTimers()
})

const webhooks = () => lifecycle.map((event) => toCobrowseWebhookEvent(event, 'acct-1'))

describe('toCobrowseWebhookEvent', () => {
  it('turns a whole session into the four events, each exactly as the spec defines it', () => {
    const { session, customer } = sessions.start('jwt-casey', 'https://shop.test/cart?step=2')
    const agent = sessions.join(session, 'jwt-avery')
    sessions.registry.agentLeft(session, agent, LEAVE_REASON.left)
    sessions.join(session, 'jwt-blake')
    sessions.registry.end(session, FIDELITY.endReasons.byCustomer, customer)

    const events = webhooks()
    expect(events.map((event) => event.event)).toEqual([
      'cobrowse.session_started',
      'cobrowse.session_user_joined',
      'cobrowse.session_user_joined',
      'cobrowse.session_user_left',
      'cobrowse.session_user_joined',
      'cobrowse.session_user_left',
      'cobrowse.session_user_left',
      'cobrowse.session_ended',
    ])
    for (const event of events) expect(specViolations(event)).toEqual([])

    const [casey, avery] = session.attendances
    expect(events[0]?.payload).toEqual({
      account_id: 'acct-1',
      object: {
        session_id: session.id,
        start_url: 'https://shop.test/cart?step=2',
        user_id: casey?.zoomUserId,
        user_name: 'Name of jwt-casey',
        role_type: 'customer',
        start_time: zoomTime(session.startedAt),
      },
    })
    expect(events[3]?.payload.object).toEqual({
      session_id: session.id,
      user_connection_id: avery?.connectionId,
      user_id: avery?.zoomUserId,
      user_name: 'Name of jwt-avery',
      role_type: 'agent',
      leave_time: zoomTime(avery?.leftAt ?? new Date(0)),
      leave_reason: 'Left the session',
    })
    expect(events.slice(5, 7).map((event) => event.payload.object)).toMatchObject([
      { role_type: 'customer', leave_reason: 'The session end' },
      { role_type: 'agent', leave_reason: 'The session end' },
    ])
    expect(events[7]?.payload.object).toEqual({
      session_id: session.id,
      session_pin: session.pin,
      user_id: casey?.zoomUserId,
      user_name: 'Name of jwt-casey',
      role_type: 'customer',
      start_time: zoomTime(session.startedAt),
      end_time: zoomTime(session.endedAt ?? new Date(0)),
      end_reason: 'The session ended',
    })
  })

  it("uses Zoom's per-session user id, never the JWT's, and one connection id per join", () => {
    const { session } = sessions.start('jwt-casey')
    const first = sessions.join(session, 'jwt-avery')
    sessions.registry.agentLeft(session, first, LEAVE_REASON.left)
    sessions.join(session, 'jwt-avery')

    const joins = webhooks().filter((event) => event.event === 'cobrowse.session_user_joined')
    const agentJoins = joins.map((event) => event.payload.object).filter((object) => object.role_type === 'agent')
    expect(agentJoins).toHaveLength(2)
    expect(agentJoins[0]?.user_id).not.toBe('jwt-avery')
    expect(agentJoins[1]?.user_id).toBe(agentJoins[0]?.user_id)
    expect(agentJoins[1]?.user_connection_id).not.toBe(agentJoins[0]?.user_connection_id)
  })

  it('names nobody on a session a timer ended, and reports the drop and the timeout', () => {
    vi.useFakeTimers()
    const { session, customer } = sessions.start()
    sessions.registry.customerDisconnected(session, customer)
    vi.advanceTimersByTime(1000)

    const events = webhooks()
    for (const event of events) expect(specViolations(event)).toEqual([])
    expect(events.at(-2)?.payload.object).toMatchObject({ leave_reason: 'Got disconnected from the session' })
    const ended = events.at(-1)?.payload.object
    expect(ended).toMatchObject({ end_reason: 'Network connection error' })
    expect(ended).not.toHaveProperty('user_id')
    expect(ended).not.toHaveProperty('role_type')
  })

  it('fails the schema check on a property the spec does not allow', () => {
    sessions.start()
    const [started] = webhooks()
    if (started?.event !== 'cobrowse.session_started') throw new Error('no session_started')
    const tampered = { ...started, payload: { ...started.payload, object: { ...started.payload.object, pin: '1' } } }
    expect(specViolations(tampered as CobrowseWebhookEvent)).toEqual(['$.payload.object.pin: not allowed'])
  })
})

describe('toEndReason', () => {
  it.each([
    [FIDELITY.endReasons.byCustomer, 'The session ended'],
    [FIDELITY.endReasons.byAgent, 'The session ended'],
    [FIDELITY.endReasons.notRecovered, 'Network connection error'],
    [FIDELITY.endReasons.agentWait, 'Network connection error'],
    ['something new', 'Unknown reason'],
    ['constructor', 'Unknown reason'],
  ])('maps %s to %s', (reason, expected) => {
    expect(toEndReason(reason)).toBe(expected)
  })
})

describe('zoomTime', () => {
  it('drops the milliseconds, like the spec examples', () => {
    expect(zoomTime(new Date(Date.UTC(2025, 3, 1, 12, 22, 26, 987)))).toBe('2025-04-01T12:22:26Z')
  })
})
