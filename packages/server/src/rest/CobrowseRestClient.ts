import type { ListLiveSessionsParams, LiveSession, LiveSessionsPage } from './liveSessions.js'
import type { ListPastSessionsParams, PastSession, PastSessionsPage } from './pastSessions.js'
import type { CobrowseRestRequestOptions } from './restClientOptions.js'
import type {
  GetLiveSessionOptions,
  GetPastSessionOptions,
  GetSessionOptions,
  LiveSessionDetails,
  PastSessionDetails,
} from './sessionDetails.js'
import type { ListSessionUsersParams, SessionUser, SessionUsersPage } from './sessionUsers.js'

/**
 * Zoom's Cobrowse SDK REST API. The `list…` methods and `getSession` return one answer; `liveSessions`,
 * `pastSessions` and `sessionUsers` walk every page and yield records. Every call rejects with a `ZoomApiError`
 * (Zoom answered an error) or a `CobrowseRestError` (timeout, abort, network, unreadable answer, invalid argument).
 */
export interface CobrowseRestClient {
  /** One page of sessions in progress (`GET /cobrowsesdk/live_sessions`, operationId `Listlivesessions`). */
  listLiveSessions(params?: ListLiveSessionsParams, options?: CobrowseRestRequestOptions): Promise<LiveSessionsPage>
  /** One page of ended sessions (`GET /cobrowsesdk/past_sessions`, operationId `Listpastsession`). */
  listPastSessions(params?: ListPastSessionsParams, options?: CobrowseRestRequestOptions): Promise<PastSessionsPage>
  /** A session in progress (`GET /cobrowsesdk/sessions/{sessionId}`, operationId `Getasession`). */
  getSession(sessionId: string, options?: GetLiveSessionOptions): Promise<LiveSessionDetails>
  /** An ended session (`GET /cobrowsesdk/sessions/{sessionId}?session_type=past`). */
  getSession(sessionId: string, options: GetPastSessionOptions): Promise<PastSessionDetails>
  /** A session whose type is only known at run time. */
  getSession(sessionId: string, options?: GetSessionOptions): Promise<LiveSessionDetails | PastSessionDetails>
  /** One page of a session's attendances (`GET /cobrowsesdk/sessions/{sessionId}/users`, `Listsessionusers`). */
  listSessionUsers(
    sessionId: string,
    params?: ListSessionUsersParams,
    options?: CobrowseRestRequestOptions,
  ): Promise<SessionUsersPage>
  /**
   * Every session in progress, page after page.
   *
   * @example
   * for await (const session of client.liveSessions({ page_size: 300 })) console.log(session.session_pin)
   */
  liveSessions(
    params?: Omit<ListLiveSessionsParams, 'next_page_token'>,
    options?: CobrowseRestRequestOptions,
  ): AsyncIterable<LiveSession>
  /**
   * Every ended session in the range, page after page. Mind the rate limit of this endpoint (about 10 pages a
   * minute on Pro accounts): a large `page_size` means fewer requests.
   */
  pastSessions(
    params?: Omit<ListPastSessionsParams, 'next_page_token'>,
    options?: CobrowseRestRequestOptions,
  ): AsyncIterable<PastSession>
  /** Every attendance of a session, page after page. */
  sessionUsers(
    sessionId: string,
    params?: Omit<ListSessionUsersParams, 'next_page_token'>,
    options?: CobrowseRestRequestOptions,
  ): AsyncIterable<SessionUser>
}
