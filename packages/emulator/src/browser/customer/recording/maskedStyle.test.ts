import { describe, expect, it } from 'vitest'
import { isSafeDeclaration, maskedStyle, maskedStyleDiff } from './maskedStyle.js'

describe('maskedStyle', () => {
  it('keeps layout and colour declarations', () => {
    expect(maskedStyle('display: flex; width: calc(100% - 2px); color: #123;transform: translateX(4px)')).toBe(
      'display: flex; width: calc(100% - 2px); color: #123; transform: translateX(4px)',
    )
  })

  it('drops custom properties, urls, strings, escapes and unknown functions', () => {
    expect(maskedStyle('--card: 4111; color: red')).toBe('color: red')
    expect(maskedStyle('background: url(data:image/png;base64,AAAA); margin: 0')).toBe('margin: 0')
    expect(maskedStyle('font-family: "Ada Lovelace"; content: \'x\'')).toBeNull()
    expect(maskedStyle('color: \\72 ed; top: attr(data-x)')).toBeNull()
    expect(maskedStyle('background-image: image-set("a.png" 1x)')).toBeNull()
  })

  it('does not split inside strings or brackets, so a string cannot smuggle a declaration out', () => {
    expect(maskedStyle('--note: "x; width: 4111px; y"; height: 1px')).toBe('height: 1px')
    expect(maskedStyle('background: url(a;width:4111px); height: 1px')).toBe('height: 1px')
  })

  it('turns unsafe changes of a style diff into removals', () => {
    expect(maskedStyleDiff({ color: 'red', '--x': '1', top: ['url(x)', 'important'], left: false })).toEqual({
      color: 'red',
      '--x': false,
      top: false,
      left: false,
    })
  })

  it('judges one declaration at a time', () => {
    expect(isSafeDeclaration('Color', 'rgba(0, 0, 0, .5)')).toBe(true)
    expect(isSafeDeclaration('-webkit-line-clamp', '2')).toBe(true)
    expect(isSafeDeclaration('color', 'red; --x: 1')).toBe(false)
  })
})
