import { describe, expect, it } from 'vitest'
import { createPageTokens, pageScope } from './pageTokens.js'

describe('page tokens', () => {
  it('carry a position back for the same query until they expire', () => {
    let now = 1_000
    const tokens = createPageTokens({ ttlMs: 500, now: () => now })
    const scope = pageScope('/v2/cobrowsesdk/past_sessions', new URLSearchParams('to=b&from=a&page_size=30'))
    const token = tokens.issue(scope, { after: [5, 'id'], window: [1, 2] })
    expect(tokens.read(token, scope)).toEqual({ after: [5, 'id'], window: [1, 2] })
    now = 1_499
    expect(tokens.read(token, scope)).toBeDefined()
    now = 1_500
    expect(tokens.read(token, scope)).toBeUndefined()
  })

  it('bind to the path and filters, in any order, whatever the page size', () => {
    const scope = (query: string) => pageScope('/p', new URLSearchParams(query))
    expect(scope('a=1&b=2&page_size=30&next_page_token=x')).toBe(scope('b=2&a=1&page_size=300'))
    const tokens = createPageTokens({ ttlMs: 1000, now: () => 0 })
    const token = tokens.issue(scope('a=1'), { after: [1, 'x'] })
    expect(tokens.read(token, scope('a=2'))).toBeUndefined()
  })

  it('refuse garbage, tampering and tokens of another emulator', () => {
    const tokens = createPageTokens({ ttlMs: 1000, now: () => 0 })
    const token = tokens.issue('s', { after: [1, 'x'] })
    const [body = '', signature = ''] = token.split('.')
    const forged = Buffer.from(JSON.stringify({ s: 'x', p: { after: [9, 'y'] }, x: 1e15 })).toString('base64url')
    for (const bad of [
      '',
      '.',
      'garbage',
      `${body}.${signature}.x`,
      `${forged}.${signature}`,
      `${body}x.${signature}`,
    ]) {
      expect(tokens.read(bad, 's')).toBeUndefined()
    }
    expect(createPageTokens({ ttlMs: 1000, now: () => 0 }).read(token, 's')).toBeUndefined()
  })
})
