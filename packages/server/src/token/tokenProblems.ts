import type { HttpProblem } from '../http/httpProblem.js'
import { problemResponse } from '../http/httpProblem.js'
import type { TokenRequestIssue } from './parseTokenRequest.js'

/** `Allow` header of the token endpoint. */
export const TOKEN_ENDPOINT_ALLOW = 'POST, OPTIONS'

const REQUEST_SHAPE = 'POST a JSON object { "role": 1 | 2, "userId"?, "userName"?, "expirationSeconds"? }.'

/**
 * The answer to a refused token request. Besides `code`, `message` and `hint`, the body carries Zoom's sample
 * shape `errors: [{ property, reason }]`, which front ends written for that sample (and `fetchToken` of
 * @cobrowse-kit/core) read.
 */
export function refuse(
  problem: HttpProblem,
  property: string,
  headers: HeadersInit = {},
  errors: readonly TokenRequestIssue[] = [{ property, reason: problem.message }],
): Response {
  return problemResponse(problem, headers, { errors })
}

/** The refusals of the token endpoint, by name. */
export const tokenProblems = {
  methodNotAllowed: (method: string): HttpProblem => ({
    status: 405,
    code: 'method_not_allowed',
    message: `${method} is not served here.`,
    hint: REQUEST_SHAPE,
  }),
  originNotAllowed: (origin: string): HttpProblem => ({
    status: 403,
    code: 'origin_not_allowed',
    message: `Pages on ${origin} may not request cobrowse tokens from this endpoint.`,
    hint: 'If that site is yours, add its exact origin to the cors.origins option of createTokenHandler.',
  }),
  rateLimited: (retryAfterSeconds: number): HttpProblem => ({
    status: 429,
    code: 'rate_limited',
    message: `Too many token requests from this client; try again in ${retryAfterSeconds} s.`,
    hint: 'Reuse a token until it nears its exp instead of requesting one per page view, or raise rateLimit.max.',
  }),
  malformedJson: (): HttpProblem => ({
    status: 400,
    code: 'malformed_json',
    message: 'The request body is not valid JSON.',
    hint: REQUEST_SHAPE,
  }),
  invalidRequest: (errors: readonly TokenRequestIssue[]): HttpProblem => ({
    status: 400,
    code: 'invalid_request',
    message: `The token request is invalid: ${errors.map(({ property, reason }) => `${property} ${reason}`).join('; ')}.`,
    hint: REQUEST_SHAPE,
  }),
  agentNotConfigured: (): HttpProblem => ({
    status: 403,
    code: 'agent_not_authorized',
    message: 'This endpoint does not issue agent tokens (role 2).',
    hint:
      'To allow your signed-in agents, pass authorizeAgent: (request) => boolean | Promise<boolean> to ' +
      'createTokenHandler and return true for them (check your session cookie or Authorization header).',
  }),
  agentRefused: (): HttpProblem => ({
    status: 403,
    code: 'agent_not_authorized',
    message: 'This caller may not have an agent token (role 2).',
    hint: 'Sign in as an agent first; customers request role 1.',
  }),
  checkFailed: (step: string): HttpProblem => ({
    status: 500,
    code: 'authorization_check_failed',
    message: `The server could not finish checking this request (${step}).`,
    hint: 'Try again later. Server developers: the error went to the onError option of createTokenHandler.',
  }),
}
