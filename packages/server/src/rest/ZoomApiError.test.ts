import { describe, expect, it } from 'vitest'
import { ZoomApiError, zoomApiErrorFromAnswer } from './ZoomApiError.js'

describe('zoomApiErrorFromAnswer', () => {
  it("keeps Zoom's code and message, and adds the hint for the code", () => {
    const error = zoomApiErrorFromAnswer(404, '{"code":30300,"message":"Session does not exist: abc"}', undefined)
    expect(error).toBeInstanceOf(ZoomApiError)
    expect(error).toMatchObject({ status: 404, code: 30300, message: 'Session does not exist: abc' })
    expect(error.hint).toMatch(/sessionId/)
    expect('retryAfterMs' in error).toBe(false)
  })

  it('reads a numeric string code, and falls back to the status for anything else', () => {
    expect(zoomApiErrorFromAnswer(400, '{"code":"30101","message":"x"}', undefined).code).toBe(30101)
    expect(zoomApiErrorFromAnswer(400, '{"code":"bad","message":"x"}', undefined).code).toBe(400)
    expect(zoomApiErrorFromAnswer(503, '<html>', undefined)).toMatchObject({ code: 503, hint: /server error/ })
    expect(zoomApiErrorFromAnswer(418, 'null', undefined).hint).toMatch(/Zoom's message/)
  })

  it('carries Retry-After and serialises with its hint', () => {
    const error = zoomApiErrorFromAnswer(429, '{"code":429,"message":"Too many requests."}', 1000)
    expect(JSON.parse(JSON.stringify(error))).toEqual({
      name: 'ZoomApiError',
      status: 429,
      code: 429,
      message: 'Too many requests.',
      hint: error.hint,
      retryAfterMs: 1000,
    })
  })
})
