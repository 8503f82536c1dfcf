import { AgentConnection } from '../shared/agentConnection.js'
import { describeAgentError, formatAgentError } from '../shared/agentErrorDisplay.js'
import { agentSocketUrl } from '../shared/agentSocket.js'
import { isSdkMessage, VIEWER_MESSAGE_SOURCE, type ViewerToSdk } from './viewerMessages.js'
import { parseViewerFragment } from './viewerUrl.js'

type Report = ViewerToSdk extends infer M ? (M extends unknown ? Omit<M, 'source'> : never) : never

/**
 * Runs the BYOP viewer in a page rendered by `renderAgentViewerPage`: joins with the PIN and token from the URL
 * fragment, shows the same workspace as the desk, and reports each step to the embedding page (the agent SDK) with
 * `postMessage`, addressed to the origin the SDK put in the fragment. The SDK's `leave` is obeyed only when it comes
 * from the parent window and that origin.
 */
export function mountViewer(window: Window): void {
  const { document } = window
  const params = parseViewerFragment(window.location.hash)
  const app = document.getElementById('zcb-app') ?? document.body
  const status = document.getElementById('zcb-status')
  const announce = (text: string) => {
    if (status) status.textContent = text
  }
  const report = (message: Report) => {
    if (!params.parent || window.parent === window) return
    const sent: ViewerToSdk = { source: VIEWER_MESSAGE_SOURCE, ...message }
    window.parent.postMessage(sent, params.parent)
  }
  const showError = (code: number, message: string) => {
    const alert = document.createElement('p')
    alert.className = 'zcb-alert'
    alert.setAttribute('role', 'alert')
    alert.textContent = formatAgentError(describeAgentError(code, message))
    app.replaceChildren(alert)
  }

  if (!params.token || !params.pin) {
    const [code, message] = params.token ? [1006, 'The viewer URL has no PIN'] : [2001, 'The viewer URL has no token']
    showError(code, message)
    report({ type: 'error', code, errorMsg: message })
    return
  }

  announce('Joining…')
  const connection = new AgentConnection({
    pin: params.pin,
    token: params.token,
    socketUrl: agentSocketUrl(window.location),
    mount: app,
    announce,
    joined: (joined) =>
      report({
        type: 'joined',
        sessionId: joined.sessionId,
        customer: { userId: joined.customer.userId, userName: joined.customer.userName },
      }),
    failed: (error) => {
      announce('')
      showError(error.code, error.message)
      report({ type: 'error', code: error.code, errorMsg: error.message })
    },
    left: () => {
      announce('You left the session')
      report({ type: 'left' })
    },
    ended: (reason) => {
      announce('The session has ended')
      report({ type: 'ended', reason })
    },
  })

  window.addEventListener('message', (event) => {
    if (event.source !== window.parent || event.origin !== params.parent || !isSdkMessage(event.data)) return
    // Already over (failed or ended): nothing to tell the server, but the SDK still waits for the acknowledgement.
    if (connection.isOver) report({ type: 'left' })
    else connection.leave()
  })
}
