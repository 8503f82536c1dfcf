import { renderAgentPage } from './agentPageShell.js'

export interface AgentViewerPageOptions {
  scriptUrl: string
  cssUrl: string
}

/**
 * The BYOP agent viewer, loaded by the agent SDK into the integrator's iframe. Everything it needs (PIN, token, the
 * parent's origin) arrives in the URL fragment, so the page itself is static.
 *
 * @example
 * renderAgentViewerPage({ scriptUrl: PATHS.viewerScript, cssUrl: PATHS.replayerCss })
 */
export function renderAgentViewerPage(options: AgentViewerPageOptions): string {
  return renderAgentPage({
    title: 'Cobrowse agent viewer',
    scriptUrl: options.scriptUrl,
    cssUrl: options.cssUrl,
    bodyClass: 'zcb-viewer',
    header: '<p id="zcb-status" class="zcb-status" role="status"></p>',
    main: '',
  })
}
