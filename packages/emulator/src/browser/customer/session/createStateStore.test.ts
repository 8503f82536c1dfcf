import { describe, expect, it } from 'vitest'
import { browserStateEnvironment, createStateStore } from './createStateStore.js'
import type { StateEnvironment } from './savedState.js'

const STATE = { sessionId: 'sess-1', resumeKey: 'key-1', pin: '123456' }
const KEY = '$$ZCB_SESSION$$'

function fakeEnvironment(secure = false) {
  const storage = new Map<string, string>()
  const jar = new Map<string, string>()
  const written: string[] = []
  const env: StateEnvironment = {
    sessionStorage: {
      getItem: (key) => storage.get(key) ?? null,
      setItem: (key, value) => void storage.set(key, value),
      removeItem: (key) => void storage.delete(key),
    },
    cookies: {
      get: () => [...jar].map(([name, value]) => `${name}=${value}`).join('; '),
      set: (cookie) => {
        written.push(cookie)
        const [pair = ''] = cookie.split(';')
        const [name = '', value = ''] = pair.split('=')
        if (/max-age=0/.test(cookie)) jar.delete(name)
        else jar.set(name, value)
      },
    },
    secure,
  }
  return { env, storage, jar, written }
}

describe('createStateStore: sessionStorage (one tab)', () => {
  it('writes, reads back and clears the state under the key, without touching cookies', () => {
    const { env, storage, written } = fakeEnvironment()
    const store = createStateStore(KEY, false, env)
    expect(store.read()).toBeUndefined()
    store.write(STATE)
    expect(JSON.parse(storage.get(KEY) ?? '')).toEqual(STATE)
    expect(store.read()).toEqual(STATE)
    store.clear(STATE)
    expect(store.read()).toBeUndefined()
    expect(written).toEqual([])
  })

  it('does not clear a state another tab or page wrote since', () => {
    const { env } = fakeEnvironment()
    const store = createStateStore(KEY, false, env)
    store.write({ ...STATE, resumeKey: 'key-2' })
    store.clear(STATE)
    expect(store.read()?.resumeKey).toBe('key-2')
  })

  it('treats malformed or blocked storage as no state', () => {
    const { env, storage } = fakeEnvironment()
    storage.set(KEY, '{not json')
    expect(createStateStore(KEY, false, env).read()).toBeUndefined()
    storage.set(KEY, JSON.stringify({ sessionId: 1 }))
    expect(createStateStore(KEY, false, env).read()).toBeUndefined()
    const blocked = createStateStore(KEY, false, { ...env, sessionStorage: undefined })
    blocked.write(STATE)
    expect(blocked.read()).toBeUndefined()
  })
})

describe('createStateStore: cookie (multi-tab)', () => {
  it('keeps the state in a site-wide Lax cookie instead of sessionStorage', () => {
    const { env, storage, written } = fakeEnvironment()
    const store = createStateStore(KEY, true, env)
    store.write(STATE)
    expect(storage.size).toBe(0)
    expect(written[0]).toMatch(/^%24%24ZCB_SESSION%24%24=[^;]+; path=\/; SameSite=Lax$/)
    expect(store.read()).toEqual(STATE)
    expect(createStateStore(KEY, true, env).read()).toEqual(STATE)
  })

  it('marks the cookie Secure on HTTPS pages and expires it on clear', () => {
    const { env, written } = fakeEnvironment(true)
    const store = createStateStore('custom', true, env)
    store.write(STATE)
    expect(written[0]).toContain('; Secure')
    store.clear(STATE)
    expect(written[1]).toMatch(/^custom=; path=\/; SameSite=Lax; Secure; max-age=0$/)
    expect(store.read()).toBeUndefined()
  })

  it('leaves the cookie of the tab that took the session over', () => {
    const { env } = fakeEnvironment()
    const store = createStateStore(KEY, true, env)
    store.write({ ...STATE, resumeKey: 'taken-over' })
    store.clear(STATE)
    expect(store.read()?.resumeKey).toBe('taken-over')
  })

  it('works with the real document.cookie and sessionStorage', () => {
    const env = browserStateEnvironment(window)
    const cookie = createStateStore('zcb-test', true, env)
    cookie.write(STATE)
    expect(document.cookie).toContain('zcb-test=')
    expect(cookie.read()).toEqual(STATE)
    cookie.clear(STATE)
    expect(document.cookie).not.toContain('zcb-test=')
    const tab = createStateStore('zcb-test', false, env)
    tab.write(STATE)
    expect(window.sessionStorage.getItem('zcb-test')).not.toBeNull()
    tab.clear(STATE)
    expect(window.sessionStorage.getItem('zcb-test')).toBeNull()
  })
})
