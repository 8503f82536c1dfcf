import { type CobrowseRestClient, createTokenHandler, createWebhookHandler } from '@cobrowse-kit/server'
import type { AgentSignIn } from './agentSignIn.js'
import { API_PATHS } from './apiPaths.js'
import { createActivityHandler } from './createActivityHandler.js'
import { jsonReply } from './jsonReply.js'
import { createWebhookFeed, type WebhookFeed } from './webhookFeed.js'

/** The name the playground's "session" gives its agent, as a real app would take it from its user record. */
export const PLAYGROUND_AGENT_NAME = 'Playground agent'

/** Credentials and collaborators of the playground's API. */
export interface PlaygroundApiOptions {
  /** SDK key and secret: sign customer and agent tokens. */
  sdkKey: string
  sdkSecret: string
  signIn: AgentSignIn
  /** The event subscription's Secret Token; absent: the webhook route answers 404. */
  webhookSecret: string | undefined
  /** Live sessions for the activity route; absent: the activity says REST is not configured. */
  rest: CobrowseRestClient | undefined
  /** Receives callback and webhook failures. Default `console.error`. */
  onError?: (error: unknown) => void
}

/**
 * Builds the fetch handler of every `/api/cobrowse/*` route: tokens (`createTokenHandler`), webhooks
 * (`createWebhookHandler`) and agent-only activity (REST + recent webhooks). Other paths under the prefix get 404.
 *
 * @example
 * const api = createPlaygroundApi({ sdkKey, sdkSecret, signIn, webhookSecret, rest })
 * const nodeApi = toNodeHandler(api)
 * server.on('request', (req, res) => (isPlaygroundApiPath(req.url) ? nodeApi(req, res) : app(req, res)))
 */
export function createPlaygroundApi(options: PlaygroundApiOptions): (request: Request) => Promise<Response> {
  const { signIn } = options
  const onError = options.onError ?? ((error: unknown) => console.error(error))
  let feed: WebhookFeed | undefined
  let handleWebhook: ((request: Request) => Promise<Response>) | undefined
  if (options.webhookSecret) {
    feed = createWebhookFeed()
    handleWebhook = createWebhookHandler({ secretToken: options.webhookSecret, onEvent: feed.onEvent, onError })
  }
  const routes = new Map<string, ((request: Request) => Promise<Response>) | undefined>([
    // Same origin as the pages, so no `cors` option: the handler then refuses browsers on any other site.
    [
      API_PATHS.token,
      createTokenHandler({
        sdkKey: options.sdkKey,
        sdkSecret: options.sdkSecret,
        authorizeAgent: (request) => signIn.isSignedIn(request.headers.get('cookie')),
        // The agent's name comes from the "session", not from what the page typed into the request.
        resolveUser: (_request, parsed) => (parsed.role === 2 ? { userName: PLAYGROUND_AGENT_NAME } : undefined),
        onError,
      }),
    ],
    [API_PATHS.webhooks, handleWebhook],
    [API_PATHS.activity, createActivityHandler({ signIn, rest: options.rest, feed })],
  ])
  return async (request) => {
    const path = new URL(request.url).pathname
    const route = routes.get(path)
    if (route) return route(request)
    const webhooksOff = path === API_PATHS.webhooks
    return jsonReply(404, {
      code: 'not_found',
      message: webhooksOff ? 'Webhooks are not configured.' : `No API route at ${path}.`,
      hint: webhooksOff
        ? 'Set ZOOM_WEBHOOK_SECRET to the Secret Token of the app’s event subscription.'
        : `The routes are ${Object.values(API_PATHS).join(', ')}.`,
    })
  }
}
