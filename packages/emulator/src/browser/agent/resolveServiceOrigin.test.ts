import { describe, expect, it } from 'vitest'
import { resolveServiceOrigin } from './resolveServiceOrigin.js'

describe('resolveServiceOrigin', () => {
  it('uses the origin the module was served from', () => {
    expect(resolveServiceOrigin(undefined, 'http://localhost:4010/zcb/agent-sdk.js', 'https://app.test')).toBe(
      'http://localhost:4010',
    )
  })

  it('prefers zoomHostName: an origin as given, a bare host with the page scheme', () => {
    const moduleUrl = 'http://localhost:4010/zcb/agent-sdk.js'
    expect(resolveServiceOrigin('http://127.0.0.1:5000/ignored', moduleUrl, 'https://app.test')).toBe(
      'http://127.0.0.1:5000',
    )
    expect(resolveServiceOrigin('emulator.test:8443', moduleUrl, 'https://app.test')).toBe('https://emulator.test:8443')
  })

  it('falls back to the page origin when the module URL is not HTTP', () => {
    expect(resolveServiceOrigin(undefined, 'file:///repo/src/browser/agent/index.ts', 'http://app.test')).toBe(
      'http://app.test',
    )
    expect(resolveServiceOrigin('', 'not a url', 'http://app.test')).toBe('http://app.test')
  })

  it('throws on a zoomHostName that is not a host', () => {
    expect(() => resolveServiceOrigin('bad host name', 'file:///x', 'http://app.test')).toThrow()
  })
})
