import { describe, expect, it } from 'vitest'
import { CobrowseError } from '../errors/CobrowseError.js'
import { buildSdkUrl, DEFAULT_ZOOM_ORIGIN, normalizeSdkOrigin, SDK_PATH_PREFIX, ZOOM_SDK_VERSION } from './sdkUrl.js'

function configErrorOf(run: () => unknown): CobrowseError {
  try {
    run()
  } catch (error) {
    expect(error).toBeInstanceOf(CobrowseError)
    expect((error as CobrowseError).code).toBe('invalid_config')
    return error as CobrowseError
  }
  throw new Error('expected an invalid_config error')
}

describe('buildSdkUrl', () => {
  it('defaults to Zoom’s CDN and the pinned version', () => {
    expect(buildSdkUrl({ sdkKey: 'Key_123' })).toBe(
      `https://us01-zcb.zoom.us/static/resource/sdk/Key_123/js/${ZOOM_SDK_VERSION}`,
    )
    expect(DEFAULT_ZOOM_ORIGIN).toBe('https://us01-zcb.zoom.us')
    expect(SDK_PATH_PREFIX).toBe('/static/resource/sdk/')
  })

  it('accepts an exact version and a minor’s latest patch', () => {
    expect(buildSdkUrl({ sdkKey: 'k', version: '2.13.2' })).toBe(
      `${DEFAULT_ZOOM_ORIGIN}/static/resource/sdk/k/js/2.13.2`,
    )
    expect(buildSdkUrl({ sdkKey: 'k', version: '2.13.x' })).toBe(
      `${DEFAULT_ZOOM_ORIGIN}/static/resource/sdk/k/js/2.13.x`,
    )
  })

  it("drops the version segment for 'latest'", () => {
    expect(buildSdkUrl({ sdkKey: 'k', version: 'latest' })).toBe(`${DEFAULT_ZOOM_ORIGIN}/static/resource/sdk/k/js`)
  })

  it('uses a custom origin and strips its trailing slash', () => {
    expect(buildSdkUrl({ sdkKey: 'k', origin: 'http://localhost:4010/' })).toBe(
      `http://localhost:4010/static/resource/sdk/k/js/${ZOOM_SDK_VERSION}`,
    )
    expect(buildSdkUrl({ sdkKey: 'k', origin: 'http://localhost:4010' })).toBe(
      `http://localhost:4010/static/resource/sdk/k/js/${ZOOM_SDK_VERSION}`,
    )
  })

  it('percent-encodes characters of the key that are allowed but not URL-safe', () => {
    expect(buildSdkUrl({ sdkKey: 'a&b=c', version: '1.0.0' })).toBe(
      `${DEFAULT_ZOOM_ORIGIN}/static/resource/sdk/a%26b%3Dc/js/1.0.0`,
    )
  })

  it.each(['', 'a/b', 'a?b', 'a#b', 'a b', ' key', 'key\n'])('rejects sdkKey %j and names the option', (sdkKey) => {
    const error = configErrorOf(() => buildSdkUrl({ sdkKey }))
    expect(error.message).toContain('sdkKey')
    expect(error.hint).toMatch(/SDK key/)
  })

  it('rejects a missing sdkKey from untyped callers', () => {
    const error = configErrorOf(() => buildSdkUrl({} as { sdkKey: string }))
    expect(error.message).toContain('sdkKey')
  })

  it.each(['3.9', '3', 'v3.9.0', '3.9.0-beta', '3.x.x', 'LATEST', '', '3.9.0/'])(
    'rejects version %j and names the value',
    (version) => {
      const error = configErrorOf(() => buildSdkUrl({ sdkKey: 'k', version }))
      expect(error.message).toContain(`version '${version}'`)
      expect(error.hint).toContain('latest')
    },
  )

  it.each([
    'us01-zcb.zoom.us',
    'ftp://example.com',
    'https://example.com/path',
    'https://example.com/?q=1',
    'https://example.com/#x',
    'https://user:pw@example.com',
    '',
  ])('rejects origin %j and names the value', (origin) => {
    const error = configErrorOf(() => buildSdkUrl({ sdkKey: 'k', origin }))
    expect(error.message).toContain(`origin '${origin}'`)
    expect(error.hint).toContain('http')
  })
})

describe('normalizeSdkOrigin', () => {
  it('returns scheme and host only, the way a browser resolves a script src', () => {
    expect(normalizeSdkOrigin()).toBe(DEFAULT_ZOOM_ORIGIN)
    expect(normalizeSdkOrigin('HTTPS://Example.COM:443/')).toBe('https://example.com')
    expect(normalizeSdkOrigin('http://127.0.0.1:8080')).toBe('http://127.0.0.1:8080')
  })
})
