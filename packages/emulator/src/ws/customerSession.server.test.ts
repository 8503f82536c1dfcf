import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { signJwt } from '../auth/signJwt.js'
import { FIDELITY } from '../config/fidelity.js'
import { PATHS } from '../protocol/paths.js'
import { type RunningEmulator, startEmulator } from '../startEmulator.js'
import { allFeatures, joinMessage, openAgent, openCustomer, startMessage } from './protocolTestClient.js'

let emulator: RunningEmulator
let credentials: { sdkKey: string; sdkSecret: string }
const logs: string[] = []

beforeAll(async () => {
  emulator = await startEmulator({
    port: 0,
    timing: { recoveryWindowMs: 300, agentWaitMs: 500 },
    log: (line) => logs.push(line),
  })
  credentials = { sdkKey: emulator.sdkKey, sdkSecret: emulator.sdkSecret }
})
afterAll(() => emulator.close())

async function startedCustomer(overrides: Parameters<typeof startMessage>[1] = {}) {
  const customer = await openCustomer(emulator.url)
  customer.send(startMessage(credentials, overrides))
  return { customer, started: await customer.next('started') }
}

async function expectRefused(
  client: { next: (t: 'error') => Promise<{ code: number }>; closed: Promise<number> },
  code: number,
) {
  expect((await client.next('error')).code).toBe(code)
  await client.closed
}

describe('customer start', () => {
  it('starts a session with a 6-digit PIN, a resume key and the token’s user', async () => {
    const { started } = await startedCustomer()
    expect(started.pin).toMatch(/^\d{6}$/)
    expect(started.resumeKey.length).toBeGreaterThanOrEqual(24)
    expect(started.user).toEqual({ userId: 'customer-1', userName: 'Casey' })
    expect(emulator.emulator.listSessions()).toContainEqual(
      expect.objectContaining({ id: started.sessionId, pin: started.pin, customerConnected: true, agents: [] }),
    )
  })

  it('refuses a bad token with 2001 and closes the socket', async () => {
    const customer = await openCustomer(emulator.url)
    customer.send(
      startMessage(credentials, { token: signJwt({ alg: 'HS256' }, { role_type: '1' }, credentials.sdkSecret) }),
    )
    await expectRefused(customer, 2001)
  })

  it('refuses an agent token for a customer start with 2001', async () => {
    const customer = await openCustomer(emulator.url)
    customer.send(startMessage(credentials, { token: joinMessage(credentials, 'x').token }))
    expect((await customer.next('error')).message).toMatch(/role_type must be 1/)
  })

  it('refuses a second start on the same socket with 1002', async () => {
    const { customer } = await startedCustomer()
    customer.send(startMessage(credentials))
    await expectRefused(customer, 1002)
  })

  it('allows one live session per browser and site (1004), even with multi-tab persistence', async () => {
    for (const multiTabSessionPersistence of [false, true]) {
      const features = allFeatures({ multiTabSessionPersistence })
      const { started } = await startedCustomer({ browserId: `browser-${multiTabSessionPersistence}`, features })
      const other = await openCustomer(emulator.url)
      other.send(startMessage(credentials, { browserId: `browser-${multiTabSessionPersistence}`, features }))
      await expectRefused(other, 1004)
      expect(started.pin).toBeTruthy()
    }
    const sameBrowserOtherSite = await openCustomer(emulator.url)
    sameBrowserOtherSite.send(startMessage(credentials, { browserId: 'browser-true', site: 'http://other.test' }))
    await sameBrowserOtherSite.next('started')
  })

  it('applies the BYOP PIN rules: required (1009), format (1008), upper-cased, unique (1010)', async () => {
    const byop = (customPinCode?: string) => {
      const token = startMessage({ ...credentials, enableByop: true }).token
      return startMessage(credentials, { token, ...(customPinCode === undefined ? {} : { customPinCode }) })
    }
    const missing = await openCustomer(emulator.url)
    missing.send(byop())
    await expectRefused(missing, 1009)

    for (const bad of ['ABCDEFGHIJK', 'AB-12', 'pin 1']) {
      const invalid = await openCustomer(emulator.url)
      invalid.send(byop(bad))
      await expectRefused(invalid, 1008)
    }

    const first = await openCustomer(emulator.url)
    first.send(byop('team42x'))
    expect((await first.next('started')).pin).toBe('TEAM42X')

    const conflict = await openCustomer(emulator.url)
    conflict.send(byop('TEAM42x'))
    await expectRefused(conflict, 1010)
  })

  it('ignores customPinCode without BYOP and generates the PIN', async () => {
    const { started } = await startedCustomer({ customPinCode: 'MYPIN' })
    expect(started.pin).toMatch(/^\d{6}$/)
  })

  it('answers 1011 to session messages before start, and ignores junk', async () => {
    const junk = await openCustomer(emulator.url)
    junk.sendRaw('{not json')
    junk.sendRaw(JSON.stringify({ t: 'teleport' }))
    junk.sendRaw(JSON.stringify([1, 2]))
    junk.send(startMessage(credentials))
    await junk.next('started')
    expect(logs.some((line) => line.includes('malformed'))).toBe(true)
    expect(logs.some((line) => line.includes('"teleport"'))).toBe(true)

    const early = await openCustomer(emulator.url)
    early.send({ t: 'rrweb', event: { type: 3 } })
    await expectRefused(early, 1011)
  })
})

