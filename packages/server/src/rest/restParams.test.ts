import { describe, expect, it } from 'vitest'
import { CobrowseRestError } from './CobrowseRestError.js'
import { liveSessionsQuery, pastSessionsQuery, sessionPath, sessionTypeQuery, sessionUsersQuery } from './restParams.js'

function refusal(build: () => unknown): CobrowseRestError {
  try {
    build()
  } catch (error) {
    if (error instanceof CobrowseRestError) return error
    throw error
  }
  throw new Error('expected a CobrowseRestError')
}

describe('query parameters', () => {
  it('uses the names of the spec and leaves out what was not given', () => {
    expect(liveSessionsQuery({ page_size: 30, next_page_token: 'abc', session_pin: '987536' }).toString()).toBe(
      'page_size=30&next_page_token=abc&session_pin=987536',
    )
    expect(liveSessionsQuery(undefined).toString()).toBe('')
    expect(sessionUsersQuery({ page_size: 300 }).toString()).toBe('page_size=300')
    const past = pastSessionsQuery({
      time_type: 'end_time',
      from: '2025-02-01',
      to: '2025-02-14T19:09:01Z',
      session_id: 'GDDykmpQQU6MWL3GqLNUkw',
      session_pin: '987536',
    })
    expect(Object.fromEntries(past)).toEqual({
      time_type: 'end_time',
      from: '2025-02-01',
      to: '2025-02-14T19:09:01Z',
      session_id: 'GDDykmpQQU6MWL3GqLNUkw',
      session_pin: '987536',
    })
  })

  it('treats an empty cursor as the first page', () => {
    expect(liveSessionsQuery({ next_page_token: '' }).has('next_page_token')).toBe(false)
  })

  it.each([29, 301, 30.5, Number.NaN, '30'])('refuses page_size %s', (pageSize) => {
    const error = refusal(() => sessionUsersQuery({ page_size: pageSize as number }))
    expect(error.code).toBe('invalid_parameter')
    expect(error.message).toContain('page_size')
    expect(error.hint).toContain('30 to 300')
  })

  it('refuses values outside the enums and parameters that are not an object', () => {
    expect(refusal(() => pastSessionsQuery({ time_type: 'join_time' as 'start_time' })).message).toContain('time_type')
    expect(refusal(() => sessionTypeQuery('ended' as 'past')).message).toContain('session_type')
    expect(refusal(() => liveSessionsQuery('page_size=30' as never)).message).toContain('must be an object')
    expect(refusal(() => liveSessionsQuery({ session_pin: 987536 as unknown as string })).message).toContain(
      'session_pin must be a string',
    )
  })

  it('defaults session_type to live', () => {
    expect(sessionTypeQuery(undefined).toString()).toBe('session_type=live')
    expect(sessionTypeQuery('past').toString()).toBe('session_type=past')
  })

  it.each(['2025-2-1', '2025-02-30', '2025-02-14T25:00:00Z', '2025-02-14T19:09:01+01:00', '14/02/2025'])(
    'refuses the date %s',
    (from) => {
      expect(refusal(() => pastSessionsQuery({ from, to: '2025-03-01' })).message).toContain('from must be a date')
    },
  )

  it('needs to with from, and from not after to', () => {
    expect(refusal(() => pastSessionsQuery({ from: '2025-02-01' })).message).toContain('from needs to')
    expect(refusal(() => pastSessionsQuery({ from: '2025-02-14', to: '2025-02-01' })).message).toContain('after')
    // A bare `to` day reads as the whole day, so a time on that day is not "after" it.
    expect(pastSessionsQuery({ from: '2025-02-14T10:00:00Z', to: '2025-02-14' }).get('to')).toBe('2025-02-14')
  })
})

describe('sessionPath', () => {
  it('encodes the id so it cannot change the path', () => {
    expect(sessionPath('a/b?c#d')).toBe('/cobrowsesdk/sessions/a%2Fb%3Fc%23d')
    expect(sessionPath('GDDykmpQQU6MWL3GqLNUkw', '/users')).toBe('/cobrowsesdk/sessions/GDDykmpQQU6MWL3GqLNUkw/users')
  })

  it('refuses an empty or missing id, and ids a URL would resolve as path steps', () => {
    expect(refusal(() => sessionPath('')).code).toBe('invalid_parameter')
    expect(refusal(() => sessionPath('..', '/users')).code).toBe('invalid_parameter')
    expect(refusal(() => sessionPath(undefined as unknown as string)).message).toContain('got undefined')
  })
})
