import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { resolveToken } from './resolveToken.js'

// A real HTTP server on loopback shaped like Zoom's auth endpoint sample: POST JSON { role, userId?, userName? } →
// 200 { token }, or 400 { errors: [{ property, reason }] }. It proves the token provider over a real socket.
let server: Server
let base = ''
const received: unknown[] = []

async function readJson(request: IncomingMessage): Promise<Record<string, unknown>> {
  let text = ''
  for await (const chunk of request) text += chunk
  return JSON.parse(text) as Record<string, unknown>
}

beforeAll(async () => {
  server = createServer(async (request, response) => {
    const body = await readJson(request)
    received.push({ method: request.method, type: request.headers['content-type'], body })
    const send = (status: number, json: unknown) => {
      response.writeHead(status, { 'content-type': 'application/json' })
      response.end(JSON.stringify(json))
    }
    if (request.url === '/forbidden') return send(403, { error: 'agents need a login' })
    if (request.url === '/garbage') {
      response.writeHead(200, { 'content-type': 'text/html' })
      return response.end('<html>not json</html>')
    }
    if (body.role !== 1 && body.role !== 2) {
      return send(400, { errors: [{ property: 'role', reason: 'role must be 1 or 2' }] })
    }
    return send(200, { token: `header.${Buffer.from(JSON.stringify(body)).toString('base64url')}.signature` })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve))
})

describe('token endpoint over real HTTP', () => {
  it('POSTs the sample request shape and returns the token', async () => {
    const token = await resolveToken({ url: `${base}/` }, { role: 1, userId: 'c-1', userName: 'Cleo' })
    const payload = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString())
    expect(payload).toEqual({ role: 1, userId: 'c-1', userName: 'Cleo' })
    expect(received.at(-1)).toEqual({
      method: 'POST',
      type: 'application/json',
      body: { role: 1, userId: 'c-1', userName: 'Cleo' },
    })
  })

  it('accepts a URL object', async () => {
    await expect(resolveToken(new URL(`${base}/`), { role: 2 })).resolves.toMatch(/^header\./)
  })

  it('turns 403 into token_forbidden, 400 into a listed reason, and HTML into token_invalid_response', async () => {
    await expect(resolveToken({ url: `${base}/forbidden` }, { role: 2 })).rejects.toMatchObject({
      code: 'token_forbidden',
    })
    await expect(resolveToken({ url: `${base}/` }, { role: 3 as 1 })).rejects.toMatchObject({
      code: 'token_fetch_failed',
      message: expect.stringContaining('role: role must be 1 or 2'),
    })
    await expect(resolveToken({ url: `${base}/garbage` }, { role: 1 })).rejects.toMatchObject({
      code: 'token_invalid_response',
    })
  })

  it('reports a closed port as a retryable token_fetch_failed', async () => {
    const closed = createServer()
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve))
    const port = (closed.address() as AddressInfo).port
    await new Promise((resolve) => closed.close(resolve))
    await expect(resolveToken({ url: `http://127.0.0.1:${port}/` }, { role: 1 })).rejects.toMatchObject({
      code: 'token_fetch_failed',
      retryable: true,
    })
  })
})
