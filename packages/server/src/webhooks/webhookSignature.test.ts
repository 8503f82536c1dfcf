import { createHmac } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { importHmacKey } from '../crypto/hmacKey.js'
import { signWebhook } from './signWebhook.js'
import { hmacHex, isSignatureForm, signatureMatches } from './webhookSignature.js'

// Expected values come from node:crypto, independently of the WebCrypto code under test.
function zoomSignature(secret: string, timestamp: string, body: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`
}

const VECTORS = [
  { secret: 'secret-token', timestamp: '1743483350', body: '{"event":"cobrowse.session_started"}' },
  { secret: 'ü-ñ-秘密', timestamp: '0', body: '' },
  { secret: 'x', timestamp: '9999999999', body: '{"name":"Zoë 🙂","text":"line\\nbreak"}' },
]

describe('webhook signatures', () => {
  it.each(VECTORS)('signs like Zoom: v0= + hex HMAC-SHA256 of v0:timestamp:body ($timestamp)', async (vector) => {
    const headers = await signWebhook({
      secretToken: vector.secret,
      body: vector.body,
      timestamp: Number(vector.timestamp),
    })
    expect(headers).toEqual({
      'x-zm-request-timestamp': vector.timestamp,
      'x-zm-signature': zoomSignature(vector.secret, vector.timestamp, vector.body),
    })
  })

  it('computes the URL validation token as hex HMAC-SHA256 of the plain token', async () => {
    const key = await importHmacKey('secret-token')
    const expected = createHmac('sha256', 'secret-token').update('qgg8vlvZRS6UYooatFL8Aw').digest('hex')
    expect(await hmacHex(key, 'qgg8vlvZRS6UYooatFL8Aw')).toBe(expected)
  })

  it('matches the right signature and refuses every single-character change of it', async () => {
    const key = await importHmacKey('secret-token')
    const body = '{"event":"x"}'
    const good = zoomSignature('secret-token', '100', body)
    expect(await signatureMatches(key, '100', body, good)).toBe(true)
    for (let i = 3; i < good.length; i++) {
      const flipped = `${good.slice(0, i)}${good[i] === '0' ? '1' : '0'}${good.slice(i + 1)}`
      expect(await signatureMatches(key, '100', body, flipped)).toBe(false)
    }
    expect(await signatureMatches(key, '101', body, good)).toBe(false)
    expect(await signatureMatches(key, '100', `${body} `, good)).toBe(false)
    expect(await signatureMatches(await importHmacKey('other'), '100', body, good)).toBe(false)
  })

  it('accepts only Zoom’s form: v0= and 64 lowercase hex digits', () => {
    const good = zoomSignature('s', '1', '')
    expect(isSignatureForm(good)).toBe(true)
    for (const bad of [
      good.toUpperCase(),
      `V0=${good.slice(3)}`,
      good.slice(0, -1),
      `${good}0`,
      `v1=${good.slice(3)}`,
      '',
      'v0=',
    ]) {
      expect(isSignatureForm(bad)).toBe(false)
    }
  })
})
