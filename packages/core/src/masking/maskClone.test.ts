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
    expect(clone.querySelector('p.pii')?.getAttribute('title')).toBe('************')
    expect(name?.value).toBe('Ada')
    expect(card?.value).toBe('*'.repeat(16))
    expect(code?.value).toBe('****')
    expect(pass?.value).toBe('*******')
    expect(clone.querySelector('textarea')?.value).toBe('*'.repeat('secret note'.length))
    expect(clone.querySelector('option')?.textContent).toBe('**** ****')
    expect(clone.querySelector('[contenteditable]')?.textContent).toBe('free text')
  })

  it('lets only known-safe attributes of masked elements through: URLs dropped, styles sanitized, the rest masked', () => {
    const root = document.createElement('div')
    root.innerHTML = `
      <div class="pii" aria-description="card 4111" role="group">
        <a href="mailto:ada@example.com" target="_blank">mail</a>
        <img src="data:image/png;base64,c2VjcmV0" srcset="a.png 1x" width="4" alt="Ada">
        <time datetime="1815-12-10">then</time>
        <span style="--card: 4111; color: red; background: url(x.png)" aria-valuenow="4111">x</span>
        <input type="checkbox" checked value="yes" name="agree">
        <svg viewBox="0 0 1 1"><path d="M0 0h1v1" fill="red"></path></svg>
      </div>
      <a class="free" href="mailto:shown@example.com" title="Shown">free</a>`
    maskClone(root, masking)
    const box = root.querySelector('.pii') as Element
    expect(box.getAttribute('aria-description')).toBe('*********')
    expect(box.getAttribute('role')).toBe('group')
    expect(root.querySelector('.pii a')?.getAttributeNames()).toEqual(['target'])
    expect(root.querySelector('img')?.getAttributeNames().sort()).toEqual(['alt', 'width'])
    expect(root.querySelector('time')?.getAttribute('datetime')).toBe('**********')
    expect(root.querySelector('span')?.getAttribute('style')).toBe('color: red')
    expect(root.querySelector('span')?.getAttribute('aria-valuenow')).toBe('****')
    const box2 = root.querySelector('input') as HTMLInputElement
    expect([box2.checked, box2.hasAttribute('checked'), box2.getAttribute('value')]).toEqual([false, false, '***'])
    expect(root.querySelector('path')?.getAttributeNames()).toEqual([])
    expect(root.querySelector('svg')?.getAttribute('viewBox')).toBe('0 0 1 1')
    expect(root.querySelector('a.free')?.getAttribute('href')).toBe('mailto:shown@example.com')
    expect(root.querySelector('a.free')?.getAttribute('title')).toBe('Shown')
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
