import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createTokenHandler, createWebhookHandler, type WebhookEvent } from '@cobrowse-kit/server'
import { toNodeHandler } from '@cobrowse-kit/server/node'

/** What a host app's backend needs to mint tokens for the emulator and receive its webhooks. */
export interface HostBackendOptions {
  sdkKey: string
  sdkSecret: string
  webhookSecret: string
  /** The bearer value an agent's request must carry: the stand-in for the host app's own sign-in. */
  agentSession: string
}

/** A host app's backend built on @cobrowse-kit/server, as a real loopback server. */
export interface HostBackend {
  url: string
  tokenUrl: string
  webhookUrl: string
  /** Site origins whose pages may call the token endpoint (CORS allow-list), filled once the site is up. */
  allowedOrigins: Set<string>
  /** Every event the webhook handler verified and delivered, in arrival order. */
  events: WebhookEvent[]
  close(): Promise<void>
}

/** Starts the backend on a free loopback port: `POST /api/cobrowse/token` and `POST /api/cobrowse/webhooks`. */
export async function startHostBackend(options: HostBackendOptions): Promise<HostBackend> {
  const allowedOrigins = new Set<string>()
  const events: WebhookEvent[] = []
  const token = toNodeHandler(
    createTokenHandler({
      sdkKey: options.sdkKey,
      sdkSecret: options.sdkSecret,
      cors: { origins: (origin) => allowedOrigins.has(origin) },
      authorizeAgent: (request) => request.headers.get('authorization') === `Bearer ${options.agentSession}`,
    }),
  )
  const webhooks = toNodeHandler(
    createWebhookHandler({ secretToken: options.webhookSecret, onEvent: (event) => void events.push(event) }),
  )
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://host').pathname
    if (path === '/api/cobrowse/token') token(req, res)
    else if (path === '/api/cobrowse/webhooks') webhooks(req, res)
    else res.writeHead(404).end()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    url,
    tokenUrl: `${url}/api/cobrowse/token`,
    webhookUrl: `${url}/api/cobrowse/webhooks`,
    allowedOrigins,
    events,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
