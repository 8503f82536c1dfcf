import { describe, expect, it } from 'vitest'
import { CobrowseError } from '../errors/CobrowseError.js'
import { compileMasking, MASK_ATTRIBUTE } from './compileMasking.js'

describe('compileMasking', () => {
  it('always masks what <Mask> and the data attribute mark', () => {
    expect(compileMasking(undefined)).toEqual({ maskType: 'custom_input', maskCssSelectors: `[${MASK_ATTRIBUTE}]` })
  })

  it('adds selectors and attribute filters from the option', () => {
    expect(compileMasking({ selectors: ['.pii', '#ssn'], attributes: ['data-sensitive=true', 'data-pii'] })).toEqual({
      maskType: 'custom_input',
      maskCssSelectors: '[data-cobrowse-mask], .pii, #ssn',
      maskHTMLAttributes: 'data-sensitive=true,data-pii',
    })
  })

  it('keeps commas inside brackets and parentheses within their selector', () => {
    expect(compileMasking(undefined, { maskCssSelectors: ':is(.a, .b), input[value="1,2"]' })?.maskCssSelectors).toBe(
      '[data-cobrowse-mask], :is(.a, .b), input[value="1,2"]',
    )
  })

  it('masks every input with allInputs', () => {
    expect(compileMasking({ allInputs: true })?.maskType).toBe('all_input')
  })

  it('merges a piiMask given in settings, without duplicates', () => {
    expect(
      compileMasking(
        { selectors: ['.pii'] },
        {
          maskType: 'custom_input',
          maskCssSelectors: '.pii, input[name="card"], a[href*=","]',
          maskHTMLAttributes: 'data-x',
        },
      ),
    ).toEqual({
      maskType: 'custom_input',
      maskCssSelectors: '[data-cobrowse-mask], .pii, input[name="card"], a[href*=","]',
      maskHTMLAttributes: 'data-x',
    })
    expect(compileMasking(undefined, { maskType: 'all_input' })?.maskType).toBe('all_input')
  })

  it('leaves piiMask alone with masking: false, so portal defaults apply', () => {
    expect(compileMasking(false)).toBeUndefined()
    const base = { maskType: 'all_input' as const }
    expect(compileMasking(false, base)).toBe(base)
  })

  it.each([
    [{ selectors: [''] }, 'selector'],
    [{ selectors: ['.a { color: red }'] }, 'selector'],
    [{ attributes: ['data x'] }, 'attribute'],
    [{ attributes: ['=value'] }, 'attribute'],
  ])('refuses %o with a typed invalid_config error naming the %s', (masking, what) => {
    let caught: unknown
    try {
      compileMasking(masking)
    } catch (error) {
      caught = error
    }
    expect(caught).toBeInstanceOf(CobrowseError)
    expect(caught).toMatchObject({ code: 'invalid_config', message: expect.stringContaining(what) })
  })
})
