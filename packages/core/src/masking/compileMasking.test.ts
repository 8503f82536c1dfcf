import { describe, expect, it } from 'vitest'
import { CobrowseError } from '../errors/CobrowseError.js'
import { compileMasking, MASK_ATTRIBUTE } from './compileMasking.js'
import { SENSITIVE_FIELDS, sensitiveFieldSelectors } from './sensitiveFields.js'

const DEFAULTS = [`[${MASK_ATTRIBUTE}]`, ...sensitiveFieldSelectors()]
const selectorsOf = (masking: Parameters<typeof compileMasking>[0], base?: Parameters<typeof compileMasking>[1]) =>
  compileMasking(masking, base)?.maskCssSelectors?.split(', ').slice(DEFAULTS.length).join(', ')

function thrown(run: () => unknown): CobrowseError {
  try {
    run()
  } catch (error) {
    if (error instanceof CobrowseError) return error
    throw error
  }
  throw new Error('expected a CobrowseError')
}

describe('compileMasking', () => {
  it('always masks what <Mask> marks and every sensitive field', () => {
    expect(compileMasking(undefined)).toEqual({ maskType: 'custom_input', maskCssSelectors: DEFAULTS.join(', ') })
    const selector = compileMasking(undefined)?.maskCssSelectors ?? ''
    document.body.innerHTML = `
      <input type="PASSWORD" id="a"><input autocomplete="billing cc-number" id="b"><input autocomplete="cc-csc" id="c">
      <input autocomplete="cc-exp-month" id="d"><input autocomplete="one-time-code" id="e">
      <input autocomplete="current-password" id="f"><input autocomplete="new-password" id="g">
      <input autocomplete="cc-name" id="free"><input type="text" id="text">`
    expect(Array.from(document.querySelectorAll(selector), (element) => element.id)).toEqual([
      'a',
      'b',
      'c',
      'd',
      'e',
      'f',
      'g',
    ])
  })

  it('lets the host opt out of one sensitive field at a time', () => {
    const selector = compileMasking({ sensitiveFields: { 'one-time-code': false, 'cc-exp': false } })?.maskCssSelectors
    expect(selector).not.toContain('one-time-code')
    expect(selector).not.toContain('cc-exp')
    expect(selector).toContain(SENSITIVE_FIELDS['cc-number'])
    expect(selector).toContain(SENSITIVE_FIELDS.password)
  })

  it('adds selectors and attribute filters from the option', () => {
    expect(selectorsOf({ selectors: ['.pii', '#ssn'] })).toBe('.pii, #ssn')
    expect(compileMasking({ attributes: ['data-sensitive=true', 'data-pii'] })?.maskHTMLAttributes).toBe(
      'data-sensitive=true,data-pii',
    )
  })

  it('splits an item that is itself a list, keeping commas inside brackets, parentheses and quotes', () => {
    expect(selectorsOf({ selectors: ['.a, .b'] })).toBe('.a, .b')
    expect(selectorsOf(undefined, { maskCssSelectors: ':is(.a, .b), input[value="1,2"]' })).toBe(
      ':is(.a, .b), input[value="1,2"]',
    )
  })

  it('masks every input with allInputs', () => {
    expect(compileMasking({ allInputs: true })?.maskType).toBe('all_input')
  })

  it('merges a piiMask given in settings, without duplicates', () => {
    const piiMask = compileMasking(
      { selectors: ['.pii'] },
      {
        maskType: 'custom_input',
        maskCssSelectors: '.pii, input[name="card"], a[href*=","]',
        maskHTMLAttributes: 'data-x',
      },
    )
    expect(piiMask?.maskCssSelectors).toBe([...DEFAULTS, '.pii', 'input[name="card"]', 'a[href*=","]'].join(', '))
    expect(piiMask?.maskHTMLAttributes).toBe('data-x')
    expect(compileMasking(undefined, { maskType: 'all_input' })?.maskType).toBe('all_input')
  })

  it('leaves piiMask alone with masking: false, so portal defaults apply', () => {
    expect(compileMasking(false)).toBeUndefined()
    const base = { maskType: 'all_input' as const }
    expect(compileMasking(false, base)).toBe(base)
  })

  it.each([
    [{ selectors: [''] }, "masking.selectors[0]: '' is empty"],
    [{ selectors: ['.pii', '.a { color: red }'] }, "masking.selectors[1]: '.a { color: red }' may not contain braces"],
    [{ selectors: ['.pii', '.broken[', '.after'] }, "masking.selectors[1]: '.broken[' never closes its '['"],
    [{ selectors: [':not(.x'] }, "masking.selectors[0]: ':not(.x' never closes its '('"],
    [{ selectors: ['[title="x]'] }, "masking.selectors[0]: '[title=\"x]' never closes its quote"],
    [{ selectors: ['.a)'] }, "masking.selectors[0]: '.a)' has a ')' that closes nothing"],
    [{ selectors: ['..double'] }, "masking.selectors[0]: '..double' is not a CSS selector this browser can parse"],
    [{ attributes: ['data x'] }, "masking.attributes[0]: 'data x' is not an attribute filter"],
    [{ attributes: ['=value'] }, "masking.attributes[0]: '=value' is not an attribute filter"],
  ])('refuses %j with a typed error that names the item', (masking, message) => {
    const error = thrown(() => compileMasking(masking))
    expect(error).toMatchObject({ code: 'invalid_masking', name: 'INVALID_MASKING', retryable: false })
    expect(error.message).toContain(message)
    expect(error.hint).toMatch(/Fix the item/)
  })

  it('checks a raw piiMask from settings the same way, naming the setting', () => {
    const error = thrown(() => compileMasking(undefined, { maskCssSelectors: '.pii, .broken[, .after' }))
    expect(error.message).toContain("settings.piiMask.maskCssSelectors: '.broken[' never closes its '['")
  })

  it('uses the document it is given as the judge', () => {
    const refuses = {
      createDocumentFragment: () => ({
        querySelector: () => {
          throw new SyntaxError('no')
        },
      }),
    }
    const error = thrown(() => compileMasking({ selectors: ['.fine'] }, undefined, { document: refuses as never }))
    expect(error.message).toContain("'.fine' is not a CSS selector this browser can parse")
  })
})
