import { describe, expect, it } from 'vitest'
import { createSessionStore } from './createSessionStore.js'

describe('createSessionStore on the server', () => {
  it('has no window, so loading ends in a typed sdk_unavailable error instead of a crash', async () => {
    const store = createSessionStore({ sdkKey: 'k', token: 'a.b.c' })
    expect(store.getState()).toEqual({ status: 'idle' })
    await store.start()
    expect(store.getState()).toMatchObject({ status: 'error', during: 'load', error: { code: 'sdk_unavailable' } })
  })

  it('mounts without touching storage or the network', () => {
    const store = createSessionStore({ sdkKey: 'k', token: 'a.b.c' })
    const release = store.mount()
    expect(store.getState().status).toBe('idle')
    release()
  })
})
