import type { AgentToServer, ServerToAgent } from '../../protocol/messages.js'
import { AnnotationLayer } from './annotation/annotationLayer.js'
import { createAnnotationToolbar } from './annotation/annotationToolbar.js'
import { LiveView } from './liveView.js'
import { RemoteAssistControl } from './remoteAssist/remoteAssistControl.js'

type Joined = Extract<ServerToAgent, { t: 'joined' }>

export interface AgentWorkspaceOptions {
  /** Where the workspace renders; it fills this element. */
  mount: HTMLElement
  joined: Joined
  send(message: AgentToServer): void
  /** The Leave button was pressed. */
  leave(): void
}

/**
 * What an agent sees once joined: a toolbar (Leave, then the annotation and remote-assist controls the customer's
 * page allowed) above the live view of the customer's page with the annotation overlay on top.
 */
export class AgentWorkspace {
  readonly #root: HTMLElement
  readonly #liveView: LiveView
  readonly #annotations: AnnotationLayer | undefined
  readonly #remoteAssist: RemoteAssistControl | undefined

  constructor({ mount, joined, send, leave }: AgentWorkspaceOptions) {
    const document = mount.ownerDocument
    this.#root = document.createElement('section')
    this.#root.className = 'zcb-workspace'
    this.#root.setAttribute('aria-label', `Cobrowse session with ${joined.customer.userName}`)

    const toolbar = document.createElement('div')
    toolbar.className = 'zcb-toolbar'
    const leaveButton = document.createElement('button')
    leaveButton.type = 'button'
    leaveButton.textContent = 'Leave'
    leaveButton.addEventListener('click', leave)
    toolbar.append(leaveButton)

    const view = document.createElement('div')
    view.className = 'zcb-view'
    view.dataset.testid = 'agent-view'
    this.#root.append(toolbar, view)
    mount.append(this.#root)

    this.#liveView = new LiveView(view)
    const { features } = joined
    if (features.allowAgentAnnotation) {
      const layer = new AnnotationLayer({
        view,
        selfId: joined.agent.userId,
        send: (mark) => send({ t: 'annotation', mark }),
      })
      this.#liveView.onFrame((frame) => layer.setFrame(frame))
      layer.setFrame(this.#liveView.frame)
      toolbar.append(createAnnotationToolbar(document, layer))
      this.#annotations = layer
    }
    if (features.remoteAssist.enable) {
      this.#remoteAssist = new RemoteAssistControl(document, view, this.#liveView, send)
      toolbar.append(this.#remoteAssist.element)
    }
  }

  /** Routes the messages that concern the view: mirrored events, others' marks, remote-assist state. */
  handle(message: ServerToAgent): void {
    switch (message.t) {
      case 'rrweb':
        this.#liveView.addEvent(message.event)
        break
      case 'annotation':
        this.#annotations?.receive(message.mark, message.by.userId)
        break
      case 'remote-assist':
        this.#remoteAssist?.setStatus(message.status)
        break
    }
  }

  destroy(): void {
    this.#remoteAssist?.destroy()
    this.#annotations?.destroy()
    this.#liveView.destroy()
    this.#root.remove()
  }
}
