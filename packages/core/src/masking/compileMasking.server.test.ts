import { describe, expect, it } from 'vitest'
import { CobrowseError } from '../errors/CobrowseError.js'
import { compileMasking } from './compileMasking.js'

// On the server there is no selector parser: what can be judged from the text alone is still refused there, and the
// rest waits for the browser (the session store checks again before the SDK starts).
describe('compileMasking without a document (SSR)', () => {
  it('has no document to parse with', () => {
    expect(typeof document).toBe('undefined')
  })

  it('still refuses unclosed brackets, stray closers, braces and empty items', () => {
    for (const selectors of [['.a['], [':not(.x'], ['.a)'], ['.a{}'], ['']]) {
      expect(() => compileMasking({ selectors })).toThrow(CobrowseError)
    }
  })

  it('accepts what only a browser could refuse, and compiles the rest as usual', () => {
    expect(compileMasking({ selectors: ['..double', '.pii'] })?.maskCssSelectors).toMatch(/, \.\.double, \.pii$/)
  })
})
