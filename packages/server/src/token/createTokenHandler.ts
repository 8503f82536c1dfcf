import { createCorsPolicy } from '../cors/createCorsPolicy.js'
import { importHmacKey } from '../crypto/hmacKey.js'
import { jsonResponse } from '../http/httpProblem.js'
import { readBody } from '../http/readBody.js'
import { createRateLimiter } from '../rateLimit/createRateLimiter.js'
import { assertTokenHandlerOptions } from './assertTokenHandlerOptions.js'
import { parseTokenRequest } from './parseTokenRequest.js'
import { resolveTokenUser } from './resolveTokenUser.js'
import { signCobrowseTokenWithKey } from './signCobrowseToken.js'
import type { TokenHandlerOptions } from './tokenHandlerOptions.js'
import { refuse, TOKEN_ENDPOINT_ALLOW, tokenProblems } from './tokenProblems.js'

const DEFAULT_MAX_BODY_BYTES = 4096

/** Thrown inside the pipeline when a host callback fails; carries which one, for the 500 answer. */
class HostCallbackFailure {
  constructor(
    readonly callback: string,
    readonly error: unknown,
  ) {}
}

/**
 * Creates the endpoint that mints Zoom cobrowse tokens, on web-standard `Request`/`Response` (Node through
 * `toNodeHandler`, Bun, Deno, Cloudflare Workers, Next.js route handlers, Hono). It accepts the request of Zoom's auth
 * endpoint sample (`POST { role, userId?, userName?, expirationSeconds? }` → `{ token }`, 400 `{ errors }`), so
 * front ends written for it work unchanged, but an agent token (role 2) needs `authorizeAgent` to return true, and
 * browsers may call it only from allowed origins. The returned function never rejects; it throws only here, at
 * creation, on missing credentials or unusable options.
 *
 * @example
 * const handleToken = createTokenHandler({
 *   sdkKey: process.env.ZOOM_SDK_KEY ?? '',
 *   sdkSecret: process.env.ZOOM_SDK_SECRET ?? '',
 *   authorizeAgent: (request) => isSignedInAgent(request.headers.get('cookie')),
 *   cors: { origins: ['https://shop.example'] },
 * })
 * export default { fetch: handleToken }
 */
export function createTokenHandler(options: TokenHandlerOptions): (request: Request) => Promise<Response> {
  assertTokenHandlerOptions(options)
  const { sdkKey, sdkSecret, byop = false, authorizeAgent, rateLimit } = options
  const report = (error: unknown) => {
    try {
      ;(options.onError ?? defaultOnError)(error)
    } catch {
      // A failing error reporter must not turn a clean 500 into a rejected promise.
    }
  }
  const cors = createCorsPolicy(options.cors, { methods: ['POST'], onError: report })
  const limiter = rateLimit && createRateLimiter(rateLimit)
  const maxBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES
  let signingKey: Promise<CryptoKey> | undefined
  const key = () => {
    signingKey ??= importHmacKey(sdkSecret).catch((error: unknown) => {
      signingKey = undefined
      throw error
    })
    return signingKey
  }

  const answer = async (request: Request): Promise<Response> => {
    if (request.method === 'OPTIONS') {
      const verdict = cors.preflight(request)
      if (!verdict.allowed) return refuse(tokenProblems.originNotAllowed(verdict.origin), 'origin')
      verdict.headers.set('allow', TOKEN_ENDPOINT_ALLOW)
      return new Response(null, { status: 204, headers: verdict.headers })
    }
    const verdict = cors.check(request)
    const headers = verdict.allowed ? verdict.headers : new Headers()
    if (request.method !== 'POST') {
      headers.set('allow', TOKEN_ENDPOINT_ALLOW)
      return refuse(tokenProblems.methodNotAllowed(request.method), 'method', headers)
    }
    if (!verdict.allowed) return refuse(tokenProblems.originNotAllowed(verdict.origin), 'origin')

    if (limiter && rateLimit) {
      const client = await callHost('rateLimit.clientKey', () => rateLimit.clientKey(request))
      const limit = limiter.hit(String(client))
      if (!limit.allowed) {
        headers.set('retry-after', String(limit.retryAfterSeconds))
        return refuse(tokenProblems.rateLimited(limit.retryAfterSeconds), 'client', headers)
      }
    }

    const body = await readBody(request, { maxBytes, contentTypes: ['application/json'] })
    if (!body.ok) return refuse(body.problem, body.problem.status === 415 ? 'content-type' : 'body', headers)
    let json: unknown
    try {
      json = JSON.parse(body.text)
    } catch {
      return refuse(tokenProblems.malformedJson(), 'body', headers)
    }
    const parsed = parseTokenRequest(json)
    if (!parsed.ok) return refuse(tokenProblems.invalidRequest(parsed.errors), 'body', headers, parsed.errors)
    const { request: tokenRequest } = parsed

    if (tokenRequest.role === 2) {
      if (!authorizeAgent) return refuse(tokenProblems.agentNotConfigured(), 'role', headers)
      const allowed = await callHost('authorizeAgent', () => authorizeAgent(request))
      if (allowed !== true) return refuse(tokenProblems.agentRefused(), 'role', headers)
    }
    const user = await callHost('resolveUser', () => resolveTokenUser(request, tokenRequest, options.resolveUser))
    const { role, expirationSeconds } = tokenRequest
    const claims = { sdkKey, sdkSecret, role, ...user, expirationSeconds, byop }
    const token = await signCobrowseTokenWithKey(claims, await key())
    return jsonResponse(200, { token }, headers)
  }

  return async (request) => {
    try {
      return await answer(request)
    } catch (failure) {
      const step = failure instanceof HostCallbackFailure ? `${failure.callback} failed` : 'token signing failed'
      report(failure instanceof HostCallbackFailure ? failure.error : failure)
      const verdict = safeCheck(() => cors.check(request))
      return refuse(tokenProblems.checkFailed(step), 'server', verdict)
    }
  }
}

async function callHost<T>(callback: string, run: () => T | Promise<T>): Promise<T> {
  try {
    return await run()
  } catch (error) {
    throw new HostCallbackFailure(callback, error)
  }
}

function safeCheck(check: () => ReturnType<ReturnType<typeof createCorsPolicy>['check']>): Headers {
  try {
    const verdict = check()
    return verdict.allowed ? verdict.headers : new Headers()
  } catch {
    return new Headers()
  }
}

function defaultOnError(error: unknown): void {
  console.error('[@cobrowse-kit/server] token endpoint:', error)
}
