import { type CobrowseRestClient, CobrowseRestError, type LiveSession, ZoomApiError } from '@cobrowse-kit/server'
import type { ActivityProblem, ActivityReport } from './activityReport.js'
import type { AgentSignIn } from './agentSignIn.js'
import { jsonReply } from './jsonReply.js'
import type { WebhookFeed } from './webhookFeed.js'

/** What `GET /api/cobrowse/activity` reads from. */
export interface ActivityHandlerOptions {
  signIn: AgentSignIn
  /** The REST client for live sessions; absent when no API credentials are configured. */
  rest: CobrowseRestClient | undefined
  /** The webhook feed; absent when the webhook route is off. */
  feed: WebhookFeed | undefined
}

/**
 * `GET /api/cobrowse/activity`, for signed-in agents only: live sessions through Zoom's REST API and the recent
 * webhooks. A failing REST call is reported inside a 200 answer, so the feed still shows.
 *
 * @example
 * const handleActivity = createActivityHandler({ signIn, rest, feed })
 * const response = await handleActivity(new Request('http://127.0.0.1:5173/api/cobrowse/activity'))
 */
export function createActivityHandler(options: ActivityHandlerOptions): (request: Request) => Promise<Response> {
  const { signIn, rest, feed } = options
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return jsonReply(
        405,
        { code: 'method_not_allowed', message: `${request.method} is not allowed here.`, hint: 'Use GET.' },
        { allow: 'GET, HEAD' },
      )
    }
    if (!signIn.isSignedIn(request.headers.get('cookie'))) {
      return jsonReply(403, {
        code: 'agent_not_signed_in',
        message: 'Session activity is for signed-in agents only.',
        hint: 'Open the agent page first: loading it signs this browser in as the playground agent.',
      })
    }
    const live = rest ? await readLiveSessions(rest, request.signal) : undefined
    const report: ActivityReport = {
      rest: live === undefined ? 'not_configured' : Array.isArray(live) ? 'ok' : 'failed',
      ...(live && !Array.isArray(live) ? { restProblem: live } : {}),
      live: Array.isArray(live) ? live : [],
      webhooks: feed ? 'on' : 'off',
      events: feed?.entries() ?? [],
    }
    return jsonReply(200, report)
  }
}

// One page is plenty for a playground; a page size of 300 is Zoom's largest.
async function readLiveSessions(
  rest: CobrowseRestClient,
  signal: AbortSignal,
): Promise<LiveSession[] | ActivityProblem> {
  try {
    return (await rest.listLiveSessions({ page_size: 300 }, { signal })).sessions
  } catch (error) {
    if (error instanceof ZoomApiError || error instanceof CobrowseRestError) {
      return { code: String(error.code), message: error.message, hint: error.hint }
    }
    return { code: 'unexpected', message: String(error), hint: 'See the playground server log.' }
  }
}
