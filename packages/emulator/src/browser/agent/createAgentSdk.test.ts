import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { AgentInitResult, AgentInitSettings, AgentSession } from './agentSdkTypes.js'
import { AGENT_SDK_VERSION, createAgentSdk } from './createAgentSdk.js'

const MODULE_URL = 'http://emulator.test:4010/zcb/agent-sdk.js'

function init(settings: AgentInitSettings): Promise<AgentInitResult> {
  return new Promise((resolve) => createAgentSdk(MODULE_URL).init(settings, resolve))
}

async function joinedSession(settings: AgentInitSettings): Promise<AgentSession> {
  const result = await init(settings)
  if (!result.session) throw new Error('init failed')
  return result.session
}

describe('ZoomCobrowseAgentSDK.init', () => {
  let root: HTMLElement

  beforeEach(() => {
    root = document.createElement('div')
    root.id = 'viewer-root'
    document.body.append(root)
  })
  afterEach(() => {
    document.body.replaceChildren()
  })

  it('calls back after returning, with the SDK info and a session', async () => {
    const callback = vi.fn()
    createAgentSdk(MODULE_URL).init({ appKey: 'key', zoomAppRoot: root }, callback)
    expect(callback).not.toHaveBeenCalled()
    await vi.waitFor(() => expect(callback).toHaveBeenCalledOnce())
    const result = callback.mock.calls[0]?.[0] as AgentInitResult
    expect(result.success).toBe(true)
    expect(result.sdkInfo).toEqual({ version: AGENT_SDK_VERSION })
    expect(result.session?.getSessionInfo()).toEqual({ sessionStatus: 'idle' })
  })

  it('renders into an element passed directly', async () => {
    const session = await joinedSession({ appKey: 'key', zoomAppRoot: root })
    session.join({ pinCode: '123456', sdkToken: 'token' })
    expect(root.querySelector('iframe')).not.toBeNull()
  })

  it('renders into the element a selector matches', async () => {
    const session = await joinedSession({ appKey: 'key', zoomAppRoot: '#viewer-root' })
    session.join({ pinCode: '123456', sdkToken: 'token' })
    expect(root.querySelector('iframe')).not.toBeNull()
  })

  it('fails when the selector matches nothing', async () => {
    const result = await init({ appKey: 'key', zoomAppRoot: '#missing' })
    expect(result.success).toBe(false)
    expect(result.session).toBeUndefined()
    expect(result.error?.errorMsg).toBe("zoomAppRoot '#missing' matches no element")
  })

  it('fails on a selector that is not valid CSS', async () => {
    const result = await init({ appKey: 'key', zoomAppRoot: '##' })
    expect(result.error?.errorMsg).toBe("zoomAppRoot '##' is not a valid CSS selector")
  })

  it('fails when zoomAppRoot is neither an element nor a selector', async () => {
    const result = await init({ appKey: 'key', zoomAppRoot: {} as HTMLElement })
    expect(result).toMatchObject({
      success: false,
      error: { errorMsg: 'zoomAppRoot must be an element or a CSS selector' },
    })
  })

  it('fails without an appKey', async () => {
    const result = await init({ appKey: ' ', zoomAppRoot: root })
    expect(result).toMatchObject({ success: false, error: { errorMsg: 'appKey is required' } })
  })

  it('talks to the origin it was loaded from, or to zoomHostName when given', async () => {
    const fromModule = await joinedSession({ appKey: 'key', zoomAppRoot: root })
    fromModule.join({ pinCode: '123456', sdkToken: 'token' })
    expect(root.querySelector('iframe')?.src).toMatch(/^http:\/\/emulator\.test:4010\//)

    const other = document.createElement('div')
    document.body.append(other)
    const fromHost = await joinedSession({ appKey: 'key', zoomAppRoot: other, zoomHostName: 'http://127.0.0.1:5000' })
    fromHost.join({ pinCode: '123456', sdkToken: 'token' })
    expect(other.querySelector('iframe')?.src).toMatch(/^http:\/\/127\.0\.0\.1:5000\//)
  })
})
