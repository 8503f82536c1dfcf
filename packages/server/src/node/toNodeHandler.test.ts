import { createServer, request as httpRequest, type RequestListener, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { connect } from 'node:net'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { type FetchHandler, type NodeHandler, toNodeHandler } from './toNodeHandler.js'

const servers: Server[] = []

async function listen(listener: RequestListener): Promise<string> {
  const server = createServer(listener)
  servers.push(server)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`
}

afterEach(async () => {
  vi.restoreAllMocks()
  await Promise.all(
    servers.splice(0).map(
      (server) =>
        new Promise<void>((resolve) => {
          server.close(() => resolve())
          server.closeAllConnections()
        }),
    ),
  )
})

/** A handler that answers with what it received. */
const echo: FetchHandler = async (request) =>
  Response.json({
    method: request.method,
    url: request.url,
    contentType: request.headers.get('content-type'),
    custom: request.headers.get('x-custom'),
    body: request.body ? await request.text() : null,
  })

/** Sends raw bytes and returns the raw answer, for request targets `fetch` will not send. */
function rawExchange(origin: string, text: string): Promise<string> {
  const { port } = new URL(origin)
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), '127.0.0.1', () => socket.write(text))
    let answer = ''
    socket.on('data', (chunk) => {
      answer += String(chunk)
    })
    socket.on('close', () => resolve(answer))
    socket.on('error', reject)
  })
}

describe('toNodeHandler: the request', () => {
  it('passes method, path, query, headers and body to the fetch handler', async () => {
    const origin = await listen(toNodeHandler(echo))
    const response = await fetch(`${origin}/api/token?x=1`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-custom': 'yes' },
      body: '{"role":1}',
    })
    expect(await response.json()).toEqual({
      method: 'POST',
      url: `${origin}/api/token?x=1`,
      contentType: 'application/json',
      custom: 'yes',
      body: '{"role":1}',
    })
  })

  it('streams a chunked body through', async () => {
    const origin = await listen(toNodeHandler(echo))
    const answer = await new Promise<string>((resolve, reject) => {
      const request = httpRequest(
        `${origin}/`,
        { method: 'POST', headers: { 'transfer-encoding': 'chunked' } },
        (res) => {
          let text = ''
          res.on('data', (chunk) => {
            text += String(chunk)
          })
          res.on('end', () => resolve(text))
        },
      )
      request.on('error', reject)
      request.write('{"role":')
      request.end('2}')
    })
    expect(JSON.parse(answer)).toMatchObject({ body: '{"role":2}' })
  })

  it('gives GET and HEAD requests no body', async () => {
    const origin = await listen(toNodeHandler(echo))
    expect(await (await fetch(`${origin}/`)).json()).toMatchObject({ method: 'GET', body: null })
    expect((await fetch(`${origin}/`, { method: 'HEAD' })).status).toBe(200)
  })

  it('aborts request.signal when the client goes away before the answer', async () => {
    let aborted!: () => void
    const sawAbort = new Promise<void>((resolve) => {
      aborted = resolve
    })
    let started!: () => void
    const handlerStarted = new Promise<void>((resolve) => {
      started = resolve
    })
    const origin = await listen(
      toNodeHandler(async (request) => {
        request.signal.addEventListener('abort', () => aborted())
        started()
        await sawAbort
        return new Response('too late')
      }),
    )
    const request = httpRequest(`${origin}/`, { method: 'POST' })
    request.on('error', () => {})
    request.write('partial')
    await handlerStarted
    request.destroy()
    await sawAbort
  })

  it('answers 400 bad_request_target when the Host header cannot form a URL', async () => {
    const handler = vi.fn(echo)
    const origin = await listen(toNodeHandler(handler))
    const answer = await rawExchange(origin, 'GET / HTTP/1.1\r\nHost: a b\r\nConnection: close\r\n\r\n')
    expect(answer).toMatch(/^HTTP\/1\.1 400/)
    expect(answer).toContain('"code":"bad_request_target"')
    expect(handler).not.toHaveBeenCalled()
  })

  // Adapter bug: `new URL(req.url, base)` reads a request target starting with `//` as a host, so
  // `POST //evil.example/token` reaches the handler as http://evil.example/token. Fix: `new URL(`${base}${req.url}`)`
  // when req.url starts with '/'. Flip to `it` once fixed.
  it('keeps the Host header’s host when the path starts with //', async () => {
    const origin = await listen(toNodeHandler(echo))
    const answer = await rawExchange(
      origin,
      'POST //evil.example/token HTTP/1.1\r\nHost: api.shop.example\r\nContent-Length: 0\r\nConnection: close\r\n\r\n',
    )
    expect(answer).toContain('"url":"http://api.shop.example//evil.example/token"')
  })
})

describe('toNodeHandler: bodies a parser already read', () => {
  /** Reads the body first, as express.raw() / express.text() / express.json() would, then calls the adapter. */
  function preParsed(parse: (raw: Buffer) => unknown, adapter: NodeHandler): RequestListener {
    return (req, res) => {
      const chunks: Buffer[] = []
      req.on('data', (chunk: Buffer) => chunks.push(chunk))
      req.on('end', () => adapter(Object.assign(req, { body: parse(Buffer.concat(chunks)) }), res))
    }
  }

  it('uses a Buffer or string body as is', async () => {
    for (const parse of [(raw: Buffer) => raw, (raw: Buffer) => raw.toString('utf8')]) {
      const origin = await listen(preParsed(parse, toNodeHandler(echo)))
      const response = await fetch(origin, { method: 'POST', body: '{ "role" : 1 }' })
      expect(await response.json()).toMatchObject({ body: '{ "role" : 1 }' })
    }
  })

  it('re-serialises a parsed object as JSON, warning once', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const origin = await listen(preParsed((raw) => JSON.parse(raw.toString('utf8')), toNodeHandler(echo)))
    for (let i = 0; i < 2; i++) {
      const response = await fetch(origin, { method: 'POST', body: '{ "role" : 1 }' })
      expect(await response.json()).toMatchObject({ body: '{"role":1}' })
    }
    expect(warn).toHaveBeenCalledOnce()
    expect(warn.mock.calls[0]?.[0]).toMatch(/body parser ran before this handler/)
  })
})

describe('toNodeHandler: the response', () => {
  it('writes status, headers and body, keeping each Set-Cookie separate', async () => {
    const origin = await listen(
      toNodeHandler(async () => {
        const headers = new Headers({ 'content-type': 'text/plain', 'x-one': 'a' })
        headers.append('set-cookie', 'a=1; Path=/')
        headers.append('set-cookie', 'b=2; Path=/')
        return new Response('created', { status: 201, headers })
      }),
    )
    const response = await fetch(origin)
    expect(response.status).toBe(201)
    expect(response.headers.get('x-one')).toBe('a')
    expect(response.headers.getSetCookie()).toEqual(['a=1; Path=/', 'b=2; Path=/'])
    expect(await response.text()).toBe('created')
  })

  it('writes a bodiless response', async () => {
    const origin = await listen(
      toNodeHandler(async () => new Response(null, { status: 204, headers: { allow: 'POST' } })),
    )
    const response = await fetch(origin, { method: 'OPTIONS' })
    expect(response.status).toBe(204)
    expect(response.headers.get('allow')).toBe('POST')
  })

  it('answers 500 when a custom handler rejects', async () => {
    const origin = await listen(toNodeHandler(() => Promise.reject(new Error('boom'))))
    const response = await fetch(origin)
    expect(response.status).toBe(500)
    expect(await response.text()).toBe('Internal error')
  })
})
