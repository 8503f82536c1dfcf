import type { IncomingMessage, ServerResponse } from 'node:http'
import { REST_FIDELITY } from '../config/restFidelity.js'
import { sendJson } from '../http/sendResponse.js'
import { getSession } from './getSession.js'
import { listLiveSessions } from './listLiveSessions.js'
import { listPastSessions } from './listPastSessions.js'
import { listSessionUsers } from './listSessionUsers.js'
import { createPageTokens } from './pageTokens.js'
import { createRateLimiter } from './rateLimiter.js'
import type { RestSettings } from './resolveRestOptions.js'
import type { RestCall, RestContext } from './restContext.js'
import { matchRestEndpoint, type RestEndpoint, rateCategoryOf } from './restEndpoint.js'
import { type RestReply, restError } from './restReply.js'
import type { SessionHistory, SessionRecord } from './sessionHistory.js'
import { verifyApiToken } from './verifyApiToken.js'

/** What the REST API serves from and checks against. */
export interface RestApiOptions {
  /** From `resolveRestOptions`. */
  settings: RestSettings
  /** Live sessions (`SessionRegistry.live`). */
  live: () => readonly SessionRecord[]
  history: SessionHistory
  log: (line: string) => void
}

/** The emulator's `/v2/cobrowsesdk/` endpoints, answering in Zoom's JSON, errors included. */
export interface RestApi {
  /** Answers one GET under the prefix (path, auth, rate limit, then the endpoint). */
  handle(req: IncomingMessage, res: ServerResponse, url: URL): void
  /** Answers any other method with a Zoom-style 405. */
  rejectMethod(res: ServerResponse, method: string): void
}

/** Methods the REST API answers; everything else is 405. */
export const REST_METHODS = ['GET'] as const

/**
 * Builds the REST API over the registry's live sessions and the history of ended ones.
 *
 * @example
 * const settings = resolveRestOptions(options)
 * const rest = createRestApi({ settings, live: () => registry.live(), history: new SessionHistory(), log })
 * if (url.pathname.startsWith(REST_FIDELITY.prefix)) rest.handle(req, res, url)
 */
export function createRestApi(options: RestApiOptions): RestApi {
  const { settings, history } = options
  const { now } = settings
  const context: RestContext = {
    live: options.live,
    past: () => history.past(),
    findPast: (sessionId) => history.find(sessionId),
    pageTokens: createPageTokens({ ttlMs: settings.pageTokenTtlMs, now }),
    now,
  }
  const limiter = settings.rateLimit && createRateLimiter(settings.rateLimit, now)

  const answer = (req: IncomingMessage, url: URL): RestReply => {
    const endpoint = matchRestEndpoint(url.pathname)
    if (!endpoint) return restError(REST_FIDELITY.errors.notFound, url.pathname)
    const auth = verifyApiToken(req.headers.authorization, {
      apiKey: settings.apiKey,
      apiSecret: settings.apiSecret,
      now: now(),
    })
    if (!auth.ok) {
      options.log(`REST ${url.pathname}: 401 (${auth.reason})`)
      return restError(REST_FIDELITY.errors.invalidToken)
    }
    const category = rateCategoryOf(endpoint)
    const verdict = limiter?.take(auth.apiKey, category)
    if (verdict && !verdict.ok) {
      const { rateLimitedHeavy, rateLimitedLight } = REST_FIDELITY.errors
      return restError(category === 'heavy' ? rateLimitedHeavy : rateLimitedLight, '', verdict.headers)
    }
    const reply = dispatch(endpoint, { pathname: url.pathname, params: url.searchParams }, context)
    return verdict ? { ...reply, headers: { ...reply.headers, ...verdict.headers } } : reply
  }

  return {
    handle(req, res, url) {
      const reply = answer(req, url)
      sendJson(res, reply.status, reply.body, reply.headers)
    },
    rejectMethod(res, method) {
      const reply = restError(REST_FIDELITY.errors.methodNotAllowed, method)
      sendJson(res, reply.status, reply.body, { Allow: REST_METHODS.join(', ') })
    },
  }
}

function dispatch(endpoint: RestEndpoint, call: RestCall, context: RestContext): RestReply {
  switch (endpoint.name) {
    case 'liveSessions':
      return listLiveSessions(call, context)
    case 'pastSessions':
      return listPastSessions(call, context)
    case 'session':
      return getSession(endpoint.sessionId, call.params, context)
    case 'sessionUsers':
      return listSessionUsers(endpoint.sessionId, call, context)
  }
}
