import type { IncomingMessage } from 'node:http'

// A token request is a few hundred bytes; anything much larger is a mistake or abuse.
const MAX_BODY_BYTES = 16 * 1024

/** The parsed body, or the status and reason to refuse it with. */
export type JsonBody = { ok: true; value: unknown } | { ok: false; status: 400 | 413; reason: string }

/** Reads and parses a small JSON request body. */
export async function readJsonBody(req: IncomingMessage): Promise<JsonBody> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req) {
    const bytes = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk))
    size += bytes.length
    if (size > MAX_BODY_BYTES) return { ok: false, status: 413, reason: `The body exceeds ${MAX_BODY_BYTES} bytes` }
    chunks.push(bytes)
  }
  try {
    return { ok: true, value: JSON.parse(Buffer.concat(chunks).toString('utf8')) }
  } catch {
    return { ok: false, status: 400, reason: 'The body is not valid JSON' }
  }
}
