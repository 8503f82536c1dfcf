import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { AgentCallbackResult, AgentSession, AgentViewerEndpointResult } from './agentSdkTypes.js'
import { createAgentSession, VIEWER_IFRAME_ALLOW } from './createAgentSession.js'
import { SDK_MESSAGE_SOURCE, VIEWER_MESSAGE_SOURCE, type ViewerToSdk } from './viewerMessages.js'

const ORIGIN = 'http://emulator.test:4010'
const VIEWER_PATH = '/sdkapi/zcb/frame-templates/agent-viewer'
const PARENT = encodeURIComponent(window.location.origin)

type Report = ViewerToSdk extends infer M ? (M extends unknown ? Omit<M, 'source'> : never) : never

describe('agent session', () => {
  let root: HTMLElement
  let session: AgentSession

  beforeEach(() => {
    root = document.createElement('div')
    document.body.append(root)
    session = createAgentSession({ origin: ORIGIN, root, window })
  })
  afterEach(() => {
    session.leave()
    document.body.replaceChildren()
    vi.useRealTimers()
  })

  const frame = () => root.querySelector('iframe')

  /** Posts a viewer report to the SDK as if it came from `source` at `origin`. */
  const fromViewer = (report: Report, source = frame()?.contentWindow, origin = ORIGIN) => {
    const data: ViewerToSdk = { source: VIEWER_MESSAGE_SOURCE, ...report }
    window.dispatchEvent(new MessageEvent('message', { data, origin, source: source ?? null }))
  }

  const join = (pinCode = 'ab-12', sdkToken = 'agent.jwt') => {
    const callback = vi.fn<(result: AgentCallbackResult) => void>()
    session.join({ pinCode, sdkToken }, callback)
    return callback
  }

  it('renders the viewer iframe with the PIN, token and parent origin in the fragment', () => {
    join()
    const iframe = frame()
    expect(iframe?.src).toBe(`${ORIGIN}${VIEWER_PATH}#pin=AB12&token=agent.jwt&parent=${PARENT}`)
    expect(iframe?.getAttribute('allow')).toBe(VIEWER_IFRAME_ALLOW)
    expect(iframe?.style.width).toBe('100%')
    expect(iframe?.style.height).toBe('100%')
    expect(session.getSessionInfo()).toEqual({ sessionStatus: 'connecting' })
  })

  it("turns the viewer's joined report into the callback and session_joined", () => {
    const callback = join()
    const joined = vi.fn()
    session.on('session_joined', joined)
    fromViewer({ type: 'joined', sessionId: 's1', customer: { userId: 'c1', userName: 'Casey' } })
    expect(callback).toHaveBeenCalledExactlyOnceWith({ success: true })
    expect(joined).toHaveBeenCalledExactlyOnceWith({
      pinCode: 'AB12',
      sessionId: 's1',
      customer: { userId: 'c1', userName: 'Casey' },
    })
    expect(session.getSessionInfo()).toEqual({ sessionStatus: 'in_session' })
  })

  it('ignores reports from another origin', () => {
    const callback = join()
    fromViewer(
      { type: 'joined', sessionId: 's1', customer: { userId: 'c', userName: 'C' } },
      undefined,
      'http://evil.test',
    )
    expect(callback).not.toHaveBeenCalled()
    expect(session.getSessionInfo().sessionStatus).toBe('connecting')
  })

  it('ignores reports from a window other than the viewer iframe', () => {
    const callback = join()
    fromViewer({ type: 'joined', sessionId: 's1', customer: { userId: 'c', userName: 'C' } }, window)
    expect(callback).not.toHaveBeenCalled()
  })

  it('ignores messages that are not viewer reports', () => {
    const callback = join()
    window.dispatchEvent(
      new MessageEvent('message', { data: { type: 'joined' }, origin: ORIGIN, source: frame()?.contentWindow ?? null }),
    )
    expect(callback).not.toHaveBeenCalled()
  })

  it('turns an error report into a failed callback and session_error', () => {
    const callback = join()
    const errors = vi.fn()
    session.on('session_error', errors)
    fromViewer({ type: 'error', code: 1006, errorMsg: 'PIN not found' })
    const error = { code: 1006, errorMsg: 'PIN not found' }
    expect(callback).toHaveBeenCalledExactlyOnceWith({ success: false, error })
    expect(errors).toHaveBeenCalledExactlyOnceWith(error)
    expect(session.getSessionInfo().sessionStatus).toBe('idle')
  })

  it('reports the end of the session with its reason', () => {
    join()
    const ended = vi.fn()
    session.on('session_ended', ended)
    fromViewer({ type: 'joined', sessionId: 's1', customer: { userId: 'c', userName: 'C' } })
    fromViewer({ type: 'ended', reason: 'ended_by_customer' })
    expect(ended).toHaveBeenCalledExactlyOnceWith({ reason: 'ended_by_customer' })
    expect(session.getSessionInfo().sessionStatus).toBe('ended')
  })

  it('reports a leave made inside the viewer', () => {
    join()
    const left = vi.fn()
    session.on('session_left', left)
    fromViewer({ type: 'joined', sessionId: 's1', customer: { userId: 'c', userName: 'C' } })
    fromViewer({ type: 'left' })
    expect(left).toHaveBeenCalledOnce()
    expect(session.getSessionInfo().sessionStatus).toBe('idle')
  })

  it('leave() tells the viewer, emits session_left and removes the iframe once the viewer confirms', () => {
    join()
    fromViewer({ type: 'joined', sessionId: 's1', customer: { userId: 'c', userName: 'C' } })
    const viewer = frame()?.contentWindow
    if (!viewer) throw new Error('no viewer window')
    const post = vi.spyOn(viewer, 'postMessage')
    const left = vi.fn()
    session.on('session_left', left)

    session.leave()
    expect(post).toHaveBeenCalledExactlyOnceWith({ source: SDK_MESSAGE_SOURCE, type: 'leave' }, ORIGIN)
    expect(left).toHaveBeenCalledOnce()
    expect(session.getSessionInfo().sessionStatus).toBe('idle')
    expect(frame()?.style.display).toBe('none')

    fromViewer({ type: 'left' }, viewer)
    expect(frame()).toBeNull()
    expect(left).toHaveBeenCalledOnce()
  })

  it('leave() removes the iframe after a grace period when the viewer never confirms', () => {
    vi.useFakeTimers()
    join()
    session.leave()
    expect(frame()).not.toBeNull()
    vi.advanceTimersByTime(1000)
    expect(frame()).toBeNull()
  })

  it('end() leaves like leave(): only the customer can end a session', () => {
    join()
    const left = vi.fn()
    session.on('session_left', left)
    session.end()
    expect(left).toHaveBeenCalledOnce()
  })

  it('leave() before the viewer joined fails the pending join callback', async () => {
    const callback = join()
    session.leave()
    expect(callback).toHaveBeenCalledWith({ success: false, error: expect.objectContaining({ code: 1011 }) })
  })

  it('refuses a second join while one is under way', async () => {
    join()
    const second = join()
    await vi.waitFor(() => expect(second).toHaveBeenCalled())
    expect(second).toHaveBeenCalledWith({ success: false, error: expect.objectContaining({ code: 1002 }) })
    expect(root.querySelectorAll('iframe')).toHaveLength(1)
  })

  it.each([
    [{ pinCode: '12.34', sdkToken: 't' }, 1006],
    [{ pinCode: '', sdkToken: 't' }, 1006],
    [{ pinCode: '123456', sdkToken: '' }, 2001],
  ])('fails join(%j) with code %i and renders nothing', async (options, code) => {
    const callback = vi.fn()
    session.join(options, callback)
    await vi.waitFor(() => expect(callback).toHaveBeenCalled())
    expect(callback).toHaveBeenCalledWith({ success: false, error: expect.objectContaining({ code }) })
    expect(frame()).toBeNull()
  })

  it('off() stops a handler; a throwing handler does not stop the others', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    join()
    const removed = vi.fn()
    const after = vi.fn()
    session.on('session_joined', removed)
    session.on('session_joined', () => {
      throw new Error('integrator bug')
    })
    session.on('session_joined', after)
    session.off('session_joined', removed)
    fromViewer({ type: 'joined', sessionId: 's1', customer: { userId: 'c', userName: 'C' } })
    expect(removed).not.toHaveBeenCalled()
    expect(after).toHaveBeenCalledOnce()
    expect(error).toHaveBeenCalledOnce()
    error.mockRestore()
  })

  describe('createAgentViewerEndpoint', () => {
    const endpoint = (pinCode: string, sdkToken: string) =>
      new Promise<AgentViewerEndpointResult>((resolve) =>
        session.createAgentViewerEndpoint({ pinCode, sdkToken }, resolve),
      )

    it('returns the viewer URL with everything in the fragment and renders nothing', async () => {
      const result = await endpoint('123 456', 'a.b.c')
      expect(result).toEqual({
        success: true,
        agentViewerUrl: `${ORIGIN}${VIEWER_PATH}#pin=123456&token=a.b.c&parent=${PARENT}`,
      })
      const url = new URL(result.agentViewerUrl ?? '')
      expect(url.search).toBe('')
      expect(frame()).toBeNull()
      expect(session.getSessionInfo().sessionStatus).toBe('idle')
    })

    it('fails for a malformed PIN', async () => {
      const result = await endpoint('not a pin!', 'a.b.c')
      expect(result).toMatchObject({ success: false, error: { code: 1006 } })
    })
  })
})
