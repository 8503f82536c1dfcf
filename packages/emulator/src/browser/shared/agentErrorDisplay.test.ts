import { describe, expect, it } from 'vitest'
import { describeAgentError, formatAgentError, NETWORK_ERROR_CODE } from './agentErrorDisplay.js'

describe('describeAgentError', () => {
  it("shows an unknown PIN as the desk does: code 30308, 'Cobrowse code not found'", () => {
    expect(describeAgentError(1006, 'No session has this PIN')).toEqual({
      code: 30308,
      message: 'Cobrowse code not found',
    })
  })

  it("shows a rejected token as 'Invalid token'", () => {
    expect(describeAgentError(2001, 'exp - iat is below 1800')).toEqual({ code: 2001, message: 'Invalid token' })
  })

  it("keeps the connection's own text for a network failure", () => {
    expect(describeAgentError(NETWORK_ERROR_CODE, 'The connection to the session was lost')).toEqual({
      code: 1016,
      message: 'The connection to the session was lost',
    })
  })

  it("keeps the code and the server's text for other errors", () => {
    expect(describeAgentError(1013, ' Too many agents in this session ')).toEqual({
      code: 1013,
      message: 'Too many agents in this session',
    })
  })

  it('falls back to a generic sentence when the server sent none', () => {
    expect(describeAgentError(1011, '')).toEqual({ code: 1011, message: 'Could not join the session' })
  })
})

describe('formatAgentError', () => {
  it('puts the code in brackets after the message', () => {
    expect(formatAgentError(describeAgentError(1006, ''))).toBe('Cobrowse code not found (30308)')
  })
})
