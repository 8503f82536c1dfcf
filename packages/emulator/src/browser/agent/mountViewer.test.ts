import { getByRole } from '@testing-library/dom'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { AgentConnectionOptions } from '../shared/agentConnection.js'
import { mountViewer } from './mountViewer.js'
import { SDK_MESSAGE_SOURCE, VIEWER_MESSAGE_SOURCE } from './viewerMessages.js'

// The socket side is the desk's (tested there); here only the viewer's reports to the SDK matter.
const connection = vi.hoisted(() => ({
  options: undefined as AgentConnectionOptions | undefined,
  isOver: false,
  leave: vi.fn(),
}))
vi.mock('../shared/agentConnection.js', () => ({
  AgentConnection: class {
    constructor(options: AgentConnectionOptions) {
      connection.options = options
    }
    get isOver() {
      return connection.isOver
    }
    leave() {
      connection.leave()
    }
  },
}))

const PARENT = 'https://app.test'

/** A viewer window inside a parent page: the document is jsdom's, the parent and listeners are fakes. */
function openViewer(hash: string) {
  document.body.innerHTML = '<header><p id="zcb-status" role="status"></p></header><main id="zcb-app"></main>'
  const parent = { postMessage: vi.fn() }
  const listeners: Array<(event: MessageEvent) => void> = []
  const viewer = {
    document,
    location: { hash, protocol: 'https:', host: 'emulator.test' },
    parent,
    addEventListener: (type: string, listener: (event: MessageEvent) => void) => {
      if (type === 'message') listeners.push(listener)
    },
  }
  mountViewer(viewer as unknown as Window)
  const fromParent = (data: unknown, origin = PARENT, source: unknown = parent) => {
    for (const listener of listeners) listener({ data, origin, source } as MessageEvent)
  }
  return { parent, fromParent }
}

const options = () => {
  if (!connection.options) throw new Error('no connection was made')
  return connection.options
}

describe('BYOP viewer page', () => {
  beforeEach(() => {
    connection.options = undefined
    connection.isOver = false
    connection.leave.mockClear()
  })

  it('joins with the PIN and token from the fragment on the page host', () => {
    openViewer(`#pin=AB12&token=a.b.c&parent=${encodeURIComponent(PARENT)}`)
    expect(options()).toMatchObject({ pin: 'AB12', token: 'a.b.c', socketUrl: 'wss://emulator.test/zcb/ws?role=agent' })
    expect(getByRole(document.body, 'status').textContent).toBe('Joining…')
  })

  it('reports joined, ended and left to the parent origin only', () => {
    const { parent } = openViewer(`#pin=AB12&token=a.b.c&parent=${encodeURIComponent(PARENT)}`)
    options().joined?.({
      t: 'joined',
      sessionId: 's1',
      pin: 'AB12',
      agent: { userId: 'a', userName: 'Alex' },
      customer: { userId: 'c', userName: 'Casey' },
      features: {
        allowAgentAnnotation: true,
        allowCustomerAnnotation: true,
        remoteAssist: { enable: false, enableCustomerConsent: true, remoteAssistTypes: [] },
        multiTabSessionPersistence: false,
      },
    })
    options().ended?.('ended_by_customer')
    expect(parent.postMessage.mock.calls).toEqual([
      [
        {
          source: VIEWER_MESSAGE_SOURCE,
          type: 'joined',
          sessionId: 's1',
          customer: { userId: 'c', userName: 'Casey' },
        },
        PARENT,
      ],
      [{ source: VIEWER_MESSAGE_SOURCE, type: 'ended', reason: 'ended_by_customer' }, PARENT],
    ])
    expect(getByRole(document.body, 'status').textContent).toBe('The session has ended')
  })

  it("shows a failed join in the desk's words but reports Zoom's code to the SDK", () => {
    const { parent } = openViewer(`#pin=999999&token=a.b.c&parent=${encodeURIComponent(PARENT)}`)
    options().failed?.({ code: 1006, message: 'PIN not found' })
    expect(getByRole(document.body, 'alert').textContent).toBe('Cobrowse code not found (30308)')
    expect(parent.postMessage).toHaveBeenCalledExactlyOnceWith(
      { source: VIEWER_MESSAGE_SOURCE, type: 'error', code: 1006, errorMsg: 'PIN not found' },
      PARENT,
    )
  })

  it('reports a fragment without a token as a token error and does not connect', () => {
    const { parent } = openViewer(`#pin=123456&parent=${encodeURIComponent(PARENT)}`)
    expect(connection.options).toBeUndefined()
    expect(getByRole(document.body, 'alert').textContent).toBe('Invalid token (2001)')
    expect(parent.postMessage).toHaveBeenCalledWith(expect.objectContaining({ type: 'error', code: 2001 }), PARENT)
  })

  it('posts nothing when the SDK did not say where its page is', () => {
    const { parent } = openViewer('#pin=123456&token=a.b.c')
    options().left?.()
    expect(parent.postMessage).not.toHaveBeenCalled()
  })

  it("leaves when the parent's SDK asks, from the parent window and origin only", () => {
    const { fromParent } = openViewer(`#pin=AB12&token=a.b.c&parent=${encodeURIComponent(PARENT)}`)
    const leave = { source: SDK_MESSAGE_SOURCE, type: 'leave' }
    fromParent(leave, 'https://evil.test')
    fromParent(leave, PARENT, {})
    fromParent({ type: 'leave' })
    expect(connection.leave).not.toHaveBeenCalled()
    fromParent(leave)
    expect(connection.leave).toHaveBeenCalledOnce()
  })

  it('acknowledges a leave at once when the visit is already over', () => {
    const { parent, fromParent } = openViewer(`#pin=AB12&token=a.b.c&parent=${encodeURIComponent(PARENT)}`)
    connection.isOver = true
    fromParent({ source: SDK_MESSAGE_SOURCE, type: 'leave' })
    expect(connection.leave).not.toHaveBeenCalled()
    expect(parent.postMessage).toHaveBeenCalledExactlyOnceWith({ source: VIEWER_MESSAGE_SOURCE, type: 'left' }, PARENT)
  })
})
