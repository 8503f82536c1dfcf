import type { SessionRegistry } from '../sessions/sessionRegistry.js'

/** What a socket of either role needs: the sessions, the credentials tokens are checked against, and the log. */
export interface ChannelContext {
  registry: SessionRegistry
  sdkKey: string
  sdkSecret: string
  log: (line: string) => void
}
