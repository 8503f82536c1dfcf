import type { HttpProblem } from './httpProblem.js'

/** The raw body as text, or the problem that stopped the read. */
export type BodyResult = { ok: true; text: string } | { ok: false; problem: HttpProblem }

/** Options of `readBody`. */
export interface ReadBodyOptions {
  /** Largest body accepted, in bytes. */
  maxBytes: number
  /** Media types accepted (compared without parameters such as `charset`), e.g. `['application/json']`. */
  contentTypes: readonly string[]
}

const decoder = new TextDecoder('utf-8', { fatal: true })

/**
 * Reads a request body without trusting it: the media type is checked first, then the declared length, then the
 * bytes as they arrive, so an oversized or endless body is refused after at most `maxBytes` and never buffered
 * whole. Invalid UTF-8 is refused rather than replaced, because signatures are computed over the exact text.
 */
export async function readBody(request: Request, options: ReadBodyOptions): Promise<BodyResult> {
  const mediaType = (request.headers.get('content-type') ?? '').split(';', 1)[0]?.trim().toLowerCase() ?? ''
  if (!options.contentTypes.includes(mediaType)) {
    return fail(415, 'unsupported_content_type', `Content-Type ${mediaType || '(none)'} is not accepted.`, {
      hint: `Send the body as ${options.contentTypes.join(' or ')}.`,
    })
  }
  const declared = Number(request.headers.get('content-length') ?? Number.NaN)
  if (declared > options.maxBytes) return tooLarge(options.maxBytes)
  if (!request.body) return { ok: true, text: '' }

  const chunks: Uint8Array[] = []
  let size = 0
  const reader = request.body.getReader()
  try {
    for (;;) {
      const { done, value } = await reader.read()
      if (done) break
      size += value.byteLength
      if (size > options.maxBytes) {
        void reader.cancel().catch(() => {})
        return tooLarge(options.maxBytes)
      }
      chunks.push(value)
    }
  } catch {
    return fail(400, 'body_unreadable', 'The request body could not be read to its end.', {
      hint: 'The client closed the connection or sent a broken stream; send the request again.',
    })
  }
  const bytes = new Uint8Array(size)
  let offset = 0
  for (const chunk of chunks) {
    bytes.set(chunk, offset)
    offset += chunk.byteLength
  }
  try {
    return { ok: true, text: decoder.decode(bytes) }
  } catch {
    return fail(400, 'body_not_utf8', 'The request body is not valid UTF-8.', { hint: 'Encode the body as UTF-8.' })
  }
}

function tooLarge(maxBytes: number): BodyResult {
  return fail(413, 'body_too_large', `The request body is larger than ${maxBytes} bytes.`, {
    hint: 'Send a smaller body, or raise the handler’s maxBodyBytes if this size is legitimate.',
  })
}

function fail(status: number, code: string, message: string, rest: { hint: string }): BodyResult {
  return { ok: false, problem: { status, code, message, hint: rest.hint } }
}
