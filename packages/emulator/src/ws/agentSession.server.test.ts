import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { signSdkToken } from '../auth/signSdkToken.js'
import { FIDELITY } from '../config/fidelity.js'
import { type RunningEmulator, startEmulator } from '../startEmulator.js'
import { type AgentClient, joinMessage, openAgent, openCustomer, startMessage } from './protocolTestClient.js'

let emulator: RunningEmulator
let credentials: { sdkKey: string; sdkSecret: string }

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, timing: { recoveryWindowMs: 300, agentWaitMs: 500 } })
  credentials = { sdkKey: emulator.sdkKey, sdkSecret: emulator.sdkSecret }
})
afterAll(() => emulator.close())

const meta = (n: number) => ({
  type: 4,
  data: { href: `http://shop.test/${n}`, width: 800, height: 600 },
  timestamp: n,
})
const snapshot = (n: number) => ({
  type: 2,
  data: { node: { id: n }, initialOffset: { top: 0, left: 0 } },
  timestamp: n,
})
const mutation = (n: number) => ({ type: 3, data: { source: 0, texts: [], adds: [], removes: [] }, timestamp: n })

async function session() {
  const customer = await openCustomer(emulator.url)
  customer.send(startMessage(credentials))
  const started = await customer.next('started')
  return { customer, started }
}

async function joinedAgent(pin: string, user: { userId?: string; userName?: string } = {}) {
  const agent = await openAgent(emulator.url)
  agent.send({ ...joinMessage(credentials, pin), ...(user.userId ? { token: agentToken(user.userId) } : {}) })
  return { agent, joined: await agent.next('joined') }
}

function agentToken(userId: string): string {
  return signSdkToken({ ...credentials, role: 2, userId, userName: `Agent ${userId}` })
}

async function expectRefused(agent: AgentClient, code: number) {
  expect((await agent.next('error')).code).toBe(code)
  await agent.closed
}

async function readEvents(agent: AgentClient, count: number): Promise<unknown[]> {
  const events: unknown[] = []
  for (let i = 0; i < count; i++) events.push((await agent.next('rrweb')).event)
  return events
}

describe('agent join', () => {
  it('joins by PIN (any case) and the customer hears of it', async () => {
    const { customer, started } = await session()
    const agent = await openAgent(emulator.url)
    agent.send({ t: 'join', token: agentToken('agent-7'), pin: started.pin.toLowerCase() })
    const joined = await agent.next('joined')
    expect(joined).toMatchObject({
      sessionId: started.sessionId,
      pin: started.pin,
      agent: { userId: 'agent-7', userName: 'Agent agent-7' },
      customer: started.user,
      features: { remoteAssist: { enable: true } },
    })
    expect(await customer.next('agent-joined')).toEqual({ t: 'agent-joined', agent: joined.agent })
    expect(emulator.emulator.listSessions()).toContainEqual(
      expect.objectContaining({ id: started.sessionId, agents: [joined.agent] }),
    )
  })

  it('asks the customer for a snapshot when an agent joins before any was recorded', async () => {
    const { customer, started } = await session()
    await joinedAgent(started.pin)
    expect(await customer.next('snapshot-request')).toEqual({ t: 'snapshot-request' })
  })

  it('refuses a customer token (2001) and an unknown PIN (1006)', async () => {
    const { started } = await session()
    const wrongRole = await openAgent(emulator.url)
    wrongRole.send({ t: 'join', token: signSdkToken({ ...credentials, role: 1 }), pin: started.pin })
    await expectRefused(wrongRole, 2001)

    const unknown = await openAgent(emulator.url)
    unknown.send(joinMessage(credentials, 'ZZZZZZZ'))
    await expectRefused(unknown, 1006)
  })

  it(`takes at most ${FIDELITY.maxAgents} agents (1013)`, async () => {
    const { started } = await session()
    for (let i = 0; i < FIDELITY.maxAgents; i++) await joinedAgent(started.pin)
    const extra = await openAgent(emulator.url)
    extra.send(joinMessage(credentials, started.pin))
    await expectRefused(extra, 1013)
  })

  it('refuses a user already in the session (1015), agent or customer', async () => {
    const { started } = await session()
    await joinedAgent(started.pin, { userId: 'agent-dup' })
    const twice = await openAgent(emulator.url)
    twice.send({ t: 'join', token: agentToken('agent-dup'), pin: started.pin })
    await expectRefused(twice, 1015)
    const asCustomer = await openAgent(emulator.url)
    asCustomer.send({ t: 'join', token: agentToken(started.user.userId), pin: started.pin })
    await expectRefused(asCustomer, 1015)
  })

  it('refuses messages before join (1011) and a second join (1002)', async () => {
    const early = await openAgent(emulator.url)
    early.send({ t: 'scroll', x: 0, y: 10 })
    await expectRefused(early, 1011)

    const { started } = await session()
    const { agent } = await joinedAgent(started.pin)
    agent.send(joinMessage(credentials, started.pin))
    await expectRefused(agent, 1002)
  })
})

