import type { IncomingMessage, ServerResponse } from 'node:http'
import { SDK_ROLE } from '../auth/sdkTokenClaims.js'
import { verifySdkToken } from '../auth/verifySdkToken.js'
import { renderAgentViewerPage } from '../pages/agentViewerPage.js'
import { renderDeskPage } from '../pages/deskPage.js'
import { PATHS } from '../protocol/paths.js'
import { sendResponse } from './sendResponse.js'

/** What the agent pages need: the credentials the desk checks tokens against, and the log. */
export interface AgentPageContext {
  sdkKey: string
  sdkSecret: string
  log: (line: string) => void
}

// The desk URL carries the agent's token: keep it out of Referer headers sent by the page.
const PAGE_HEADERS = { 'Referrer-Policy': 'no-referrer' }
/** What Zoom's desk shows for a bad token. */
const DESK_TOKEN_ERROR = { code: 124, message: 'Invalid token' }

/**
 * Zoom's hosted agent desk. The token is checked here, so a bad one shows the desk's own error at once; the page
 * script reads the token from `location.search` itself, and the HTML never contains it.
 */
export function serveDeskPage(_req: IncomingMessage, res: ServerResponse, url: URL, context: AgentPageContext) {
  const { sdkKey, sdkSecret, log } = context
  const verification = verifySdkToken(url.searchParams.get('access_token') ?? undefined, {
    sdkKey,
    sdkSecret,
    role: SDK_ROLE.agent,
  })
  if (!verification.ok) log(`desk: agent token refused (${verification.reason})`)
  const html = renderDeskPage({
    scriptUrl: PATHS.deskScript,
    cssUrl: PATHS.replayerCss,
    ...(verification.ok ? {} : { tokenError: DESK_TOKEN_ERROR }),
  })
  sendResponse(res, 200, 'text/html; charset=utf-8', html, PAGE_HEADERS)
}

/** The viewer page the BYOP agent SDK loads into its iframe. */
export function serveAgentViewerPage(_req: IncomingMessage, res: ServerResponse) {
  const html = renderAgentViewerPage({ scriptUrl: PATHS.viewerScript, cssUrl: PATHS.replayerCss })
  sendResponse(res, 200, 'text/html; charset=utf-8', html, PAGE_HEADERS)
}
