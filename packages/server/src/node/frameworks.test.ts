import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { serve } from '@hono/node-server'
import express from 'express'
import { Hono } from 'hono'
import { jwtVerify } from 'jose'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { createTokenHandler } from '../token/createTokenHandler.js'
import { toNodeHandler } from './toNodeHandler.js'

const SECRET = 'framework-secret'
const SHOP = 'http://shop.test'
const handleToken = createTokenHandler({
  sdkKey: 'framework-key',
  sdkSecret: SECRET,
  authorizeAgent: (request) => request.headers.get('authorization') === 'Bearer agent-session',
  cors: { origins: [SHOP] },
  onError: () => {},
})

function listening(server: Server): Promise<string> {
  return new Promise((resolve) => {
    const ready = () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)
    if (server.listening) ready()
    else server.once('listening', ready)
  })
}

function stop(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve())
    server.closeAllConnections()
  })
}

/** Each host mounts the same handler at /api/token; the rest of its app answers 404. */
const hosts: Record<string, () => Server> = {
  'node:http': () =>
    createServer((req, res) => {
      if (req.url?.split('?')[0] === '/api/token') toNodeHandler(handleToken)(req, res)
      else res.writeHead(404).end()
    }).listen(0, '127.0.0.1'),
  'Express 5': () => {
    const app = express()
    app.all('/api/token', toNodeHandler(handleToken))
    return app.listen(0, '127.0.0.1')
  },
  'Express 5 behind express.json()': () => {
    const app = express()
    app.use(express.json())
    app.all('/api/token', toNodeHandler(handleToken))
    return app.listen(0, '127.0.0.1')
  },
  Hono: () => {
    const app = new Hono()
    app.on(['POST', 'OPTIONS'], '/api/token', (c) => handleToken(c.req.raw))
    return serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }) as Server
  },
}

describe.each(Object.entries(hosts))('the token handler mounted in %s', (_, start) => {
  let server: Server
  let origin: string

  beforeAll(async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {})
    server = start()
    origin = await listening(server)
  })
  afterAll(async () => {
    vi.restoreAllMocks()
    await stop(server)
  })

  const post = (body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${origin}/api/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: SHOP, ...headers },
      body: JSON.stringify(body),
    })

  it('mints a customer token that verifies with the SDK secret', async () => {
    const response = await post({ role: 1, userName: 'Casey' })
    expect(response.status).toBe(200)
    expect(response.headers.get('access-control-allow-origin')).toBe(SHOP)
    const { token } = (await response.json()) as { token: string }
    const { payload } = await jwtVerify(token, new TextEncoder().encode(SECRET))
    expect(payload).toMatchObject({ app_key: 'framework-key', role_type: 1, user_name: 'Casey' })
  })

  it('mints an agent token only for an authorized agent', async () => {
    expect((await post({ role: 2 })).status).toBe(403)
    expect((await post({ role: 2 }, { authorization: 'Bearer agent-session' })).status).toBe(200)
  })

  it('answers a CORS preflight from the allowed origin', async () => {
    const response = await fetch(`${origin}/api/token`, {
      method: 'OPTIONS',
      headers: {
        origin: SHOP,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type',
      },
    })
    expect(response.status).toBe(204)
    expect(response.headers.get('access-control-allow-origin')).toBe(SHOP)
    expect(response.headers.get('access-control-allow-methods')).toBe('POST')
  })

  it('refuses another origin and reports validation errors in Zoom’s sample shape', async () => {
    expect((await post({ role: 1 }, { origin: 'http://evil.test' })).status).toBe(403)
    const invalid = await post({ role: 5 })
    expect(invalid.status).toBe(400)
    expect(await invalid.json()).toMatchObject({ errors: [{ property: 'role' }], code: 'invalid_request' })
  })
})
