import { describe, expect, it } from 'vitest'
import { compileMasking } from './compileMasking.js'
import { maskClone, maskText, piiMaskSelector } from './maskClone.js'

function fixture(): HTMLElement {
  const root = document.createElement('div')
  root.innerHTML = `
    <p id="hello">Hello Ada</p>
    <p class="pii" title="Ada Lovelace">Card 4111 2222</p>
    <label>Name <input id="name" value="Ada"></label>
    <label>Card <input class="pii" value="4111222233334444"></label>
    <label>Code <input data-sensitive="true" value="9876"></label>
    <label>Pass <input type="password" value="hunter2"></label>
    <textarea class="pii">secret note</textarea>
    <select class="pii"><option value="gold">Gold plan</option></select>
    <div contenteditable="true">free text</div>`
  document.body.append(root)
  return root
}

const masking = compileMasking({ selectors: ['.pii'], attributes: ['data-sensitive=true'] })

describe('maskClone', () => {
  it('masks what the piiMask selects and keeps the rest', () => {
    const clone = fixture().cloneNode(true) as HTMLElement
    maskClone(clone, masking)
    const [name, card, code, pass] = [...clone.querySelectorAll('input')]
    expect(clone.querySelector('p')?.textContent).toBe('Hello Ada')
    expect(clone.querySelector('p.pii')?.textContent).toBe('**** **** ****')
    expect(clone.querySelector('p.pii')?.getAttribute('title')).toBe('*** ********')
    expect(name?.value).toBe('Ada')
    expect(card?.value).toBe('*'.repeat(16))
    expect(code?.value).toBe('****')
    expect(pass?.value).toBe('*******')
    expect(clone.querySelector('textarea')?.value).toBe('****** ****')
    expect(clone.querySelector('option')?.textContent).toBe('**** ****')
    expect(clone.querySelector('[contenteditable]')?.textContent).toBe('free text')
  })

  it('masks every control and editable region with all_input', () => {
    const clone = fixture().cloneNode(true) as HTMLElement
    maskClone(clone, compileMasking({ allInputs: true }))
    expect(clone.querySelector('input')?.value).toBe('***')
    expect(clone.querySelector('[contenteditable]')?.textContent).toBe('**** ****')
    expect(clone.querySelector('p')?.textContent).toBe('Hello Ada')
  })

  it('drops ids, id references and radio names so the copy can live beside the original', () => {
    const root = fixture()
    root.insertAdjacentHTML(
      'beforeend',
      '<label for="name">Again</label><input aria-describedby="hello" type="radio" name="plan" checked>',
    )
    const clone = root.cloneNode(true) as HTMLElement
    maskClone(clone, masking)
    expect(clone.querySelector('[id], [for], [aria-describedby]')).toBeNull()
    expect(clone.querySelector('input[type="radio"]')?.hasAttribute('name')).toBe(false)
  })

  it('masks everything when the selector cannot be parsed', () => {
    const clone = fixture().cloneNode(true) as HTMLElement
    maskClone(clone, { maskType: 'custom_input', maskCssSelectors: 'p[' })
    expect(clone.querySelector('p')?.textContent).toBe('***** ***')
  })

  it('turns attribute filters into attribute selectors', () => {
    expect(piiMaskSelector({ maskCssSelectors: '.a', maskHTMLAttributes: 'data-x, data-y=1' })).toBe(
      '.a, [data-x], [data-y="1"]',
    )
    expect(piiMaskSelector(undefined)).toBeUndefined()
    expect(maskText('ab c')).toBe('** *')
  })
})
