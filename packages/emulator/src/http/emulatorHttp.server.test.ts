import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { signSdkToken } from '../auth/signSdkToken.js'
import { verifySdkToken } from '../auth/verifySdkToken.js'
import { renderAgentViewerPage } from '../pages/agentViewerPage.js'
import { renderDeskPage } from '../pages/deskPage.js'
import { PATHS } from '../protocol/paths.js'
import { createRestApi } from '../rest/createRestApi.js'
import { resolveRestOptions } from '../rest/resolveRestOptions.js'
import { SessionHistory } from '../rest/sessionHistory.js'
import { SessionRegistry } from '../sessions/sessionRegistry.js'
import type { BundleName } from './bundles.js'
import { createRequestHandler } from './createRequestHandler.js'

vi.mock('../pages/deskPage.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../pages/deskPage.js')>()
  return { renderDeskPage: vi.fn(real.renderDeskPage) }
})
vi.mock('../pages/agentViewerPage.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../pages/agentViewerPage.js')>()
  return { renderAgentViewerPage: vi.fn(real.renderAgentViewerPage) }
})

const sdkKey = 'http-test-key'
const sdkSecret = 'http-test-secret'
const logs: string[] = []
// Bundling is tested on its own (bundles.server.test.ts); here each bundle is a marker so routing is what is tested.
const bundles = {
  get: async (name: BundleName) => {
    if (name === 'viewer') throw new Error('Could not resolve "./missing.js"')
    return `/* bundle:${name} */`
  },
}

let server: Server
let origin: string

