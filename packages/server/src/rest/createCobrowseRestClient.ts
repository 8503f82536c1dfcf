import { createAccessTokenSource } from './apiAccessToken.js'
import type { CobrowseRestClient } from './CobrowseRestClient.js'
import { createZoomGet } from './createZoomGet.js'
import type { LiveSessionsPage } from './liveSessions.js'
import { paginate } from './paginate.js'
import type { PastSessionsPage } from './pastSessions.js'
import type { CobrowseRestClientOptions, CobrowseRestCredentials } from './restClientOptions.js'
import { resolveRestOptions } from './restClientOptions.js'
import type { PageParams } from './restPage.js'
import { liveSessionsQuery, pastSessionsQuery, sessionPath, sessionTypeQuery, sessionUsersQuery } from './restParams.js'
import type { GetSessionOptions, LiveSessionDetails, PastSessionDetails } from './sessionDetails.js'
import type { SessionUsersPage } from './sessionUsers.js'
import { readPage, readSessionDetails } from './zoomPayload.js'

/**
 * A client of Zoom's Cobrowse SDK REST API. Credentials and options are checked here, so a wrong setup throws a
 * `CobrowseRestError('invalid_parameter')` at start-up rather than at the first request.
 *
 * @example
 * const zoom = createCobrowseRestClient({ apiKey, apiSecret })
 * const { sessions } = await zoom.listLiveSessions({ page_size: 100 })
 * for await (const session of zoom.pastSessions({ from: '2025-02-01', to: '2025-02-28' })) console.log(session)
 *
 * @example
 * // The local emulator serves the same paths; only the base URL changes.
 * const local = createCobrowseRestClient({ apiKey, apiSecret }, { baseUrl: 'http://127.0.0.1:9999/v2' })
 */
export function createCobrowseRestClient(
  credentials: CobrowseRestCredentials,
  options: CobrowseRestClientOptions = {},
): CobrowseRestClient {
  const get = createZoomGet(resolveRestOptions(options), createAccessTokenSource(credentials))

  // Queries are built (and checked) before the first await, so an invalid argument never sends a request.
  const client: CobrowseRestClient = {
    async listLiveSessions(params, request) {
      const path = '/cobrowsesdk/live_sessions'
      const body = await get(path, liveSessionsQuery(params), request?.signal)
      return readPage<LiveSessionsPage>(body, 'sessions', `GET ${path}`)
    },
    async listPastSessions(params, request) {
      const path = '/cobrowsesdk/past_sessions'
      const body = await get(path, pastSessionsQuery(params), request?.signal)
      return readPage<PastSessionsPage>(body, 'sessions', `GET ${path}`)
    },
    getSession: (async (sessionId: string, request?: GetSessionOptions) => {
      const path = sessionPath(sessionId)
      const body = await get(path, sessionTypeQuery(request?.sessionType), request?.signal)
      return readSessionDetails<LiveSessionDetails | PastSessionDetails>(body, 'GET /cobrowsesdk/sessions/{sessionId}')
    }) as CobrowseRestClient['getSession'],
    async listSessionUsers(sessionId, params, request) {
      const path = sessionPath(sessionId, '/users')
      const body = await get(path, sessionUsersQuery(params), request?.signal)
      return readPage<SessionUsersPage>(body, 'users', 'GET /cobrowsesdk/sessions/{sessionId}/users')
    },
    liveSessions: (params = {}, request) =>
      paginate(
        (token) => client.listLiveSessions(withToken(params, token), request),
        (page) => page.sessions,
      ),
    pastSessions: (params = {}, request) =>
      paginate(
        (token) => client.listPastSessions(withToken(params, token), request),
        (page) => page.sessions,
      ),
    sessionUsers: (sessionId, params = {}, request) =>
      paginate(
        (token) => client.listSessionUsers(sessionId, withToken(params, token), request),
        (page) => page.users,
      ),
  }
  return client
}

function withToken<Params extends PageParams>(params: Params, token: string | undefined): Params {
  return token === undefined ? params : { ...params, next_page_token: token }
}
