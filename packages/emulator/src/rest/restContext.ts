import type { PageTokens } from './pageTokens.js'
import type { PastSession, SessionRecord } from './sessionHistory.js'

/** What the REST endpoints read: live sessions from the registry, ended ones from the history, tokens and a clock. */
export interface RestContext {
  /** Live sessions, as `SessionRegistry.live()` returns them. */
  live(): readonly SessionRecord[]
  /** Ended sessions still kept, and lookup by id (a `SessionHistory`). */
  past(): readonly PastSession[]
  findPast(sessionId: string): PastSession | undefined
  pageTokens: PageTokens
  /** Epoch milliseconds. */
  now: () => number
}

/** One authorised GET: its path (for page-token scope) and query. */
export interface RestCall {
  pathname: string
  params: URLSearchParams
}
