import { getByRole, queryByRole } from '@testing-library/dom'
import { EventType, IncrementalSource } from 'rrweb'
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { renderDeskPage } from '../../pages/deskPage.js'
import type { AgentToServer, ServerToAgent, SessionFeatures } from '../../protocol/messages.js'
import { mountDesk } from './mountDesk.js'

/** Stands in for the browser WebSocket: records what the desk sends, lets the test play the server. */
class FakeWebSocket extends EventTarget {
  static readonly CONNECTING = 0
  static readonly OPEN = 1
  static readonly CLOSING = 2
  static readonly CLOSED = 3
  static opened: FakeWebSocket[] = []
  readyState = FakeWebSocket.CONNECTING
  readonly sent: AgentToServer[] = []

  constructor(readonly url: string) {
    super()
    FakeWebSocket.opened.push(this)
  }
  send(text: string) {
    this.sent.push(JSON.parse(text) as AgentToServer)
  }
  close() {
    this.readyState = FakeWebSocket.CLOSED
  }
  open() {
    this.readyState = FakeWebSocket.OPEN
    this.dispatchEvent(new Event('open'))
  }
  receive(message: ServerToAgent) {
    this.dispatchEvent(new MessageEvent('message', { data: JSON.stringify(message) }))
  }
  drop() {
    this.readyState = FakeWebSocket.CLOSED
    this.dispatchEvent(new Event('close'))
  }
}

const ALL_FEATURES: SessionFeatures = {
  allowAgentAnnotation: true,
  allowCustomerAnnotation: true,
  remoteAssist: { enable: true, enableCustomerConsent: true, remoteAssistTypes: ['scroll_page'] },
  multiTabSessionPersistence: false,
}
const NO_FEATURES: SessionFeatures = {
  ...ALL_FEATURES,
  allowAgentAnnotation: false,
  remoteAssist: { ...ALL_FEATURES.remoteAssist, enable: false },
}
const joinedMessage = (features = ALL_FEATURES): ServerToAgent => ({
  t: 'joined',
  sessionId: 's1',
  pin: '123456',
  agent: { userId: 'agent-1', userName: 'Alex' },
  customer: { userId: 'customer-1', userName: 'Casey' },
  features,
})

function loadDesk(search = '?access_token=agent.jwt', tokenError?: { code: number; message: string }) {
  const html = renderDeskPage({
    scriptUrl: '/zcb/desk.js',
    cssUrl: '/zcb/replayer.css',
    ...(tokenError && { tokenError }),
  })
  const page = new DOMParser().parseFromString(html, 'text/html')
  document.body.replaceWith(document.adoptNode(page.body))
  const location = { search, protocol: 'http:', host: 'emulator.test:4010' } as Location
  mountDesk(document, location)
}

const body = () => document.body
const status = () => getByRole(body(), 'status')
const button = (name: string) => getByRole(body(), 'button', { name })
const socket = () => {
  const last = FakeWebSocket.opened.at(-1)
  if (!last) throw new Error('no socket was opened')
  return last
}

function join(pin = '123 456', features = ALL_FEATURES) {
  const input = getByRole(body(), 'textbox', { name: 'PIN' }) as HTMLInputElement
  input.value = pin
  button('Join').click()
  socket().open()
  socket().receive(joinedMessage(features))
}

