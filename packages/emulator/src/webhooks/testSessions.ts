import { FIDELITY } from '../config/fidelity.js'
import type { ServerToAgent, ServerToCustomer, SessionFeatures } from '../protocol/messages.js'
import { LEAVE_REASON } from '../sessions/leaveReason.js'
import type { Peer } from '../sessions/peer.js'
import type { Session } from '../sessions/session.js'
import type { SessionLifecycleListener } from '../sessions/sessionLifecycle.js'
import { SessionRegistry } from '../sessions/sessionRegistry.js'
import type { EmulatorWebhookOptions } from './emulatorWebhookOptions.js'

const FEATURES: SessionFeatures = {
  allowAgentAnnotation: false,
  allowCustomerAnnotation: false,
  remoteAssist: { enable: false, enableCustomerConsent: true, remoteAssistTypes: [] },
  multiTabSessionPersistence: false,
}

/** A registry driven by peers without sockets, so webhook tests produce real lifecycle events in Zoom's order. */
export interface TestSessions {
  readonly registry: SessionRegistry
  /** Starts a session for customer `userId` on `url`. */
  start(userId?: string, url?: string): { session: Session; customer: Peer<ServerToCustomer> }
  /** Joins `session` as agent `userId`. */
  join(session: Session, userId: string): Peer<ServerToAgent>
}

/** Creates the registry; call `registry.close()` after the test. */
export function createTestSessions(
  onLifecycle: SessionLifecycleListener,
  timing = { recoveryWindowMs: 1000, agentWaitMs: 3000 },
): TestSessions {
  const registry = new SessionRegistry({ timing, log: () => {}, onLifecycle })
  let browsers = 0
  return {
    registry,
    start(userId = 'jwt-customer', url = 'https://shop.test/cart') {
      const customer = silentPeer<ServerToCustomer>()
      const result = registry.start(customer, {
        customer: { userId, userName: `Name of ${userId}` },
        byop: false,
        browserId: `browser-${++browsers}`,
        site: new URL(url).origin,
        url,
        features: FEATURES,
      })
      if (!result.ok) throw new Error(result.error.message)
      return { session: result.session, customer }
    },
    join(session, userId) {
      const agent = silentPeer<ServerToAgent>()
      const result = registry.join(agent, { userId, userName: `Name of ${userId}` }, session.pin)
      if (!result.ok) throw new Error(result.error.message)
      return agent
    },
  }
}

/** The lifecycle `runTestSession` produces, as webhook event names. */
export const TEST_SESSION_EVENTS = [
  'cobrowse.session_started',
  'cobrowse.session_user_joined',
  'cobrowse.session_user_joined',
  'cobrowse.session_user_left',
  'cobrowse.session_user_left',
  'cobrowse.session_ended',
] as const

/** A customer starts, an agent joins and leaves, the customer ends: the six events of `TEST_SESSION_EVENTS`. */
export function runTestSession(sessions: TestSessions): Session {
  const { session, customer } = sessions.start()
  const agent = sessions.join(session, 'jwt-agent')
  sessions.registry.agentLeft(session, agent, LEAVE_REASON.left)
  sessions.registry.end(session, FIDELITY.endReasons.byCustomer, customer)
  return session
}

function silentPeer<M>(): Peer<M> {
  return { send: () => {}, close: () => {} }
}

/** The options the sender tests start with: fast retries and timeouts, the log kept in `lines`. */
export function testSenderOptions(
  url: string,
  secretToken: string,
  lines: string[],
  overrides: Partial<EmulatorWebhookOptions> = {},
): EmulatorWebhookOptions & { log: (line: string) => void } {
  return {
    urls: [url],
    secretToken,
    retryDelaysMs: [10, 20],
    timeoutMs: 2000,
    log: (line) => lines.push(line),
    ...overrides,
  }
}