beforeAll(async () => {
  const registry = new SessionRegistry({ timing: { recoveryWindowMs: 1000, agentWaitMs: 1000 }, log: () => {} })
  const handle = createRequestHandler({
    registry,
    bundles,
    sdkKey,
    sdkSecret,
    devTokenEndpoint: true,
    restApi: createRestApi({
      settings: resolveRestOptions({}),
      live: () => registry.live(),
      history: new SessionHistory(10),
      log: () => {},
    }),
    log: (line) => logs.push(line),
  })
  server = createServer((req, res) => {
    if (!handle(req, res)) res.writeHead(418).end('not the emulator’s')
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(async () => {
  server.closeAllConnections()
  await new Promise((resolve) => server.close(resolve))
})
beforeEach(() => {
  vi.mocked(renderDeskPage).mockClear()
})

const get = (path: string, init?: RequestInit) => fetch(`${origin}${path}`, init)
const postToken = (body: unknown) =>
  get(PATHS.devToken, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  })

describe('customer SDK script', () => {
  it.each(['', '/2.13.2', '/3.1.x'])('serves the bundle for the SDK key (version %j)', async (version) => {
    const response = await get(`${PATHS.customerSdkPrefix}${sdkKey}/js${version}`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/javascript; charset=utf-8')
    expect(response.headers.get('access-control-allow-origin')).toBe('*')
    expect(response.headers.get('cache-control')).toBe('no-store')
    expect(await response.text()).toBe('/* bundle:customerSdk */')
  })

  it.each([
    ['an unknown key', '/static/resource/sdk/other-key/js'],
    ['a bad version', `/static/resource/sdk/${sdkKey}/js/latest`],
    ['a two-part version', `/static/resource/sdk/${sdkKey}/js/2.13`],
    ['a trailing slash', `/static/resource/sdk/${sdkKey}/js/`],
    ['a malformed escape', '/static/resource/sdk/%E0%A4%A/js'],
    ['no /js', `/static/resource/sdk/${sdkKey}`],
  ])('answers 404 with a JS comment for %s', async (_case, path) => {
    const response = await get(path)
    expect(response.status).toBe(404)
    expect(response.headers.get('content-type')).toBe('application/javascript; charset=utf-8')
    expect(await response.text()).toMatch(/^\/\* .+ \*\/\n$/)
  })
})

describe('browser bundles and stylesheet', () => {
  it.each([
    [PATHS.agentSdkModule, 'agentSdk'],
    [PATHS.deskScript, 'desk'],
  ])('serves %s as JavaScript', async (path, name) => {
    const response = await get(path)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/javascript; charset=utf-8')
    expect(response.headers.get('access-control-allow-origin')).toBe('*')
    expect(await response.text()).toBe(`/* bundle:${name} */`)
  })

  it('answers 500 with the message when a bundle fails to build', async () => {
    const response = await get(PATHS.viewerScript)
    expect(response.status).toBe(500)
    expect(await response.text()).toContain('Could not resolve "./missing.js"')
    expect(logs.some((line) => line.includes('missing.js'))).toBe(true)
  })

  it('serves rrweb’s replayer stylesheet', async () => {
    const response = await get(PATHS.replayerCss)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/css; charset=utf-8')
    expect(await response.text()).toContain('.replayer-wrapper')
  })
})

describe('agent pages', () => {
  it('renders the desk without a token error for a valid agent token, and never embeds the token', async () => {
    const token = signSdkToken({ sdkKey, sdkSecret, role: 2, userName: 'Avery' })
    const response = await get(`${PATHS.desk}?access_token=${token}`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(response.headers.get('referrer-policy')).toBe('no-referrer')
    expect(await response.text()).not.toContain(token)
    expect(renderDeskPage).toHaveBeenCalledWith({ scriptUrl: PATHS.deskScript, cssUrl: PATHS.replayerCss })
  })

  it.each([
    ['missing', ''],
    ['a customer token', `?access_token=${signSdkToken({ sdkKey, sdkSecret, role: 1 })}`],
    ['signed with another secret', `?access_token=${signSdkToken({ sdkKey, sdkSecret: 'x', role: 2 })}`],
  ])('renders the desk with token error 124 when the token is %s', async (_case, query) => {
    const response = await get(`${PATHS.desk}${query}`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(renderDeskPage).toHaveBeenCalledWith({
      scriptUrl: PATHS.deskScript,
      cssUrl: PATHS.replayerCss,
      tokenError: { code: 124, message: 'Invalid token' },
    })
  })

  it('renders the agent viewer page', async () => {
    const response = await get(PATHS.agentViewer)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(renderAgentViewerPage).toHaveBeenCalledWith({ scriptUrl: PATHS.viewerScript, cssUrl: PATHS.replayerCss })
  })
})

describe('dev token endpoint', () => {
  it('mints a token verifySdkToken accepts, coercing numeric strings like Zoom’s sample', async () => {
    const response = await postToken({ role: '2', userId: 'agent-9', userName: 'Avery', expirationSeconds: '3600' })
    expect(response.status).toBe(200)
    expect(response.headers.get('access-control-allow-origin')).toBe('*')
    const { token } = (await response.json()) as { token: string }
    const verification = verifySdkToken(token, { sdkKey, sdkSecret, role: 2 })
    expect(verification).toMatchObject({ ok: true, byop: false, claims: { user_id: 'agent-9', user_name: 'Avery' } })
    expect(verification.ok && verification.claims.exp - verification.claims.iat).toBe(3600)
  })

  it('defaults to a random user id as the name and a 2 h lifetime, and adds enable_byop on request', async () => {
    const { token } = (await (await postToken({ role: 1, enableByop: true })).json()) as { token: string }
    const verification = verifySdkToken(token, { sdkKey, sdkSecret, role: 1 })
    if (!verification.ok) throw new Error(verification.reason)
    expect(verification.byop).toBe(true)
    expect(verification.claims.enable_byop).toBe(1)
    expect(verification.claims.user_name).toBe(verification.claims.user_id)
    expect(verification.claims.exp - verification.claims.iat).toBe(7200)
  })

  it.each([
    [{}, 'role'],
    [{ role: 3 }, 'role'],
    [{ role: 'abc' }, 'role'],
    [{ role: null }, 'role'],
    [{ role: 1, expirationSeconds: 1799 }, 'expirationSeconds'],
    [{ role: 1, expirationSeconds: 172_801 }, 'expirationSeconds'],
    [{ role: 1, expirationSeconds: 'soon' }, 'expirationSeconds'],
    [{ role: 1, userId: 'x'.repeat(36) }, 'userId'],
    [{ role: 1, userId: 42 }, 'userId'],
    [{ role: 1, userName: 'x'.repeat(36) }, 'userName'],
    [{ role: 1, enableByop: 'yes' }, 'enableByop'],
  ])('answers 400 { errors } for %j', async (body, property) => {
    const response = await postToken(body)
    expect(response.status).toBe(400)
    const { errors } = (await response.json()) as { errors: Array<{ property: string; reason: string }> }
    expect(errors).toEqual([{ property, reason: expect.any(String) }])
  })

  it('lists every failed rule at once', async () => {
    const response = await postToken({ userId: 7, expirationSeconds: 10 })
    const { errors } = (await response.json()) as { errors: Array<{ property: string }> }
    expect(errors.map((error) => error.property)).toEqual(['role', 'expirationSeconds', 'userId'])
  })

  it('answers 400 to a body that is not JSON, 405 to other methods, and the CORS preflight', async () => {
    const bad = await postToken('{"role": 1')
    expect(bad.status).toBe(400)
    expect(await bad.json()).toEqual({ errors: [{ property: 'body', reason: expect.any(String) }] })

    const wrongMethod = await get(PATHS.devToken)
    expect(wrongMethod.status).toBe(405)
    expect(wrongMethod.headers.get('allow')).toBe('POST')

    const preflight = await get(PATHS.devToken, {
      method: 'OPTIONS',
      headers: {
        origin: 'http://shop.test',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type',
      },
    })
    expect(preflight.status).toBe(204)
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*')
    expect(preflight.headers.get('access-control-allow-methods')).toContain('POST')
    expect(preflight.headers.get('access-control-allow-headers')).toBe('content-type')
  })
})

describe('small endpoints and the rest', () => {
  it('answers health with the SDK key', async () => {
    const response = await get(PATHS.health)
    expect(await response.json()).toEqual({ ok: true, sdkKey })
  })

  it('answers recovery status for an unknown session', async () => {
    const response = await get(`${PATHS.recoveryStatus}?sessionId=nope&resumeKey=nope`)
    expect(response.headers.get('access-control-allow-origin')).toBe('*')
    expect(await response.json()).toEqual({ recoverable: false })
  })

  it('asks plain requests on the socket path to upgrade', async () => {
    expect((await get(PATHS.socket)).status).toBe(426)
  })

  it('leaves every other path to the host server', async () => {
    for (const path of ['/', '/app.js', '/static/resource/other', '/zcb/unknown']) {
      expect((await get(path)).status).toBe(418)
    }
  })
})
