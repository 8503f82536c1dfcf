import { AgentConnection } from '../shared/agentConnection.js'
import { DESK_TOKEN_ERROR, describeAgentError, formatAgentError } from '../shared/agentErrorDisplay.js'
import { agentSocketUrl } from '../shared/agentSocket.js'
import { createPinForm } from './pinForm.js'

/**
 * Runs the hosted desk in a page rendered by `renderDeskPage`: the PIN form, then the session workspace, then the form
 * again when the agent leaves or the session ends. The agent token comes from `?access_token=` in the page URL.
 */
export function mountDesk(document: Document, location: Location): void {
  const { body } = document
  // The server already refused the token and says so in the page; there is nothing to join with.
  if (body.dataset.tokenErrorCode) return

  const app = document.getElementById('zcb-app') ?? body
  const status = document.getElementById('zcb-status') ?? createStatusLine(document)
  const announce = (text: string) => {
    status.textContent = text
  }

  const token = new URLSearchParams(location.search).get('access_token')
  if (!token) {
    const alert = document.createElement('p')
    alert.className = 'zcb-alert'
    alert.setAttribute('role', 'alert')
    alert.textContent = formatAgentError(DESK_TOKEN_ERROR)
    app.append(alert)
    return
  }

  const form = createPinForm(document, (pin) => {
    announce('Joining…')
    new AgentConnection({
      pin,
      token,
      socketUrl: agentSocketUrl(location),
      mount: app,
      announce,
      joined: () => form.hide(),
      failed: (error) => {
        announce('')
        form.reset()
        form.showError(formatAgentError(describeAgentError(error.code, error.message)))
      },
      left: () => {
        form.reset()
        announce('You left the session')
      },
      ended: () => {
        form.reset()
        announce('The session has ended')
      },
    })
  })
  app.append(form.element)
}

function createStatusLine(document: Document): HTMLElement {
  const status = document.createElement('p')
  status.className = 'zcb-status'
  status.setAttribute('role', 'status')
  document.body.prepend(status)
  return status
}
