import type { AgentToServer, ServerToAgent } from '../../../protocol/messages.js'
import type { LiveView } from '../liveView.js'
import { nextScrollTarget, type ScrollPosition } from './scrollTarget.js'
import { createScrollThrottle, type ScrollThrottle } from './scrollThrottle.js'

type AssistStatus = Extract<ServerToAgent, { t: 'remote-assist' }>['status']

const STATE_TEXT: Record<AssistStatus, string> = {
  requested: 'Waiting for the customer to allow scrolling…',
  started: 'Remote scroll is on: scroll over the page',
  declined: 'The customer declined remote scroll',
  stopped: 'Remote scroll stopped',
}

// While the customer's own scroll event for a target has not come back yet, further wheel steps build on the target.
const TARGET_SETTLE_MS = 400

/**
 * Remote assist (scroll_page): "Request scroll" asks the customer; once they accept, wheel gestures over the view
 * scroll their page and "Stop scroll" ends it.
 */
export class RemoteAssistControl {
  readonly element: HTMLElement
  readonly #request: HTMLButtonElement
  readonly #stop: HTMLButtonElement
  readonly #state: HTMLElement
  readonly #view: HTMLElement
  readonly #liveView: LiveView
  readonly #throttle: ScrollThrottle
  #started = false
  #lastTarget: { position: ScrollPosition; at: number } | undefined

  constructor(document: Document, view: HTMLElement, liveView: LiveView, send: (message: AgentToServer) => void) {
    this.#view = view
    this.#liveView = liveView
    this.#throttle = createScrollThrottle((target) => send({ t: 'scroll', x: target.x, y: target.y }))
    this.element = document.createElement('div')
    this.element.className = 'zcb-group'
    this.element.setAttribute('role', 'group')
    this.element.setAttribute('aria-label', 'Remote assist')
    this.#request = button(document, 'Request scroll', () => send({ t: 'remote-assist', action: 'request' }))
    this.#stop = button(document, 'Stop scroll', () => send({ t: 'remote-assist', action: 'stop' }))
    this.#stop.hidden = true
    this.#state = document.createElement('span')
    this.#state.className = 'zcb-assist-state'
    // A second live region, not a status role: the page's one status line stays unambiguous.
    this.#state.setAttribute('aria-live', 'polite')
    this.element.append(this.#request, this.#stop, this.#state)
    view.addEventListener('wheel', this.#onWheel, { passive: false })
  }

  /** Follows the server's `remote-assist` status. */
  setStatus(status: AssistStatus): void {
    this.#started = status === 'started'
    this.#request.hidden = this.#started
    this.#request.disabled = status === 'requested'
    this.#stop.hidden = !this.#started
    this.#state.textContent = STATE_TEXT[status]
    this.#view.classList.toggle('zcb-remote-scroll', this.#started)
    if (!this.#started) {
      this.#throttle.cancel()
      this.#lastTarget = undefined
    }
  }

  destroy(): void {
    this.#throttle.cancel()
    this.#view.removeEventListener('wheel', this.#onWheel)
  }

  readonly #onWheel = (event: WheelEvent): void => {
    if (!this.#started) return
    event.preventDefault()
    const { scale, viewport } = this.#liveView.frame
    const now = Date.now()
    const settling = this.#lastTarget && now - this.#lastTarget.at < TARGET_SETTLE_MS
    const from = settling && this.#lastTarget ? this.#lastTarget.position : { x: viewport.scrollX, y: viewport.scrollY }
    const target = nextScrollTarget(
      from,
      event,
      { scale, viewportHeight: viewport.height },
      this.#liveView.scrollLimits,
    )
    this.#lastTarget = { position: target, at: now }
    this.#throttle.push(target)
  }
}

function button(document: Document, label: string, onClick: () => void): HTMLButtonElement {
  const element = document.createElement('button')
  element.type = 'button'
  element.textContent = label
  element.addEventListener('click', onClick)
  return element
}
