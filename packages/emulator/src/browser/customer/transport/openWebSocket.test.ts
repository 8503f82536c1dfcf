import { afterEach, describe, expect, it, vi } from 'vitest'
import type { ServerToCustomer } from '../../../protocol/messages.js'
import { customerSocketUrl, webSocketOpener } from './openWebSocket.js'

/** Stands in for the browser's WebSocket. */
class FakeWebSocket extends EventTarget {
  static readonly OPEN = 1
  static instances: FakeWebSocket[] = []
  readyState = 0
  readonly sent: string[] = []
  closed = false
  constructor(readonly url: string) {
    super()
    FakeWebSocket.instances.push(this)
  }
  send(data: string): void {
    this.sent.push(data)
  }
  close(): void {
    this.closed = true
  }
  open(): void {
    this.readyState = 1
    this.dispatchEvent(new Event('open'))
  }
  message(data: unknown): void {
    this.dispatchEvent(new MessageEvent('message', { data }))
  }
}

afterEach(() => {
  vi.unstubAllGlobals()
  FakeWebSocket.instances = []
})

describe('customerSocketUrl', () => {
  it('maps http to ws and https to wss, with role=customer', () => {
    expect(customerSocketUrl('http://127.0.0.1:4010')).toBe('ws://127.0.0.1:4010/zcb/ws?role=customer')
    expect(customerSocketUrl('https://emu.example')).toBe('wss://emu.example/zcb/ws?role=customer')
  })
})

describe('webSocketOpener', () => {
  it('speaks JSON, drops sends before open and ignores malformed messages', () => {
    vi.stubGlobal('WebSocket', FakeWebSocket)
    const messages: ServerToCustomer[] = []
    const onOpen = vi.fn()
    const socket = webSocketOpener('ws://x/zcb/ws?role=customer')({
      onOpen,
      onMessage: (message) => messages.push(message),
      onClose: vi.fn(),
    })
    const ws = FakeWebSocket.instances[0] as FakeWebSocket
    expect(ws.url).toBe('ws://x/zcb/ws?role=customer')
    socket.send({ t: 'end' })
    expect(ws.sent).toEqual([])
    ws.open()
    expect(onOpen).toHaveBeenCalledTimes(1)
    socket.send({ t: 'end' })
    expect(ws.sent).toEqual(['{"t":"end"}'])
    ws.message('not json')
    ws.message('{"no":"type"}')
    ws.message('{"t":"snapshot-request"}')
    expect(messages).toEqual([{ t: 'snapshot-request' }])
  })

  it('reports a server close once, and nothing after the client closed', () => {
    vi.stubGlobal('WebSocket', FakeWebSocket)
    const onClose = vi.fn()
    webSocketOpener('ws://x')({ onOpen: vi.fn(), onMessage: vi.fn(), onClose })
    const ws = FakeWebSocket.instances[0] as FakeWebSocket
    ws.dispatchEvent(new Event('close'))
    ws.dispatchEvent(new Event('close'))
    expect(onClose).toHaveBeenCalledTimes(1)
    const onClose2 = vi.fn()
    const socket = webSocketOpener('ws://x')({ onOpen: vi.fn(), onMessage: vi.fn(), onClose: onClose2 })
    socket.close()
    ;(FakeWebSocket.instances[1] as FakeWebSocket).dispatchEvent(new Event('close'))
    expect(onClose2).not.toHaveBeenCalled()
  })

  it('turns a refused connection (CSP) into an asynchronous close', async () => {
    vi.stubGlobal(
      'WebSocket',
      class {
        constructor() {
          throw new DOMException('blocked', 'SecurityError')
        }
      },
    )
    const onClose = vi.fn()
    webSocketOpener('ws://x')({ onOpen: vi.fn(), onMessage: vi.fn(), onClose })
    expect(onClose).not.toHaveBeenCalled()
    await Promise.resolve()
    expect(onClose).toHaveBeenCalledTimes(1)
  })
})
