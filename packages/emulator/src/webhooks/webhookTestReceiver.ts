import { createHmac, timingSafeEqual } from 'node:crypto'
import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

/** One request the receiver got, with its signature checked independently of the sender's code. */
export interface ReceivedWebhook {
  /** `event` of the body (`endpoint.url_validation` or a cobrowse event). */
  event: string
  body: string
  /** The parsed body; `undefined` when it is not JSON. */
  json: ReceivedJson | undefined
  headers: IncomingHttpHeaders
  /** `x-zm-signature` matches `v0=` + hex HMAC-SHA256 of `v0:{x-zm-request-timestamp}:{body}`. */
  signatureValid: boolean
}

/** The fields of a Zoom webhook body the tests read. */
export interface ReceivedJson {
  event?: string
  event_ts?: number
  payload?: { account_id?: string; plainToken?: string; object?: Record<string, unknown> }
}

/** How the receiver answers one request: a status and body, or never (the request hangs until `stop()`). */
export type ReceiverAnswer = { status: number; body?: string } | 'hang'

/** Decides the answer; `attempt` counts the requests with this same body so far (1 for the first). */
export type ReceiverBehaviour = (request: ReceivedWebhook, attempt: number) => ReceiverAnswer | Promise<ReceiverAnswer>

/** A real HTTP receiver on 127.0.0.1, for the webhook tests. */
export interface WebhookTestReceiver {
  readonly url: string
  readonly received: ReceivedWebhook[]
  /** The cobrowse events received, without URL validations. */
  events(): ReceivedWebhook[]
  behave(behaviour: ReceiverBehaviour): void
  stop(): Promise<void>
}

/** Answers like a correct receiver: the right `encryptedToken` to a validation, 200 to everything else. */
export function correctAnswer(secretToken: string): ReceiverBehaviour {
  return (request) => {
    if (request.event !== 'endpoint.url_validation') return { status: 200 }
    const plainToken = String(request.json?.payload?.plainToken)
    const encryptedToken = hmacHex(secretToken, plainToken)
    return { status: 200, body: JSON.stringify({ plainToken, encryptedToken }) }
  }
}

/** Starts a receiver on a free port that verifies every signature with `secretToken`. */
export async function startWebhookTestReceiver(secretToken: string): Promise<WebhookTestReceiver> {
  const received: ReceivedWebhook[] = []
  const hanging: ServerResponse[] = []
  let behaviour = correctAnswer(secretToken)
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    const body = Buffer.concat(chunks).toString('utf8')
    const request: ReceivedWebhook = {
      event: '',
      body,
      json: safeParse(body),
      headers: req.headers,
      signatureValid: verify(secretToken, req.headers, body),
    }
    request.event = String(request.json?.event ?? '')
    received.push(request)
    const attempt = received.filter((other) => other.body === body).length
    const answer = await behaviour(request, attempt)
    if (answer === 'hang') {
      hanging.push(res)
      return
    }
    res.writeHead(answer.status, { 'content-type': 'application/json' }).end(answer.body ?? '')
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/webhooks/zoom`,
    received,
    events: () => received.filter((request) => request.event !== 'endpoint.url_validation'),
    behave: (next) => {
      behaviour = next
    },
    stop: () => {
      for (const res of hanging) res.destroy()
      server.closeAllConnections()
      return new Promise((resolve) => server.close(() => resolve()))
    },
  }
}

function verify(secretToken: string, headers: IncomingHttpHeaders, body: string): boolean {
  const timestamp = headers['x-zm-request-timestamp']
  const signature = headers['x-zm-signature']
  if (typeof timestamp !== 'string' || typeof signature !== 'string') return false
  const expected = Buffer.from(`v0=${hmacHex(secretToken, `v0:${timestamp}:${body}`)}`)
  const given = Buffer.from(signature)
  return expected.length === given.length && timingSafeEqual(expected, given)
}

function hmacHex(key: string, message: string): string {
  return createHmac('sha256', key).update(message).digest('hex')
}

function safeParse(text: string): ReceivedJson | undefined {
  try {
    const value: unknown = JSON.parse(text)
    return typeof value === 'object' && value !== null ? (value as ReceivedJson) : undefined
  } catch {
    return undefined
  }
}