describe('rrweb relay', () => {
  it('relays every customer event to every agent untouched', async () => {
    const { customer, started } = await session()
    const { agent: first } = await joinedAgent(started.pin)
    const { agent: second } = await joinedAgent(started.pin)
    const events = [meta(1), snapshot(2), mutation(3)]
    for (const event of events) customer.send({ t: 'rrweb', event })
    expect(await readEvents(first, 3)).toEqual(events)
    expect(await readEvents(second, 3)).toEqual(events)
  })

  it('replays to a late agent everything since the last full snapshot, starting with its Meta', async () => {
    const { customer, started } = await session()
    const { agent: early } = await joinedAgent(started.pin)
    const events = [meta(1), snapshot(2), mutation(3), meta(4), snapshot(5), mutation(6), mutation(7)]
    for (const event of events) customer.send({ t: 'rrweb', event })
    await readEvents(early, events.length)

    const { agent: late } = await joinedAgent(started.pin)
    expect(await readEvents(late, 4)).toEqual([meta(4), snapshot(5), mutation(6), mutation(7)])
    customer.send({ t: 'rrweb', event: mutation(8) })
    expect(await readEvents(late, 1)).toEqual([mutation(8)])
    expect(customer.unread().filter((message) => message.t === 'snapshot-request')).toHaveLength(1)
  })

  it('asks for a new snapshot when the replay passes 2,000 events', async () => {
    const { customer, started } = await session()
    const { agent: early } = await joinedAgent(started.pin)
    await customer.next('snapshot-request')
    const events = [meta(0), snapshot(0), ...Array.from({ length: 1998 }, (_, i) => mutation(i + 1))]
    for (const event of events) customer.send({ t: 'rrweb', event })
    await readEvents(early, 2000)

    const { agent: late } = await joinedAgent(started.pin)
    expect(await readEvents(late, 2000)).toEqual(events)
    expect(customer.unread().map((message) => message.t)).toEqual(['agent-joined', 'agent-joined'])
    customer.send({ t: 'rrweb', event: mutation(1999) })
    expect(await customer.next('snapshot-request')).toEqual({ t: 'snapshot-request' })
    customer.send({ t: 'rrweb', event: mutation(2000) })
    customer.send({ t: 'rrweb', event: meta(2001) })
    customer.send({ t: 'rrweb', event: snapshot(2001) })
    await readEvents(late, 4)

    const { agent: afterSnapshot } = await joinedAgent(started.pin)
    expect(await readEvents(afterSnapshot, 2)).toEqual([meta(2001), snapshot(2001)])
    expect(customer.unread().filter((message) => message.t === 'snapshot-request')).toEqual([])
  })
})

describe('agents leaving', () => {
  it('tells the customer why an agent left', async () => {
    const { customer, started } = await session()
    const { agent: leaving, joined: left } = await joinedAgent(started.pin)
    const { agent: dropping, joined: dropped } = await joinedAgent(started.pin)
    leaving.send({ t: 'leave' })
    expect(await customer.next('agent-left')).toEqual({
      t: 'agent-left',
      agent: left.agent,
      reason: 'Left the session',
    })
    await leaving.closed
    dropping.close()
    expect(await customer.next('agent-left')).toEqual({
      t: 'agent-left',
      agent: dropped.agent,
      reason: 'Got disconnected from the session',
    })
  })
})

describe('agent wait', () => {
  it('ends the session when agents wait too long for an absent customer', async () => {
    const impatient = await startEmulator({ port: 0, timing: { recoveryWindowMs: 5000, agentWaitMs: 150 } })
    try {
      const customer = await openCustomer(impatient.url)
      customer.send(startMessage({ sdkKey: impatient.sdkKey, sdkSecret: impatient.sdkSecret }))
      const { pin } = await customer.next('started')
      const agent = await openAgent(impatient.url)
      agent.send(joinMessage({ sdkKey: impatient.sdkKey, sdkSecret: impatient.sdkSecret }, pin))
      await agent.next('joined')
      customer.close()
      await agent.next('customer-status')
      expect(await agent.next('ended')).toEqual({ t: 'ended', reason: FIDELITY.endReasons.agentWait })
      expect(impatient.emulator.listSessions()).toEqual([])
    } finally {
      await impatient.close()
    }
  })
})
