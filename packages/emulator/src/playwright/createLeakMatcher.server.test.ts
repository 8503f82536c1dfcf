import { describe, expect, it } from 'vitest'
import { cardNumberPattern } from './cardNumberPattern.js'
import { createLeakMatcher } from './createLeakMatcher.js'
import { PlaywrightHelperError } from './PlaywrightHelperError.js'

describe('createLeakMatcher', () => {
  it('finds a whole secret, with an excerpt around it', () => {
    const matcher = createLeakMatcher({ secrets: ['4111111111111111'] })
    expect(matcher.inString('{"text":"4111111111111111"}')).toEqual([
      { by: 'secret', of: '4111111111111111', found: '4111111111111111', excerpt: '{"text":"4111111111111111"}' },
    ])
    expect(matcher.inString('nothing here')).toEqual([])
  })

  it('cuts long excerpts on both sides', () => {
    const [match] = createLeakMatcher({ secrets: ['SECRET'] }).inString(`${'a'.repeat(100)}SECRET${'b'.repeat(100)}`)
    expect(match?.excerpt).toBe(`…${'a'.repeat(24)}SECRET${'b'.repeat(24)}…`)
  })

  it('with pieceLength, reports one piece per secret when the whole is absent', () => {
    const matcher = createLeakMatcher({ secrets: ['my-secret-note'], pieceLength: 6 })
    expect(matcher.inString('partial: -secre and then')).toEqual([
      expect.objectContaining({ by: 'piece', of: 'my-secret-note', found: '-secre' }),
    ])
    // The whole secret wins over its pieces, and is reported once.
    expect(matcher.inString('my-secret-note')).toEqual([expect.objectContaining({ by: 'secret' })])
    expect(matcher.inString('secre')).toEqual([])
  })

  it('does not cut secrets no longer than the piece length into pieces', () => {
    const matcher = createLeakMatcher({ secrets: ['abcdef'], pieceLength: 6 })
    expect(matcher.inString('abcde')).toEqual([])
    expect(matcher.inString('xabcdefx')).toEqual([expect.objectContaining({ by: 'secret' })])
  })

  it('matches patterns in strings but not in raw frame text', () => {
    const matcher = createLeakMatcher({ patterns: [cardNumberPattern, /ssn-\d{3}/] })
    expect(
      matcher.inString('4111111111111111 and ssn-123 and ssn-123 and ssn-456').map((m) => [m.of, m.found]),
    ).toEqual([
      ['card number', '4111111111111111'],
      ['/ssn-\\d{3}/', 'ssn-123'],
      ['/ssn-\\d{3}/', 'ssn-456'],
    ])
    expect(matcher.inRaw('{"timestamp":4111111111111111}')).toEqual([])
  })

  it('matches raw text for secrets and pieces', () => {
    const matcher = createLeakMatcher({ secrets: ['4111111111111111'], pieceLength: 6 })
    expect(matcher.inRaw('{"n":4111111111111111}')).toEqual([expect.objectContaining({ by: 'secret' })])
    expect(matcher.inRaw('{"n":411111}')).toEqual([expect.objectContaining({ by: 'piece', found: '411111' })])
  })

  it('adds the global flag to patterns without it and ignores empty matches and sticky mode', () => {
    const matcher = createLeakMatcher({ patterns: [/x*/y, /B/i] })
    expect(matcher.inString('ab xx b').map((m) => m.found)).toEqual(['xx', 'b'])
  })

  it('applies a pattern filter', () => {
    const matcher = createLeakMatcher({
      patterns: [{ name: 'even', regex: /\d+/, accept: (m) => Number(m) % 2 === 0 }],
    })
    expect(matcher.inString('1 2 3 4').map((m) => m.found)).toEqual(['2', '4'])
  })

  it('refuses targets that would find nothing or everything', () => {
    const code = (run: () => unknown) => {
      try {
        run()
      } catch (error) {
        return error instanceof PlaywrightHelperError ? error.code : 'other'
      }
      return 'none'
    }
    expect(code(() => createLeakMatcher({}))).toBe('invalid_options')
    expect(code(() => createLeakMatcher({ secrets: [''] }))).toBe('invalid_options')
    expect(code(() => createLeakMatcher({ secrets: ['abc'], pieceLength: 2 }))).toBe('invalid_options')
    expect(code(() => createLeakMatcher({ secrets: ['abc'], pieceLength: 4.5 }))).toBe('invalid_options')
    expect(code(() => createLeakMatcher({ secrets: ['abc'], pieceLength: 3 }))).toBe('none')
  })
})
