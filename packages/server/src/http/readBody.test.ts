import { describe, expect, it } from 'vitest'
import { readBody } from './readBody.js'

const JSON_ONLY = { maxBytes: 16, contentTypes: ['application/json'] }

function post(body: BodyInit | null, headers: Record<string, string> = { 'content-type': 'application/json' }) {
  return new Request('http://127.0.0.1/hook', { method: 'POST', body, headers })
}

/** A body that arrives in chunks and never says how long it is, like a chunked upload. */
function streamOf(...chunks: Uint8Array[]): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(chunk)
      controller.close()
    },
  })
}

function streamed(stream: ReadableStream<Uint8Array>) {
  return new Request('http://127.0.0.1/hook', {
    method: 'POST',
    body: stream,
    headers: { 'content-type': 'application/json' },
    duplex: 'half',
  } as RequestInit)
}

describe('readBody', () => {
  it('returns the exact text, media type parameters ignored', async () => {
    const result = await readBody(post('{"a":"é"}', { 'content-type': 'Application/JSON; charset=utf-8' }), JSON_ONLY)
    expect(result).toEqual({ ok: true, text: '{"a":"é"}' })
  })

  it('refuses other or missing media types with 415 and names what to send', async () => {
    for (const headers of [{ 'content-type': 'text/plain' }, {}]) {
      const result = await readBody(post('{}', headers), JSON_ONLY)
      expect(result.ok ? undefined : result.problem).toMatchObject({
        status: 415,
        code: 'unsupported_content_type',
        hint: expect.stringContaining('application/json'),
      })
    }
  })

  it('refuses a declared length over the limit before reading anything', async () => {
    const request = post('{}', { 'content-type': 'application/json', 'content-length': '17' })
    const result = await readBody(request, JSON_ONLY)
    expect(result.ok ? undefined : result.problem.code).toBe('body_too_large')
    expect(request.bodyUsed).toBe(false)
  })

  it('stops reading a stream as soon as it passes the limit', async () => {
    let pulled = 0
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1
        controller.enqueue(new Uint8Array(10))
      },
    })
    const result = await readBody(streamed(endless), JSON_ONLY)
    expect(result.ok ? undefined : result.problem).toMatchObject({ status: 413, code: 'body_too_large' })
    expect(pulled).toBeLessThan(5)
  })

  it('joins chunks, including a multi-byte character split between two of them', async () => {
    const bytes = new TextEncoder().encode('"né"')
    const result = await readBody(streamed(streamOf(bytes.slice(0, 2), bytes.slice(2))), JSON_ONLY)
    expect(result).toEqual({ ok: true, text: '"né"' })
  })

  it('refuses invalid UTF-8 instead of replacing it, since signatures cover the exact text', async () => {
    const result = await readBody(post(new Uint8Array([0x7b, 0xff, 0x7d])), JSON_ONLY)
    expect(result.ok ? undefined : result.problem).toMatchObject({ status: 400, code: 'body_not_utf8' })
  })

  it('reports a stream that breaks mid-way as unreadable, not as an exception', async () => {
    const broken = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new Uint8Array([0x7b]))
        controller.error(new Error('connection reset'))
      },
    })
    const result = await readBody(streamed(broken), JSON_ONLY)
    expect(result.ok ? undefined : result.problem).toMatchObject({ status: 400, code: 'body_unreadable' })
  })

  it('reads an absent body as empty text', async () => {
    expect(await readBody(post(null), JSON_ONLY)).toEqual({ ok: true, text: '' })
  })
})
