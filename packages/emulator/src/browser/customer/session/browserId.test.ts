import { afterEach, describe, expect, it } from 'vitest'
import { BROWSER_ID_KEY, readBrowserId } from './browserId.js'

afterEach(() => {
  window.localStorage.clear()
})

describe('readBrowserId', () => {
  it('creates an id once and keeps returning it from localStorage', () => {
    const id = readBrowserId(window)
    expect(id).toMatch(/^[0-9a-f-]{32,36}$/)
    expect(window.localStorage.getItem(BROWSER_ID_KEY)).toBe(id)
    expect(readBrowserId(window)).toBe(id)
  })

  it('still gives an id without randomUUID or storage', () => {
    const win = {
      get localStorage(): Storage {
        throw new DOMException('denied', 'SecurityError')
      },
      crypto: { getRandomValues: (bytes: Uint8Array) => bytes.fill(171) } as unknown as Crypto,
    }
    expect(readBrowserId(win)).toBe('ab'.repeat(16))
  })
})
