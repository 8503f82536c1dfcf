import { describe, expect, it } from 'vitest'
import { loadCobrowseSdk } from './loadCobrowseSdk.js'

describe('loadCobrowseSdk on the server', () => {
  it('runs without a DOM', () => {
    expect(typeof window).toBe('undefined')
    expect(typeof document).toBe('undefined')
  })

  it('resolves null and installs nothing', async () => {
    await expect(loadCobrowseSdk({ sdkKey: 'key123' })).resolves.toBeNull()
    expect('ZoomCobrowseSDK' in globalThis).toBe(false)
    expect('ZoomCobrowseSDKInitArgs' in globalThis).toBe(false)
  })

  it('does not throw or reject for config that would be invalid in a browser', async () => {
    let promise: Promise<unknown> | undefined
    expect(() => {
      promise = loadCobrowseSdk({ sdkKey: '', version: 'nope', timeoutMs: -1 })
    }).not.toThrow()
    await expect(promise).resolves.toBeNull()
  })
})
