import { afterEach, describe, expect, it, vi } from 'vitest'
import { CUSTOMER_EVENT_NAMES, type CustomerEventName } from '../sdk/customerEvents.js'
import type { CustomerSession } from '../sdk/customerSession.js'
import { createFakeCustomerSdk, type FakeCustomerSdk, type FakeCustomerSdkOptions } from './createFakeCustomerSdk.js'
import { steps } from './steps.js'

type Recorded = [CustomerEventName, unknown]

// A fake whose session is initialised (no start), with every event recorded in order.
async function scripted(
  options: FakeCustomerSdkOptions = {},
): Promise<{ fake: FakeCustomerSdk; session: CustomerSession; events: Recorded[] }> {
  const fake = createFakeCustomerSdk(options)
  const session = await new Promise<CustomerSession | undefined>((resolve) =>
    fake.sdk.init({}, (result) => resolve(result.session)),
  )
  if (!session) throw new Error('init gave no session')
  const events: Recorded[] = []
  for (const name of CUSTOMER_EVENT_NAMES) session.on(name, (payload) => events.push([name, payload]))
  return { fake, session, events }
}

async function settle(): Promise<void> {
  for (let i = 0; i < 20; i += 1) await Promise.resolve()
}

afterEach(() => {
  vi.useRealTimers()
})

