import { describe, expect, it } from 'vitest'
import { ALL_INPUT_SELECTORS, compileAttributeFilter, compileMaskSelector } from './compileMaskSelector.js'

describe('compileAttributeFilter', () => {
  it('turns a bare name into a presence selector', () => {
    expect(compileAttributeFilter('data-sensitive')).toBe('[data-sensitive]')
  })

  it('turns name=value into an exact-value selector, with or without quotes', () => {
    expect(compileAttributeFilter('data-sensitive=true')).toBe('[data-sensitive="true"]')
    expect(compileAttributeFilter(' data-sensitive = "true" ')).toBe('[data-sensitive="true"]')
    expect(compileAttributeFilter("data-kind='a b'")).toBe('[data-kind="a b"]')
  })

  it('escapes quotes and backslashes in values and odd characters in names', () => {
    expect(compileAttributeFilter('data-x=a"b\\c')).toBe('[data-x="a\\"b\\\\c"]')
    expect(compileAttributeFilter('xml:lang=en')).toBe('[xml\\:lang="en"]')
  })

  it('rejects malformed names', () => {
    expect(compileAttributeFilter('=true')).toBeNull()
    expect(compileAttributeFilter('data x=1')).toBeNull()
    expect(compileAttributeFilter('[data-x]')).toBeNull()
  })
})

describe('compileMaskSelector', () => {
  it('masks nothing without settings', () => {
    expect(compileMaskSelector(undefined)).toEqual({ selector: null, maskAll: false, rejected: [] })
    expect(compileMaskSelector({ maskType: 'custom_input' })).toEqual({ selector: null, maskAll: false, rejected: [] })
  })

  it('joins CSS selectors and attribute filters into one selector list', () => {
    const mask = compileMaskSelector({
      maskType: 'custom_input',
      maskCssSelectors: '.pii, #ssn',
      maskHTMLAttributes: 'data-sensitive=true, data-secret',
    })
    expect(mask).toEqual({
      selector: '.pii, #ssn, [data-sensitive="true"], [data-secret]',
      maskAll: false,
      rejected: [],
    })
  })

  it('treats a missing or unknown maskType like custom_input', () => {
    expect(compileMaskSelector({ maskCssSelectors: '.pii' }).selector).toBe('.pii')
    expect(compileMaskSelector({ maskType: 'something_new', maskCssSelectors: '.pii' })).toMatchObject({
      selector: '.pii',
      maskAll: false,
    })
  })

  it('all_input adds every field type to the page selectors', () => {
    const mask = compileMaskSelector({ maskType: 'all_input', maskCssSelectors: '.pii' })
    expect(mask.maskAll).toBe(true)
    expect(mask.selector).toBe(['.pii', ...ALL_INPUT_SELECTORS].join(', '))
  })

  it('drops invalid items, keeps the valid ones and reports what it dropped', () => {
    const mask = compileMaskSelector({
      maskCssSelectors: '.ok, ..bad, #also-ok',
      maskHTMLAttributes: 'data ok, data-x',
    })
    expect(mask.selector).toBe('.ok, #also-ok, [data-x]')
    expect(mask.rejected).toEqual(['..bad', 'data ok'])
  })

  it('checks items one by one: an unclosed item neither swallows the next ones nor masks the whole page', () => {
    const mask = compileMaskSelector({
      maskCssSelectors: '.pii, .broken[, .after-broken, :not(.nothing',
      maskHTMLAttributes: 'data-x="open, data-y',
    })
    expect(mask.selector).toBe('.pii, .after-broken, [data-y]')
    expect(mask.rejected).toEqual(['.broken[', ':not(.nothing', 'data-x="open'])
  })

  it('uses the validator it is given', () => {
    const mask = compileMaskSelector({ maskCssSelectors: '.a, .b' }, (selector) => selector !== '.b')
    expect(mask).toEqual({ selector: '.a', maskAll: false, rejected: ['.b'] })
  })

  it('produces a selector the DOM accepts and that matches what the page meant', () => {
    document.body.innerHTML = `
      <input id="plain"><div data-sensitive="true"><span id="inner">x</span></div>
      <div data-sensitive="false" id="not"></div><p class="pii" id="p"></p><div contenteditable id="ce"></div>`
    const custom = compileMaskSelector({ maskCssSelectors: '.pii', maskHTMLAttributes: 'data-sensitive=true' })
    const ids = (selector: string | null) =>
      Array.from(document.querySelectorAll(`:is(${selector}), :is(${selector}) *`), (element) => element.id)
    expect(ids(custom.selector)).toEqual(['', 'inner', 'p'])
    const all = compileMaskSelector({ maskType: 'all_input' })
    expect(ids(all.selector)).toEqual(['plain', 'ce'])
  })
})
