import { describe, expect, it } from 'vitest'
import { readAgent, readPinCode, toCobrowseError } from '../sdk/normalizePayload.js'
import { CobrowseError, isCobrowseError } from './CobrowseError.js'
import { KIT_ERRORS, ZOOM_ERRORS } from './errorCatalog.js'

describe('CobrowseError', () => {
  it.each(Object.keys(ZOOM_ERRORS).map(Number))('maps Zoom code %i to a named, hinted error', (code) => {
    const error = new CobrowseError(code)
    expect(error.code).toBe(code)
    expect(error.name).toMatch(/^[A-Z_]+$/)
    expect(error.message.length).toBeGreaterThan(5)
    expect(error.hint.length).toBeGreaterThan(5)
    expect(error).toBeInstanceOf(Error)
    expect(isCobrowseError(error)).toBe(true)
  })

  it.each(Object.keys(KIT_ERRORS))('maps kit code %s to a named, hinted error', (code) => {
    const error = new CobrowseError(code as keyof typeof KIT_ERRORS)
    expect(error.name).toBe(KIT_ERRORS[code as keyof typeof KIT_ERRORS][0])
    expect(error.hint).not.toBe('')
  })

  it('covers every documented Zoom code', () => {
    const documented = [
      1001, 1002, 1004, 1006, 1008, 1009, 1010, 1011, 1012, 1013, 1015, 1016, 1017, 2001, 9999, 30308, 124,
    ]
    expect(Object.keys(ZOOM_ERRORS).map(Number).sort()).toEqual(documented.sort())
  })

  it('reads 1006 as a PIN error that retrying cannot fix, and 1016 as a retryable network error', () => {
    expect(new CobrowseError(1006)).toMatchObject({
      name: 'SESSION_JOIN_PIN_NOT_FOUND',
      family: 'pin',
      retryable: false,
    })
    expect(new CobrowseError(1016)).toMatchObject({ name: 'NETWORK_ERROR', family: 'network', retryable: true })
  })

  it('treats an unknown Zoom code as UNDEFINED but keeps the code', () => {
    const error = new CobrowseError(4242)
    expect(error.code).toBe(4242)
    expect(error.name).toBe('UNDEFINED')
  })

  it('keeps message and hint overrides and the cause', () => {
    const cause = new Error('boom')
    const error = new CobrowseError('sdk_load_failed', { message: 'custom', hint: 'do this', cause })
    expect(error).toMatchObject({ message: 'custom', hint: 'do this', cause })
    expect(JSON.parse(JSON.stringify(error))).toEqual({
      code: 'sdk_load_failed',
      name: 'SDK_LOAD_FAILED',
      message: 'custom',
      hint: 'do this',
      retryable: true,
    })
  })

  it('does not mistake a plain Error for a CobrowseError', () => {
    expect(isCobrowseError(new Error('x'))).toBe(false)
    expect(isCobrowseError({ code: 1, hint: '', retryable: true, family: 'sdk' })).toBe(false)
  })
})

describe('normalizePayload', () => {
  it('reads the PIN under either key Zoom has used', () => {
    expect(readPinCode({ pinCode: '123456' })).toBe('123456')
    expect(readPinCode({ pincode: '654321' })).toBe('654321')
    expect(readPinCode({ pinCode: 123456 })).toBe('123456')
    expect(readPinCode({})).toBeUndefined()
    expect(readPinCode(undefined)).toBeUndefined()
  })

  it('reads agent id and name from the shapes seen in samples', () => {
    expect(readAgent({ userId: 'a1', userName: 'Ana' })).toEqual({ id: 'a1', name: 'Ana' })
    expect(readAgent({ user_id: 'b', displayName: 'Bo' })).toEqual({ id: 'b', name: 'Bo' })
    expect(readAgent(undefined)).toEqual({ name: '' })
  })

  it('turns SDK error payloads into CobrowseErrors with the SDK text', () => {
    const error = toCobrowseError({ code: 2001, errorMsg: 'bad token' })
    expect(error).toMatchObject({ code: 2001, name: 'TOKEN_INVALID', message: 'bad token' })
    expect(toCobrowseError({ code: '1006' }).code).toBe(1006)
    expect(toCobrowseError('weird').code).toBe('unknown')
    expect(toCobrowseError(null, 'sdk_init_failed').name).toBe('SDK_INIT_FAILED')
    const existing = new CobrowseError(1001)
    expect(toCobrowseError(existing)).toBe(existing)
  })
})
