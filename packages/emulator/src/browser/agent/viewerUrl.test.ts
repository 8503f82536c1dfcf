import { describe, expect, it } from 'vitest'
import { buildViewerUrl, parseViewerFragment } from './viewerUrl.js'

describe('viewer URL', () => {
  it('puts the PIN, token and parent origin in the fragment, not the query', () => {
    const url = new URL(
      buildViewerUrl('http://localhost:4010', { pin: 'AB12', token: 'x.y.z', parent: 'https://a.test' }),
    )
    expect(url.origin).toBe('http://localhost:4010')
    expect(url.pathname).toBe('/sdkapi/zcb/frame-templates/agent-viewer')
    expect(url.search).toBe('')
    expect(parseViewerFragment(url.hash)).toEqual({ pin: 'AB12', token: 'x.y.z', parent: 'https://a.test' })
  })

  it('round-trips tokens with URL-special characters', () => {
    const token = 'a+b/c=d&e'
    expect(parseViewerFragment(new URL(buildViewerUrl('http://e.test', { pin: '1', token })).hash)).toEqual({
      pin: '1',
      token,
    })
  })

  it('leaves absent fields undefined', () => {
    expect(parseViewerFragment('')).toEqual({})
    expect(parseViewerFragment('#pin=123456&token=')).toEqual({ pin: '123456' })
  })
})
