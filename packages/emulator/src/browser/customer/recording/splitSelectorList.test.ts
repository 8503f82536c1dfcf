import { describe, expect, it } from 'vitest'
import { splitSelectorList } from './splitSelectorList.js'

describe('splitSelectorList', () => {
  it('splits at top-level commas and trims', () => {
    expect(splitSelectorList(' .pii ,#ssn,  input[name=card] ')).toEqual(['.pii', '#ssn', 'input[name=card]'])
  })

  it('keeps commas inside brackets, parentheses and quotes', () => {
    expect(splitSelectorList(':is(.a, .b), [title="x,y"], [data-k=\'1,2\'], .c')).toEqual([
      ':is(.a, .b)',
      '[title="x,y"]',
      "[data-k='1,2']",
      '.c',
    ])
  })

  it('keeps an escaped comma in its item', () => {
    expect(splitSelectorList('.a\\,b, .c')).toEqual(['.a\\,b', '.c'])
  })

  it('drops empty items', () => {
    expect(splitSelectorList(',, .a , ,')).toEqual(['.a'])
    expect(splitSelectorList('')).toEqual([])
  })
})
