import { describe, expect, it } from 'vitest'
import { splitSelectorList } from './splitSelectorList.js'

const items = (list: string) => splitSelectorList(list).items

describe('splitSelectorList', () => {
  it('splits at top-level commas and trims', () => {
    expect(items(' .pii ,#ssn,  input[name=card] ')).toEqual(['.pii', '#ssn', 'input[name=card]'])
  })

  it('keeps commas inside brackets, parentheses and quotes', () => {
    expect(items(':is(.a, .b), [title="x,y"], [data-k=\'1,2\'], .c')).toEqual([
      ':is(.a, .b)',
      '[title="x,y"]',
      "[data-k='1,2']",
      '.c',
    ])
  })

  it('keeps an escaped comma in its item', () => {
    expect(items('.a\\,b, .c')).toEqual(['.a\\,b', '.c'])
  })

  it('drops empty items', () => {
    expect(splitSelectorList(',, .a , ,')).toEqual({ items: ['.a'], malformed: [] })
    expect(splitSelectorList('')).toEqual({ items: [], malformed: [] })
  })

  it('gives up on an unclosed bracket, parenthesis or quote alone, and keeps every item after it', () => {
    expect(splitSelectorList('.pii, .broken[, .after, #ssn')).toEqual({
      items: ['.pii', '.after', '#ssn'],
      malformed: ['.broken['],
    })
    expect(splitSelectorList('.a:not(.b, .c, .d')).toEqual({ items: ['.c', '.d'], malformed: ['.a:not(.b'] })
    expect(splitSelectorList('[title="x], .after')).toEqual({ items: ['.after'], malformed: ['[title="x]'] })
  })

  it('never lets the end of the list close an item (":not(.x" would match the whole page)', () => {
    expect(splitSelectorList('.pii, :not(.nothing')).toEqual({ items: ['.pii'], malformed: [':not(.nothing'] })
  })

  it('refuses closers that do not match what was opened', () => {
    expect(splitSelectorList('.a), [b), .c')).toEqual({ items: ['.c'], malformed: ['.a)', '[b)'] })
  })
})
