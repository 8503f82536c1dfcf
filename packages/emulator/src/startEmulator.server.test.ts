import { connect } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { WebSocket } from 'ws'
import { PATHS } from './protocol/paths.js'
import { type RunningEmulator, startEmulator } from './startEmulator.js'
import { openCustomer, startMessage } from './ws/protocolTestClient.js'

let running: RunningEmulator

beforeAll(async () => {
  running = await startEmulator({ port: 0, sdkKey: 'own-key', sdkSecret: 'own-secret' })
})
afterAll(() => running.close())

/** Sends raw bytes and resolves with the first line of whatever comes back. */
function rawExchange(port: number, request: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(request))
    let received = ''
    socket.on('data', (chunk) => {
      received += String(chunk)
    })
    socket.on('close', () => resolve(received.split('\r\n')[0] ?? ''))
    socket.on('error', reject)
    socket.setTimeout(2000, () => socket.destroy(new Error('no answer')))
  })
}

function upgradeStatus(path: string): Promise<number> {
  return new Promise((resolve) => {
    const socket = new WebSocket(`${running.url.replace('http', 'ws')}${path}`)
    socket.on('unexpected-response', (_req, res) => {
      resolve(res.statusCode ?? 0)
      socket.terminate()
    })
    socket.on('error', () => resolve(-1))
  })
}

describe('startEmulator', () => {
  it('listens on a free loopback port with the given credentials', async () => {
    expect(running.url).toBe(`http://127.0.0.1:${running.port}`)
    expect(running.port).toBeGreaterThan(0)
    const health = await fetch(`${running.url}${PATHS.health}`)
    expect(await health.json()).toEqual({ ok: true, sdkKey: 'own-key' })
    expect((await fetch(`${running.url}/elsewhere`)).status).toBe(404)
  })

  it('bundles the real browser entries: the customer SDK as a script, the agent SDK as a module', async () => {
    const script = await fetch(`${running.url}${PATHS.customerSdkPrefix}own-key/js/3.1.x`)
    expect(script.status).toBe(200)
    const code = await script.text()
    expect(code).toContain('ZoomCobrowseSDK')
    expect(code).not.toMatch(/^\s*(import|export)\b/m)
    const agentSdk = await fetch(`${running.url}${PATHS.agentSdkModule}`)
    expect(agentSdk.status).toBe(200)
    expect(await agentSdk.text()).toMatch(/export\s*\{[^}]*ZoomCobrowseAgentSDK/)
  })

  it('survives garbage and answers it with 400', async () => {
    expect(await rawExchange(running.port, 'NOT HTTP AT ALL\r\n\r\n')).toBe('HTTP/1.1 400 Bad Request')
    expect(
      await rawExchange(running.port, 'GET http://x:99999/% HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'),
    ).toMatch(/^HTTP\/1\.1 /)
    expect((await fetch(`${running.url}${PATHS.health}`)).status).toBe(200)
  })

  it('refuses upgrades off the socket path (404) or without a role (400)', async () => {
    expect(await upgradeStatus('/not-the-socket')).toBe(404)
    expect(await upgradeStatus(`${PATHS.socket}?role=spectator`)).toBe(400)
  })

  it('can leave the dev token endpoint out', async () => {
    const strict = await startEmulator({ port: 0, devTokenEndpoint: false })
    try {
      const response = await fetch(`${strict.url}${PATHS.devToken}`, { method: 'POST', body: '{"role":1}' })
      expect(response.status).toBe(404)
    } finally {
      await strict.close()
    }
  })

  it('closes live sockets on close()', async () => {
    const own = await startEmulator({ port: 0, timing: { recoveryWindowMs: 60_000, agentWaitMs: 60_000 } })
    const customer = await openCustomer(own.url)
    customer.send(startMessage({ sdkKey: own.sdkKey, sdkSecret: own.sdkSecret }))
    await customer.next('started')
    expect(own.emulator.listSessions()).toHaveLength(1)
    await own.close()
    await customer.closed
    expect(own.emulator.listSessions()).toEqual([])
  })
})
