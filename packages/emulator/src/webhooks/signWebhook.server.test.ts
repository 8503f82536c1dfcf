import { describe, expect, it } from 'vitest'
import { encryptPlainToken, signWebhook, webhookSignature } from './signWebhook.js'

// Expected values computed with `openssl dgst -sha256 -hmac`, independently of node:crypto.
const SECRET = 'dev-secret-token'
const BODY = '{"event":"cobrowse.session_started"}'

describe('signWebhook', () => {
  it('signs v0:{timestamp}:{body} with HMAC-SHA256 in hex', () => {
    expect(webhookSignature(SECRET, 1743483350, BODY)).toBe(
      'v0=b08469777ebcdf1f99a5be69d728de13bba0b0279730b5463be5c3a7cc4cb8c0',
    )
  })

  it('encrypts a plainToken as hex HMAC-SHA256', () => {
    expect(encryptPlainToken(SECRET, 'qgg8vlvZRS6UYooatFL8Aw')).toBe(
      '3c7bcd13ade71e679104ea6aed24cd505a31a523c136954fdc589475ddbcdb3d',
    )
  })

  it('sends the timestamp in whole seconds, the matching signature and a fresh tracking id', () => {
    const first = signWebhook(SECRET, BODY, 1743483350_999)
    const second = signWebhook(SECRET, BODY, 1743483350_999)
    expect(first).toMatchObject({
      'content-type': 'application/json; charset=utf-8',
      'user-agent': 'Zoom Marketplace/1.0a',
      'x-zm-request-timestamp': '1743483350',
      'x-zm-signature': 'v0=b08469777ebcdf1f99a5be69d728de13bba0b0279730b5463be5c3a7cc4cb8c0',
    })
    expect(first['x-zm-trackingid']).toBeTruthy()
    expect(second['x-zm-trackingid']).not.toBe(first['x-zm-trackingid'])
  })
})