describe('desk page', () => {
  beforeAll(() => {
    // jsdom has no iframe `sandbox` list; rrweb checks it before rebuilding the customer's page.
    Object.defineProperty(HTMLIFrameElement.prototype, 'sandbox', {
      configurable: true,
      get(this: HTMLIFrameElement) {
        return (this.getAttribute('sandbox') ?? '').split(' ').filter(Boolean)
      },
    })
  })
  beforeEach(() => {
    FakeWebSocket.opened = []
    vi.stubGlobal('WebSocket', FakeWebSocket)
  })
  afterEach(() => {
    vi.unstubAllGlobals()
  })

  it('shows the token error from the page and no form', () => {
    loadDesk('?access_token=bad', { code: 124, message: 'Invalid token' })
    expect(getByRole(body(), 'alert').textContent).toBe('Invalid token (124)')
    expect(queryByRole(body(), 'textbox')).toBeNull()
  })

  it('shows the token error when the URL has no token', () => {
    loadDesk('')
    expect(getByRole(body(), 'alert').textContent).toBe('Invalid token (124)')
    expect(queryByRole(body(), 'button', { name: 'Join' })).toBeNull()
  })

  it('offers the PIN form', () => {
    loadDesk()
    expect(getByRole(body(), 'heading', { name: "Enter the customer's PIN" })).toBeTruthy()
    expect(getByRole(body(), 'textbox', { name: 'PIN' })).toBeTruthy()
    expect(button('Join')).toBeTruthy()
  })

  it('explains a malformed PIN and opens no socket', () => {
    loadDesk()
    const input = getByRole(body(), 'textbox', { name: 'PIN' }) as HTMLInputElement
    input.value = '12.34'
    button('Join').click()
    expect(getByRole(body(), 'alert').textContent).toBe('A PIN has letters and digits only.')
    expect(input.getAttribute('aria-invalid')).toBe('true')
    expect(FakeWebSocket.opened).toHaveLength(0)
  })

  it('joins over the agent socket with the token from the URL and the normalised PIN', () => {
    loadDesk()
    const input = getByRole(body(), 'textbox', { name: 'PIN' }) as HTMLInputElement
    input.value = 'ab-12 cd'
    button('Join').click()
    expect(socket().url).toBe('ws://emulator.test:4010/zcb/ws?role=agent')
    expect(socket().sent).toEqual([])
    socket().open()
    expect(socket().sent).toEqual([{ t: 'join', token: 'agent.jwt', pin: 'AB12CD' }])
  })

  it('shows an unknown PIN as the desk does and lets the agent try again', () => {
    loadDesk()
    const input = getByRole(body(), 'textbox', { name: 'PIN' }) as HTMLInputElement
    input.value = '999999'
    button('Join').click()
    socket().open()
    socket().receive({ t: 'error', code: 1006, message: 'PIN not found' })
    expect(getByRole(body(), 'alert').textContent).toBe('Cobrowse code not found (30308)')
    expect(input.disabled).toBe(false)
    expect(button('Join')).toBeTruthy()
  })

  it('reports a socket that cannot connect', () => {
    loadDesk()
    ;(getByRole(body(), 'textbox', { name: 'PIN' }) as HTMLInputElement).value = '123456'
    button('Join').click()
    socket().drop()
    expect(getByRole(body(), 'alert').textContent).toBe('Could not reach the cobrowse service (1016)')
  })

  it('swaps the form for the live view, toolbar and status once joined', () => {
    loadDesk()
    join()
    expect(status().textContent).toContain('Connected')
    expect(getByRole(body(), 'form', { hidden: true }).hidden).toBe(true)
    expect(body().querySelector('[data-testid="agent-view"]')).not.toBeNull()
    for (const name of ['Leave', 'Pen', 'Rectangle', 'Vanishing pen', 'Eraser', 'Undo', 'Request scroll']) {
      expect(button(name)).toBeTruthy()
    }
    expect(queryByRole(body(), 'button', { name: 'Stop scroll' })).toBeNull()
  })

  it('offers no annotation or remote-assist controls the customer page did not allow', () => {
    loadDesk()
    join('123456', NO_FEATURES)
    expect(button('Leave')).toBeTruthy()
    for (const name of ['Pen', 'Eraser', 'Undo', 'Request scroll']) {
      expect(queryByRole(body(), 'button', { name })).toBeNull()
    }
  })

  it('replays the customer page inside the view', async () => {
    loadDesk()
    join()
    socket().receive({
      t: 'rrweb',
      event: { type: EventType.Meta, timestamp: 1, data: { href: 'x', width: 800, height: 600 } },
    })
    socket().receive({ t: 'rrweb', event: fullSnapshot('Checkout') })
    const frame = body().querySelector<HTMLIFrameElement>('[data-testid="agent-view"] iframe')
    await vi.waitFor(() => expect(frame?.contentDocument?.body.textContent).toBe('Checkout'), { timeout: 1000 })
  })

  it('follows the customer connection in the status line', () => {
    loadDesk()
    join()
    socket().receive({ t: 'customer-status', status: 'reconnecting' })
    expect(status().textContent).toBe('Customer is reconnecting…')
    socket().receive({ t: 'customer-status', status: 'connected' })
    expect(status().textContent).toBe('Connected to Casey')
  })

  it('returns to the form when the session ends', () => {
    loadDesk()
    join()
    socket().receive({ t: 'ended', reason: 'ended_by_customer' })
    expect(status().textContent).toBe('The session has ended')
    expect(body().querySelector('[data-testid="agent-view"]')).toBeNull()
    expect(getByRole(body(), 'textbox', { name: 'PIN' })).toBeTruthy()
  })

  it('Leave tells the server and returns to the form', () => {
    loadDesk()
    join()
    button('Leave').click()
    expect(socket().sent.at(-1)).toEqual({ t: 'leave' })
    expect(socket().readyState).toBe(FakeWebSocket.CLOSED)
    expect(status().textContent).toBe('You left the session')
    expect(getByRole(body(), 'textbox', { name: 'PIN' })).toBeTruthy()
    expect(body().querySelector('[data-testid="agent-view"]')).toBeNull()
  })

  describe('remote assist', () => {
    it('requests, scrolls the customer page with the wheel while started, and stops', () => {
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] })
      try {
        loadDesk()
        join()
        showCustomerPage({ scrollY: 100 })
        button('Request scroll').click()
        expect(socket().sent.at(-1)).toEqual({ t: 'remote-assist', action: 'request' })

        socket().receive({ t: 'remote-assist', status: 'requested' })
        expect(button('Request scroll')).toHaveProperty('disabled', true)
        const view = body().querySelector('[data-testid="agent-view"]') as HTMLElement
        view.dispatchEvent(new WheelEvent('wheel', { deltaY: 50, bubbles: true, cancelable: true }))
        expect(socket().sent.filter((message) => message.t === 'scroll')).toEqual([])

        socket().receive({ t: 'remote-assist', status: 'started' })
        const wheel = new WheelEvent('wheel', { deltaY: 50, bubbles: true, cancelable: true })
        view.dispatchEvent(wheel)
        expect(wheel.defaultPrevented).toBe(true)
        expect(socket().sent.at(-1)).toEqual({ t: 'scroll', x: 0, y: 150 })

        button('Stop scroll').click()
        expect(socket().sent.at(-1)).toEqual({ t: 'remote-assist', action: 'stop' })
        socket().receive({ t: 'remote-assist', status: 'stopped' })
        expect(queryByRole(body(), 'button', { name: 'Stop scroll' })).toBeNull()
        expect(button('Request scroll')).toHaveProperty('disabled', false)
      } finally {
        vi.useRealTimers()
      }
    })
  })

  describe('annotations', () => {
    const overlay = () => body().querySelector('svg.zcb-overlay') as SVGSVGElement
    const pointer = (type: string, x: number, y: number) =>
      overlay().dispatchEvent(new PointerEvent(type, { clientX: x, clientY: y, bubbles: true, pointerId: 1 }))
    const sentMarks = () => socket().sent.flatMap((message) => (message.t === 'annotation' ? [message.mark] : []))

    it('sends a pen stroke in document coordinates, shows it, and takes it back with Undo', () => {
      loadDesk()
      join()
      showCustomerPage({ scrollY: 300 })
      button('Pen').click()
      expect(button('Pen').getAttribute('aria-pressed')).toBe('true')
      pointer('pointerdown', 10, 20)
      pointer('pointermove', 40, 20)
      pointer('pointerup', 40, 20)

      const [mark] = sentMarks()
      expect(mark).toMatchObject({
        kind: 'stroke',
        tool: 'pen',
        points: [
          [10, 320],
          [40, 320],
        ],
      })
      const id = mark?.kind === 'stroke' ? mark.id : ''
      expect(id).toMatch(/^[0-9a-f-]{36}$/)
      expect(overlay().querySelector(`[data-mark-id="${id}"]`)).not.toBeNull()

      button('Undo').click()
      expect(sentMarks().at(-1)).toEqual({ kind: 'undo' })
      expect(overlay().querySelector(`[data-mark-id="${id}"]`)).toBeNull()
    })

    it("shows the customer's marks and erases one on click", () => {
      loadDesk()
      join()
      showCustomerPage({ scrollY: 0 })
      socket().receive({
        t: 'annotation',
        mark: {
          kind: 'stroke',
          id: 'm1',
          tool: 'rectangle',
          color: '#00f',
          points: [
            [0, 0],
            [100, 50],
          ],
        },
        by: { userId: 'customer-1', userName: 'Casey' },
      })
      expect(overlay().querySelector('rect[data-mark-id="m1"]')).not.toBeNull()

      button('Eraser').click()
      pointer('pointerdown', 100, 25)
      expect(sentMarks()).toEqual([{ kind: 'erase', id: 'm1' }])
      expect(overlay().querySelector('[data-mark-id="m1"]')).toBeNull()
    })

    it('lets pointer input through to the view when no tool is active', () => {
      loadDesk()
      join()
      showCustomerPage({ scrollY: 0 })
      expect(overlay().style.pointerEvents).toBe('none')
      button('Rectangle').click()
      expect(overlay().style.pointerEvents).toBe('auto')
      button('Rectangle').click()
      expect(overlay().style.pointerEvents).toBe('none')
      expect(button('Rectangle').getAttribute('aria-pressed')).toBe('false')
    })
  })
})

function fullSnapshot(text: string, top = 0) {
  return {
    type: EventType.FullSnapshot,
    timestamp: 2,
    data: {
      node: {
        type: 0,
        id: 1,
        childNodes: [
          {
            type: 2,
            tagName: 'html',
            attributes: {},
            id: 2,
            childNodes: [
              { type: 2, tagName: 'body', attributes: {}, id: 3, childNodes: [{ type: 3, textContent: text, id: 4 }] },
            ],
          },
        ],
      },
      initialOffset: { top, left: 0 },
    },
  }
}

/** Meta, a FullSnapshot and a document scroll: enough for the overlay to know the customer's viewport. */
function showCustomerPage({ scrollY }: { scrollY: number }) {
  socket().receive({
    t: 'rrweb',
    event: { type: EventType.Meta, timestamp: 1, data: { href: 'x', width: 800, height: 600 } },
  })
  socket().receive({ t: 'rrweb', event: fullSnapshot('Page') })
  socket().receive({
    t: 'rrweb',
    event: {
      type: EventType.IncrementalSnapshot,
      timestamp: 3,
      data: { source: IncrementalSource.Scroll, id: 1, x: 0, y: scrollY },
    },
  })
}