describe('timeline steps of the fake customer SDK', () => {
  it('session-started makes the session live', async () => {
    const { fake, session, events } = await scripted()
    await fake.play([steps.sessionStarted()])
    expect(events).toEqual([['session_started', {}]])
    expect(session.getSessionInfo()).toEqual({ sessionStatus: 'in_session' })
  })

  it('pin-issued sends the given PIN, then keeps the current one by default', async () => {
    const { fake, events } = await scripted()
    await fake.play([steps.pin('123456'), steps.pin()])
    expect(events).toEqual([
      ['pincode_updated', { pinCode: '123456', pincode: '123456' }],
      ['pincode_updated', { pinCode: '123456', pincode: '123456' }],
    ])
    expect(fake.pin).toBe('123456')
  })

  it('pin-issued without any PIN yet invents a 6-digit one', async () => {
    const { fake, events } = await scripted()
    await fake.play([{ type: 'pin-issued' }])
    expect(fake.pin).toMatch(/^\d{6}$/)
    expect(events).toEqual([['pincode_updated', { pinCode: fake.pin, pincode: fake.pin }]])
  })

  it('agent-joined numbers default agents and fills what is missing', async () => {
    const { fake, events } = await scripted()
    await fake.play([
      steps.agentJoined(),
      steps.agentJoined('Ana'),
      steps.agentJoined({ userId: 'x9', userName: 'Xi' }),
    ])
    expect(events).toEqual([
      ['agent_joined', { userId: 'agent-1', userName: 'Agent 1' }],
      ['agent_joined', { userId: 'agent-2', userName: 'Ana' }],
      ['agent_joined', { userId: 'x9', userName: 'Xi' }],
    ])
    expect(fake.agents).toEqual([
      { userId: 'agent-1', userName: 'Agent 1' },
      { userId: 'agent-2', userName: 'Ana' },
      { userId: 'x9', userName: 'Xi' },
    ])
  })

  it('agent-left removes the named agent, or the most recent one by default', async () => {
    const { fake, events } = await scripted()
    await fake.play([steps.agentJoined('Ana'), steps.agentJoined('Bo'), steps.agentJoined('Cy')])
    events.length = 0
    await fake.play([steps.agentLeft('Ana'), steps.agentLeft(), steps.agentLeft({ userId: 'agent-2' })])
    expect(events).toEqual([
      ['agent_left', { userId: 'agent-1', userName: 'Ana' }],
      ['agent_left', { userId: 'agent-3', userName: 'Cy' }],
      ['agent_left', { userId: 'agent-2', userName: 'Bo' }],
    ])
    expect(fake.agents).toEqual([])
  })

  it('agent-left with nobody present still emits, with what the step gave', async () => {
    const { fake, events } = await scripted()
    await fake.play([steps.agentLeft(), steps.agentLeft({ userId: 'ghost' })])
    expect(events).toEqual([
      ['agent_left', {}],
      ['agent_left', { userId: 'ghost' }],
    ])
  })

  it('remote-assist steps default to scroll_page', async () => {
    const { fake, events } = await scripted()
    await fake.play([
      steps.remoteAssistRequested(),
      steps.remoteAssistStarted('edit_form'),
      { type: 'remote-assist-stopped' },
    ])
    expect(events).toEqual([
      ['remote_assist_requested', { remoteAssistType: 'scroll_page' }],
      ['remote_assist_started', { remoteAssistType: 'edit_form' }],
      ['remote_assist_stopped', { remoteAssistType: 'scroll_page' }],
    ])
  })

  it('network-dropped reconnects, network-restored starts the session again', async () => {
    const { fake, session, events } = await scripted()
    await fake.play([steps.networkDropped(), steps.networkRestored()])
    expect(events).toEqual([
      ['session_reconnecting', {}],
      ['session_started', {}],
    ])
    expect(session.getSessionInfo()).toEqual({ sessionStatus: 'in_session' })
  })

  it('error emits session_error with the code and the message only when given', async () => {
    const { fake, events } = await scripted()
    await fake.play([steps.error(1016), steps.error(1001, 'no credits')])
    expect(events).toEqual([
      ['session_error', { code: 1016 }],
      ['session_error', { code: 1001, errorMsg: 'no credits' }],
    ])
  })

  it('session-ended ends the session and clears the agents', async () => {
    const { fake, session, events } = await scripted()
    await fake.play([steps.sessionStarted(), steps.agentJoined(), steps.sessionEnded('agent_ended')])
    expect(events.at(-1)).toEqual(['session_ended', { reason: 'agent_ended' }])
    expect(fake.agents).toEqual([])
    expect(session.getSessionInfo()).toEqual({ sessionStatus: 'idle' })
    await fake.play([steps.sessionEnded()])
    expect(events.at(-1)).toEqual(['session_ended', {}])
  })

  it('wait holds the script until fake timers advance', async () => {
    vi.useFakeTimers()
    const { fake, events } = await scripted()
    let done = false
    void fake.play([steps.agentJoined(), steps.wait(5000), steps.agentLeft()]).then(() => {
      done = true
    })
    await vi.advanceTimersByTimeAsync(4999)
    expect(events.map(([name]) => name)).toEqual(['agent_joined'])
    expect(done).toBe(false)
    await vi.advanceTimersByTimeAsync(1)
    expect(events.map(([name]) => name)).toEqual(['agent_joined', 'agent_left'])
    expect(done).toBe(true)
  })

  it('stepDelayMs waits before every step', async () => {
    vi.useFakeTimers()
    const { fake, events } = await scripted({ stepDelayMs: 100 })
    void fake.play([steps.agentJoined(), steps.agentJoined()])
    await vi.advanceTimersByTimeAsync(99)
    expect(events).toHaveLength(0)
    await vi.advanceTimersByTimeAsync(1)
    expect(events).toHaveLength(1)
    await vi.advanceTimersByTimeAsync(100)
    expect(events).toHaveLength(2)
  })

  it('never emits synchronously, and plays scripts one after another', async () => {
    vi.useFakeTimers()
    const { fake, session, events } = await scripted({ onStart: [steps.sessionStarted(), steps.wait(50), steps.pin()] })
    session.start({ sdkToken: 'a.b.c', customPinCode: 'shop42' })
    const played = fake.play([steps.agentJoined('Ana')])
    expect(events).toEqual([])
    await settle()
    expect(events.map(([name]) => name)).toEqual(['session_started'])
    await vi.advanceTimersByTimeAsync(50)
    await played
    expect(events.map(([name]) => name)).toEqual(['session_started', 'pincode_updated', 'agent_joined'])
    expect(fake.pin).toBe('SHOP42')
  })
})
