import { randomBytes, timingSafeEqual } from 'node:crypto'

/** Name of the cookie that stands in for the host app's agent session. */
export const AGENT_COOKIE = 'playground_agent'

/** The playground's stand-in for an agent login: one random session value per server process. */
export interface AgentSignIn {
  /** `Set-Cookie` value to send with the agent page: HttpOnly, so page scripts (and XSS) cannot read it. */
  readonly setCookie: string
  /** Whether a request's `Cookie` header carries this process's agent session. */
  isSignedIn(cookieHeader: string | null | undefined): boolean
}

/**
 * Creates the sign-in stand-in. Serving the agent page "signs in" whoever loads it, which is fine on a loopback
 * playground; a real app checks its own session (and the agent's role) instead.
 *
 * @example
 * const signIn = createAgentSignIn()
 * res.setHeader('set-cookie', signIn.setCookie)
 * signIn.isSignedIn(request.headers.get('cookie')) // true for that browser
 */
export function createAgentSignIn(): AgentSignIn {
  const value = randomBytes(32).toString('base64url')
  const expected = Buffer.from(value)
  return {
    // SameSite=Strict: a page on another site cannot make the browser send it, so it cannot mint agent tokens either.
    setCookie: `${AGENT_COOKIE}=${value}; Path=/; HttpOnly; SameSite=Strict`,
    isSignedIn(cookieHeader) {
      const presented = readCookie(cookieHeader ?? '', AGENT_COOKIE)
      if (presented === undefined) return false
      const actual = Buffer.from(presented)
      // Constant time, so response timing does not reveal how much of a guessed value was right.
      return actual.length === expected.length && timingSafeEqual(actual, expected)
    },
  }
}

function readCookie(header: string, name: string): string | undefined {
  for (const part of header.split(';')) {
    const separator = part.indexOf('=')
    if (separator > 0 && part.slice(0, separator).trim() === name) return part.slice(separator + 1).trim()
  }
  return undefined
}
