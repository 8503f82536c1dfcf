import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { describe, expect, it } from 'vitest'
import { createEmulator } from './createEmulator.js'
import { RestOptionsError } from './rest/restOptionsError.js'
import { signApiToken } from './rest/signApiToken.js'
import { startEmulator } from './startEmulator.js'
import { TEST_SESSION_EVENTS } from './webhooks/testSessions.js'
import { WebhookOptionsError } from './webhooks/webhookOptionsError.js'
import { joinMessage, openAgent, openCustomer, startMessage } from './ws/protocolTestClient.js'

describe('createEmulator', () => {
  it('feeds webhooks and the REST history from one lifecycle: a receiver finds an ended session', async () => {
    const events: string[] = []
    // The receiver asks the REST API about each ended session as it hears of it, as a real backend might.
    const pastStatuses: number[] = []
    let rest: (path: string) => Promise<Response> = () => Promise.reject(new Error('not started'))
    const receiver = createServer((req, res) => {
      let body = ''
      req.on('data', (chunk) => {
        body += String(chunk)
      })
      req.on('end', async () => {
        const { event, payload } = JSON.parse(body) as { event: string; payload: { object: { session_id: string } } }
        events.push(event)
        if (event === 'cobrowse.session_ended') {
          pastStatuses.push((await rest(`sessions/${payload.object.session_id}?session_type=past`)).status)
        }
        res.writeHead(204).end()
      })
    })
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve))
    const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`
    const running = await startEmulator({
      port: 0,
      rest: { rateLimit: false },
      webhooks: { urls: [url], secretToken: 'shh', validateUrls: false, retryDelaysMs: [] },
    })
    const { apiKey, apiSecret } = running.emulator
    rest = (path) =>
      fetch(`${running.url}/v2/cobrowsesdk/${path}`, {
        headers: { Authorization: `Bearer ${signApiToken({ apiKey, apiSecret })}` },
      })
    try {
      const credentials = { sdkKey: running.sdkKey, sdkSecret: running.sdkSecret }
      const customer = await openCustomer(running.url)
      customer.send(startMessage(credentials))
      const { pin } = await customer.next('started')
      const agent = await openAgent(running.url)
      agent.send(joinMessage(credentials, pin))
      await agent.next('joined')
      customer.send({ t: 'end' })
      await customer.closed
      await running.emulator.webhooksIdle()
      expect(events).toEqual(TEST_SESSION_EVENTS)
      expect(pastStatuses).toEqual([200])
    } finally {
      await running.close()
      receiver.closeAllConnections()
      await new Promise((resolve) => receiver.close(resolve))
    }
  })

  it('has nothing to wait for without webhooks, and separate dev credentials for REST', async () => {
    const emulator = createEmulator()
    await expect(emulator.webhooksIdle()).resolves.toBeUndefined()
    expect(emulator.apiKey).not.toBe(emulator.sdkKey)
    expect(emulator.apiSecret).not.toBe(emulator.sdkSecret)
    await emulator.close()
  })

  it.each([
    [{ rest: { rateLimit: { lightPerSecond: 0 } } }, 'invalid_rate_limit'],
    [{ rest: { rateLimit: { heavyPerMinute: 1.5 } } }, 'invalid_rate_limit'],
    [{ rest: { pageTokenTtlMs: -1 } }, 'invalid_page_token_ttl'],
    [{ rest: { historyLimit: Number.NaN } }, 'invalid_history_limit'],
    [{ apiSecret: '' }, 'invalid_api_credentials'],
  ])('refuses %j with RestOptionsError %s', (options, code) => {
    expect(() => createEmulator(options)).toThrow(expect.objectContaining({ name: 'RestOptionsError', code }))
    expect(() => createEmulator(options)).toThrow(RestOptionsError)
  })

  it('refuses webhook options that cannot work before anything starts', () => {
    expect(() => createEmulator({ webhooks: { urls: ['nope'], secretToken: 'shh' } })).toThrow(WebhookOptionsError)
  })
})
