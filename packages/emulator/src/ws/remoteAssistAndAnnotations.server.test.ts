import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { AnnotationMark, SessionFeatures } from '../protocol/messages.js'
import { type RunningEmulator, startEmulator } from '../startEmulator.js'
import { allFeatures, joinMessage, openAgent, openCustomer, startMessage } from './protocolTestClient.js'

let emulator: RunningEmulator
let credentials: { sdkKey: string; sdkSecret: string }

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, timing: { recoveryWindowMs: 300, agentWaitMs: 500 } })
  credentials = { sdkKey: emulator.sdkKey, sdkSecret: emulator.sdkSecret }
})
afterAll(() => emulator.close())

/** A session with two agents; every message the join produced for the customer is already read. */
async function sessionWith(features: SessionFeatures) {
  const customer = await openCustomer(emulator.url)
  customer.send(startMessage(credentials, { features }))
  const { pin } = await customer.next('started')
  const agents = []
  for (let i = 0; i < 2; i++) {
    const agent = await openAgent(emulator.url)
    agent.send(joinMessage(credentials, pin))
    agents.push({ client: agent, user: (await agent.next('joined')).agent })
    await customer.next('snapshot-request')
    await customer.next('agent-joined')
  }
  const [first, second] = agents
  if (!first || !second) throw new Error('agents missing')
  return { customer, first, second }
}

const stroke: AnnotationMark = {
  kind: 'stroke',
  id: 'm1',
  tool: 'pen',
  color: '#f00',
  points: [
    [1, 2],
    [3, 4],
  ],
}

describe('remote assist', () => {
  it('asks the customer, starts on accept, forwards scrolls, and stops from either side', async () => {
    const { customer, first, second } = await sessionWith(allFeatures())
    first.client.send({ t: 'scroll', x: 0, y: 50 })
    first.client.send({ t: 'remote-assist', action: 'request' })
    expect(await customer.next('remote-assist-request')).toEqual({
      t: 'remote-assist-request',
      agent: first.user,
      remoteAssistType: 'scroll_page',
    })
    // The scroll sent before remote assist started was dropped: the request is the first thing the customer got.
    expect(customer.unread()).toEqual([])
    expect(await second.client.next('remote-assist')).toEqual({ t: 'remote-assist', status: 'requested' })

    customer.send({ t: 'remote-assist', action: 'accept' })
    expect(await first.client.next('remote-assist')).toEqual({ t: 'remote-assist', status: 'requested' })
    expect(await first.client.next('remote-assist')).toEqual({ t: 'remote-assist', status: 'started' })
    expect(await second.client.next('remote-assist')).toEqual({ t: 'remote-assist', status: 'started' })

    first.client.send({ t: 'scroll', x: 10, y: 400 })
    expect(await customer.next('scroll')).toEqual({ t: 'scroll', x: 10, y: 400 })

    first.client.send({ t: 'remote-assist', action: 'stop' })
    expect(await customer.next('remote-assist-stopped')).toEqual({ t: 'remote-assist-stopped', by: 'agent' })
    expect(await second.client.next('remote-assist')).toEqual({ t: 'remote-assist', status: 'stopped' })

    second.client.send({ t: 'remote-assist', action: 'request' })
    await customer.next('remote-assist-request')
    customer.send({ t: 'remote-assist', action: 'accept' })
    await second.client.next('remote-assist')
    customer.send({ t: 'remote-assist', action: 'stop' })
    expect(await customer.next('remote-assist-stopped')).toEqual({ t: 'remote-assist-stopped', by: 'customer' })
    const statuses = async () => (await first.client.next('remote-assist')).status
    expect([await statuses(), await statuses(), await statuses(), await statuses()]).toEqual([
      'stopped',
      'requested',
      'started',
      'stopped',
    ])
  })

  it('tells agents when the customer declines', async () => {
    const { customer, first } = await sessionWith(allFeatures())
    first.client.send({ t: 'remote-assist', action: 'request' })
    await customer.next('remote-assist-request')
    customer.send({ t: 'remote-assist', action: 'decline' })
    await first.client.next('remote-assist')
    expect(await first.client.next('remote-assist')).toEqual({ t: 'remote-assist', status: 'declined' })
  })

  it('declines at once when the customer page did not enable remote assist', async () => {
    const features = allFeatures({
      remoteAssist: { enable: false, enableCustomerConsent: true, remoteAssistTypes: [] },
    })
    const { customer, first } = await sessionWith(features)
    first.client.send({ t: 'remote-assist', action: 'request' })
    expect(await first.client.next('remote-assist')).toEqual({ t: 'remote-assist', status: 'declined' })
    first.client.send({ t: 'leave' })
    await customer.next('agent-left')
    expect(customer.unread()).toEqual([])
  })
})

describe('annotations', () => {
  it('relays marks both ways when the page allows them', async () => {
    const { customer, first, second } = await sessionWith(allFeatures())
    first.client.send({ t: 'annotation', mark: stroke })
    expect(await customer.next('annotation')).toEqual({ t: 'annotation', mark: stroke, by: first.user })
    expect(await second.client.next('annotation')).toEqual({ t: 'annotation', mark: stroke, by: first.user })

    customer.send({ t: 'annotation', mark: { kind: 'clear' } })
    const expected = { t: 'annotation', mark: { kind: 'clear' }, by: { userId: 'customer-1', userName: 'Casey' } }
    expect(await first.client.next('annotation')).toEqual(expected)
    expect(await second.client.next('annotation')).toEqual(expected)
    // The author does not get its own mark back.
    expect(first.client.unread()).toEqual([])
  })

  it('drops agent marks unless allowAgentAnnotation, customer marks unless allowCustomerAnnotation', async () => {
    const { customer, first, second } = await sessionWith(
      allFeatures({ allowAgentAnnotation: false, allowCustomerAnnotation: false }),
    )
    first.client.send({ t: 'annotation', mark: stroke })
    first.client.send({ t: 'leave' })
    await customer.next('agent-left')
    expect(customer.unread()).toEqual([])

    customer.send({ t: 'annotation', mark: { kind: 'undo' } })
    customer.send({ t: 'rrweb', event: { type: 3, data: {} } })
    await second.client.next('rrweb')
    expect(second.client.unread()).toEqual([])
  })

  it('drops malformed marks', async () => {
    const { customer, first } = await sessionWith(allFeatures())
    customer.send({
      t: 'annotation',
      mark: { kind: 'stroke', id: 'x', tool: 'laser', color: 'red', points: [] },
    } as never)
    customer.send({ t: 'rrweb', event: { type: 3, data: {} } })
    await first.client.next('rrweb')
    expect(first.client.unread()).toEqual([])
  })
})
