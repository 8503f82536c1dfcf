import type { Page } from '@playwright/test'
import { describe, expect, it } from 'vitest'
import type { DomString } from './collectDomStrings.js'
import { createLeakCheck } from './createLeakCheck.js'
import { LeaksFoundError } from './LeaksFoundError.js'
import { PlaywrightHelperError } from './PlaywrightHelperError.js'

const CARD = '4111222233334444'
type Listener = (data: { payload: string | Buffer }) => void

/** The little of Playwright's Page and WebSocket that a leak check touches. */
function fakePage(dom: DomString[] = []) {
  const onSocket: Array<(socket: unknown) => void> = []
  let closed = false
  const frame = { parentFrame: () => null, isDetached: () => false, evaluate: async () => dom }
  const page = {
    on: (event: string, listener: (socket: unknown) => void) => {
      if (event === 'websocket') onSocket.push(listener)
    },
    isClosed: () => closed,
    frames: () => [frame],
  }
  return {
    page: page as unknown as Page,
    close: () => {
      closed = true
    },
    /** Opens a socket; returns functions that deliver a frame in each direction. */
    open(url = 'ws://127.0.0.1:4010/zcb/ws?role=customer') {
      const listeners = new Map<string, Listener[]>()
      const socket = {
        url: () => url,
        on: (event: string, listener: Listener) => listeners.set(event, [...(listeners.get(event) ?? []), listener]),
      }
      for (const listener of onSocket) listener(socket)
      const deliver = (event: string) => (payload: unknown) => {
        const text = typeof payload === 'string' || Buffer.isBuffer(payload) ? payload : JSON.stringify(payload)
        for (const listener of listeners.get(event) ?? []) listener({ payload: text as string | Buffer })
      }
      return { send: deliver('framesent'), receive: deliver('framereceived') }
    },
  }
}

const input = (text: string) => ({ t: 'rrweb', event: { type: 3, timestamp: 1, data: { source: 5, id: 6, text } } })

describe('createLeakCheck', () => {
  it('records frames of both directions per page, numbered per page, binary ones as text', async () => {
    const customer = fakePage()
    const check = createLeakCheck({ secrets: [CARD] })
    expect(check.watch(customer.page, 'customer')).toBe('customer')
    const socket = customer.open()
    socket.send(input('*'))
    socket.receive(Buffer.from('{"t":"agent-joined"}'))
    expect(check.frames.map((frame) => [frame.page, frame.direction, frame.index, frame.payload])).toEqual([
      ['customer', 'sent', 1, JSON.stringify(input('*'))],
      ['customer', 'received', 2, '{"t":"agent-joined"}'],
    ])
    await expect(check.findLeaks({ settleMs: 0 })).resolves.toEqual([])
    await expect(check.expectNoLeaks({ settleMs: 0 })).resolves.toBeUndefined()
  })

  it('keeps labels unique and watches a page once', () => {
    const check = createLeakCheck({ secrets: [CARD] })
    const first = fakePage()
    expect(check.watch(first.page, 'agent')).toBe('agent')
    expect(check.watch(fakePage().page, 'agent')).toBe('agent (2)')
    expect(check.watch(fakePage().page, 'agent')).toBe('agent (3)')
    expect(check.watch(first.page, 'other')).toBe('agent')
  })

  it('throws a readable report with every leak, frames first, then agent views', async () => {
    const customer = fakePage()
    const agent = fakePage([{ path: 'html > body > input#card', field: 'value', value: CARD }])
    const check = createLeakCheck({ secrets: [CARD] })
    check.watch(customer.page, 'customer')
    check.watch(agent.page, 'agent', { agentView: true })
    customer.open().send(input(CARD))
    agent.open('ws://127.0.0.1:4010/zcb/ws?role=agent').receive(input(CARD))

    const error = await check.expectNoLeaks({ settleMs: 0 }).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(LeaksFoundError)
    const { leaks, message } = error as LeaksFoundError
    expect(leaks.map((leak) => [leak.where, leak.page, leak.where === 'frame' ? leak.direction : leak.field])).toEqual([
      ['frame', 'customer', 'sent'],
      ['frame', 'agent', 'received'],
      ['agent-view', 'agent', 'value'],
    ])
    expect(message).toContain('3 leaks in 3 places (scanned 2 WebSocket frames of customer, agent; agent view agent)')
    expect(message).toContain('in the agent view of agent: value of html > body > input#card')
  })

  it('refuses to pass when nothing was captured', async () => {
    const check = createLeakCheck({ secrets: [CARD] })
    check.watch(fakePage().page, 'customer')
    const error = await check.expectNoLeaks({ settleMs: 0 }).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(PlaywrightHelperError)
    expect((error as PlaywrightHelperError).code).toBe('nothing_captured')
    expect((error as Error).message).toContain('before the page opens its cobrowse session')
  })

  it('refuses to skip a closed agent view unless told to', async () => {
    const agent = fakePage([{ path: 'html', field: 'text', value: CARD }])
    const check = createLeakCheck({ secrets: [CARD] })
    check.watch(agent.page, 'agent', { agentView: true })
    agent.open().receive(input('*'))
    agent.close()
    await expect(check.findLeaks({ settleMs: 0 })).rejects.toMatchObject({ code: 'agent_view_closed' })
    await expect(check.findLeaks({ settleMs: 0, scanAgentViews: false })).resolves.toEqual([])
  })

  it('waits for frames to stop before scanning, up to maxWaitMs', async () => {
    const customer = fakePage()
    const check = createLeakCheck({ secrets: [CARD] })
    check.watch(customer.page, 'customer')
    const socket = customer.open()
    socket.send(input('*'))
    setTimeout(() => socket.send(input(CARD)), 40)
    await expect(check.findLeaks({ settleMs: 100 })).resolves.toHaveLength(1)

    const started = Date.now()
    await check.findLeaks({ settleMs: 10_000, maxWaitMs: 50 })
    expect(Date.now() - started).toBeLessThan(1000)
  })
})