describe('customer end', () => {
  it('tells everyone the session ended and frees the PIN', async () => {
    const token = startMessage({ ...credentials, enableByop: true }).token
    const { customer, started } = await startedCustomer({ token, customPinCode: 'REUSE1' })
    const agent = await openAgent(emulator.url)
    agent.send(joinMessage(credentials, 'reuse1'))
    await agent.next('joined')
    customer.send({ t: 'end' })
    expect(await customer.next('ended')).toEqual({ t: 'ended', reason: FIDELITY.endReasons.byCustomer })
    expect(await agent.next('ended')).toEqual({ t: 'ended', reason: FIDELITY.endReasons.byCustomer })
    await Promise.all([customer.closed, agent.closed])
    expect(emulator.emulator.listSessions().map((session) => session.id)).not.toContain(started.sessionId)

    const late = await openAgent(emulator.url)
    late.send(joinMessage(credentials, 'REUSE1'))
    await expectRefused(late, 1006)
    const again = await startedCustomer({ token, customPinCode: 'REUSE1' })
    expect(again.started.pin).toBe('REUSE1')
  })
})

describe('recovery after the customer page went away', () => {
  async function recoveryStatus(sessionId: string, resumeKey: string) {
    const query = new URLSearchParams({ sessionId, resumeKey })
    return (await fetch(`${emulator.url}${PATHS.recoveryStatus}?${query}`)).json()
  }

  it('marks agents reconnecting, lets the page resume within the window, and ends after it', async () => {
    const { customer, started } = await startedCustomer()
    const agent = await openAgent(emulator.url)
    agent.send(joinMessage(credentials, started.pin))
    const { agent: agentUser } = await agent.next('joined')
    await customer.next('agent-joined')

    customer.close()
    expect(await agent.next('customer-status')).toEqual({ t: 'customer-status', status: 'reconnecting' })
    expect(await recoveryStatus(started.sessionId, started.resumeKey)).toEqual({ recoverable: true, pin: started.pin })
    expect(await recoveryStatus(started.sessionId, 'wrong')).toEqual({ recoverable: false })

    const reloaded = await openCustomer(emulator.url)
    const { sessionId, resumeKey } = started
    reloaded.send({
      t: 'resume',
      sessionId,
      resumeKey,
      browserId: 'b',
      site: 'http://shop.test',
      url: 'http://shop.test/',
    })
    expect(await reloaded.next('resumed')).toEqual({ ...started, t: 'resumed', agents: [agentUser] })
    expect(await agent.next('customer-status')).toEqual({ t: 'customer-status', status: 'connected' })

    reloaded.close()
    await agent.next('customer-status')
    const started2 = Date.now()
    expect(await agent.next('ended')).toEqual({ t: 'ended', reason: FIDELITY.endReasons.notRecovered })
    expect(Date.now() - started2).toBeGreaterThanOrEqual(250)
    expect(await recoveryStatus(started.sessionId, started.resumeKey)).toEqual({ recoverable: false })

    const tooLate = await openCustomer(emulator.url)
    tooLate.send({ t: 'resume', sessionId, resumeKey, browserId: 'b', site: 'http://shop.test', url: '' })
    await expectRefused(tooLate, 1011)
  })

  it('refuses to resume with a wrong key (1011) or while the customer is connected without multi-tab (1012)', async () => {
    const { started } = await startedCustomer()
    const wrongKey = await openCustomer(emulator.url)
    wrongKey.send({ t: 'resume', sessionId: started.sessionId, resumeKey: 'nope', browserId: 'b', site: 's', url: '' })
    await expectRefused(wrongKey, 1011)

    const secondTab = await openCustomer(emulator.url)
    const { sessionId, resumeKey } = started
    secondTab.send({ t: 'resume', sessionId, resumeKey, browserId: 'b', site: 's', url: '' })
    await expectRefused(secondTab, 1012)
  })

  it('moves a multi-tab session to the tab that resumes it', async () => {
    const { customer, started } = await startedCustomer({ features: allFeatures({ multiTabSessionPersistence: true }) })
    const agent = await openAgent(emulator.url)
    agent.send(joinMessage(credentials, started.pin))
    await agent.next('joined')

    const newTab = await openCustomer(emulator.url)
    const { sessionId, resumeKey } = started
    newTab.send({
      t: 'resume',
      sessionId,
      resumeKey,
      browserId: 'b',
      site: 'http://shop.test',
      url: 'http://shop.test/b',
    })
    expect((await newTab.next('resumed')).pin).toBe(started.pin)
    expect(await customer.next('ended')).toEqual({ t: 'ended', reason: 'moved_to_another_tab' })
    await customer.closed

    // The old tab's closing is not a drop: the session stays live and agents are not told to wait.
    newTab.send({ t: 'rrweb', event: { type: 3, data: { source: 2 } } })
    expect((await agent.next('rrweb')).event).toEqual({ type: 3, data: { source: 2 } })
    expect(
      agent.unread().filter((message) => message.t === 'customer-status' && message.status === 'reconnecting'),
    ).toEqual([])
    expect(emulator.emulator.listSessions()).toContainEqual(
      expect.objectContaining({ id: sessionId, customerConnected: true }),
    )
  })
})
