import { describe, expect, it, vi } from 'vitest'
import { createFakeAgentSdk } from '../testing/index.js'
import { createAgentSessionStore } from './createAgentSessionStore.js'

const TOKEN = 'h.p.s'
const settle = () => new Promise((resolve) => setTimeout(resolve, 5))

function setup(options: Parameters<typeof createFakeAgentSdk>[0] = {}) {
  const fake = createFakeAgentSdk(options)
  const root = document.createElement('div')
  document.body.append(root)
  const token = vi.fn(async () => TOKEN)
  const store = createAgentSessionStore({ sdk: fake.sdk, sdkKey: 'key', token, user: { id: 'a1', name: 'Ana' } })
  return { fake, root, store, token }
}

describe('createAgentSessionStore', () => {
  it('joins with an agent token, renders into the root and reports joined', async () => {
    const { fake, root, store, token } = setup({ pins: ['123456'] })
    await store.join('123 456', root)
    await settle()
    expect(token).toHaveBeenCalledWith(expect.objectContaining({ role: 2, userId: 'a1', userName: 'Ana' }))
    expect(fake.calls.init).toEqual([{ appKey: 'key', zoomAppRoot: root }])
    expect(fake.calls.join).toEqual([{ pinCode: '123456', sdkToken: TOKEN }])
    expect(store.getState()).toEqual({ status: 'joined', pin: '123456' })
    expect(root.contains(fake.viewer)).toBe(true)
  })

  it('refuses a malformed PIN before calling the SDK', async () => {
    const { fake, root, store } = setup()
    await store.join('12-34!', root)
    expect(store.getState()).toMatchObject({ status: 'error', error: { code: 'invalid_pin' } })
    expect(fake.calls.init).toHaveLength(0)
  })

  it('surfaces an unknown PIN as the typed 1006 error, and can join again', async () => {
    const { fake, root, store } = setup({ pins: ['654321'] })
    await store.join('123456', root)
    await settle()
    expect(store.getState()).toMatchObject({ status: 'error', pin: '123456', error: { code: 1006 } })
    await store.join('654321', root)
    await settle()
    expect(store.getState()).toEqual({ status: 'joined', pin: '654321' })
    expect(fake.calls.init).toHaveLength(1)
  })

  it('leaves, and follows the end of the session', async () => {
    const { fake, root, store } = setup()
    await store.join('ABC123', root)
    await settle()
    store.leave()
    expect(store.getState()).toEqual({ status: 'left', pin: 'ABC123' })
    await settle()
    expect(fake.calls.leave).toBe(1)
    await store.join('ABC123', root)
    await settle()
    await fake.play([{ type: 'session-ended', reason: 'ended_by_customer' }])
    expect(store.getState()).toEqual({ status: 'ended', pin: 'ABC123', reason: 'ended_by_customer' })
  })

  it('surfaces a failed token fetch and a failed init as typed errors', async () => {
    const fake = createFakeAgentSdk()
    const root = document.createElement('div')
    const noToken = createAgentSessionStore({
      sdk: fake.sdk,
      sdkKey: 'k',
      token: () => Promise.reject(new Error('403')),
    })
    await noToken.join('123456', root)
    expect(noToken.getState()).toMatchObject({ status: 'error', error: { code: 'token_fetch_failed' } })
    const broken = createFakeAgentSdk({ initError: { errorMsg: 'no root' } })
    const store = createAgentSessionStore({ sdk: broken.sdk, sdkKey: 'k', token: TOKEN })
    await store.join('123456', root)
    expect(store.getState()).toMatchObject({ status: 'error', error: { code: 'sdk_init_failed', message: 'no root' } })
  })
})
