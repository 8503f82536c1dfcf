import { describe, expect, it } from 'vitest'
import { parseTokenRequest } from './parseTokenRequest.js'

function errorsOf(body: unknown) {
  const result = parseTokenRequest(body)
  if (result.ok) throw new Error(`expected a refusal, got ${JSON.stringify(result.request)}`)
  return result.errors
}

function requestOf(body: unknown) {
  const result = parseTokenRequest(body)
  if (!result.ok) throw new Error(`expected a request, got ${JSON.stringify(result.errors)}`)
  return result.request
}

describe('parseTokenRequest: the body', () => {
  it.each([
    ['an array', [1]],
    ['a number', 1],
    ['a string', 'role=1'],
    ['null', null],
    ['a boolean', true],
  ])('refuses %s with property "body"', (_, body) => {
    expect(errorsOf(body)).toEqual([{ property: 'body', reason: expect.stringContaining('JSON object') }])
  })

  it('ignores fields the sample does not know', () => {
    expect(requestOf({ role: 1, sessionId: 'x', enable_byop: 1 })).toEqual({ role: 1, expirationSeconds: 7200 })
  })
})

describe('parseTokenRequest: role', () => {
  it.each([
    [1, 1],
    [2, 2],
    ['1', 1],
    ['2', 2],
    [' 2 ', 2],
  ])('accepts %j as role %i', (raw, role) => {
    expect(requestOf({ role }).role).toBe(role)
    expect(requestOf({ role: raw }).role).toBe(role)
  })

  it.each([undefined, null])('requires it (%s)', (role) => {
    expect(errorsOf({ role })).toEqual([{ property: 'role', reason: expect.stringMatching(/^is required/) }])
    expect(errorsOf({})).toEqual([{ property: 'role', reason: expect.stringMatching(/^is required/) }])
  })

  it.each([0, 3, -1, 1.5, '3', '1abc', 'one', '', true, [1], { role: 1 }, Number.NaN])('refuses %j', (role) => {
    expect(errorsOf({ role })).toEqual([{ property: 'role', reason: expect.stringMatching(/^must be 1 \(customer\)/) }])
  })
})

describe('parseTokenRequest: userId and userName', () => {
  it.each(['userId', 'userName'])('%s: accepts up to 35 characters', (property) => {
    expect(requestOf({ role: 1, [property]: 'a'.repeat(35) })).toEqual({
      role: 1,
      expirationSeconds: 7200,
      [property]: 'a'.repeat(35),
    })
  })

  it.each(['userId', 'userName'])('%s: refuses 36 characters', (property) => {
    expect(errorsOf({ role: 1, [property]: 'a'.repeat(36) })).toEqual([
      { property, reason: 'must be at most 35 characters, got 36' },
    ])
  })

  it.each(['userId', 'userName'])('%s: refuses a value that is not a string', (property) => {
    for (const value of [42, true, ['x'], { id: 'x' }]) {
      expect(errorsOf({ role: 1, [property]: value })).toEqual([
        { property, reason: expect.stringMatching(/^must be a string/) },
      ])
    }
  })

  it.each(['userId', 'userName'])('%s: treats absent, null and "" as not given', (property) => {
    for (const value of [undefined, null, '']) {
      expect(requestOf({ role: 1, [property]: value })).toEqual({ role: 1, expirationSeconds: 7200 })
    }
  })
})

describe('parseTokenRequest: expirationSeconds', () => {
  it('defaults to 7200 (2 h)', () => {
    expect(requestOf({ role: 2 }).expirationSeconds).toBe(7200)
    expect(requestOf({ role: 2, expirationSeconds: null }).expirationSeconds).toBe(7200)
  })

  it.each([
    [1800, 1800],
    [172_800, 172_800],
    ['3600', 3600],
  ])('accepts %j', (raw, seconds) => {
    expect(requestOf({ role: 1, expirationSeconds: raw }).expirationSeconds).toBe(seconds)
  })

  it.each([1799, 172_801, 0, -3600, 3600.5, '1799', '3600s', '1e4', true, Number.POSITIVE_INFINITY])(
    'refuses %j',
    (expirationSeconds) => {
      expect(errorsOf({ role: 1, expirationSeconds })).toEqual([
        {
          property: 'expirationSeconds',
          reason: expect.stringMatching(/^must be a whole number of seconds from 1800/),
        },
      ])
    },
  )
})

describe('parseTokenRequest: all errors at once', () => {
  it('reports every broken rule in field order, not just the first', () => {
    expect(
      errorsOf({ role: 9, userId: 'i'.repeat(40), userName: 7, expirationSeconds: 60 }).map((e) => e.property),
    ).toEqual(['role', 'userId', 'userName', 'expirationSeconds'])
  })

  it('keeps reasons short when the value is huge', () => {
    const [issue] = errorsOf({ role: 'x'.repeat(10_000) })
    expect(issue?.reason.length).toBeLessThan(120)
  })
})
