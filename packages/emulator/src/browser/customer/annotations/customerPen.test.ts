import { afterEach, describe, expect, it } from 'vitest'
import { createUiRoot, UI_HOST_ATTRIBUTE } from '../ui/createUiRoot.js'
import type { StrokeMark } from './annotationLayer.js'
import { CUSTOMER_PEN_COLOR, showCustomerPen } from './customerPen.js'

afterEach(() => {
  document.body.innerHTML = ''
})

function pointer(type: string, x: number, y: number): Event {
  const event = new MouseEvent(type, { clientX: x, clientY: y, bubbles: true })
  Object.defineProperty(event, 'pointerId', { value: 1 })
  return event
}

describe('showCustomerPen', () => {
  it('toggles a drawing layer and turns a drag into a pen stroke in document coordinates', () => {
    const strokes: Array<[StrokeMark, boolean]> = []
    const remove = showCustomerPen(createUiRoot(document), window, (mark, done) => strokes.push([mark, done]))
    const shadow = document.querySelector(`[${UI_HOST_ATTRIBUTE}]`)?.shadowRoot
    const toggle = shadow?.querySelector('button')
    expect(toggle?.textContent).toBe('Draw')
    expect(shadow?.querySelector('.canvas')).toBeNull()
    toggle?.click()
    expect(toggle?.getAttribute('aria-pressed')).toBe('true')
    const canvas = shadow?.querySelector('.canvas')
    Object.defineProperty(window, 'scrollY', { value: 100, configurable: true })
    canvas?.dispatchEvent(pointer('pointerdown', 10, 20))
    canvas?.dispatchEvent(pointer('pointermove', 15, 25))
    canvas?.dispatchEvent(pointer('pointerup', 15, 25))
    Object.defineProperty(window, 'scrollY', { value: 0, configurable: true })
    const last = strokes.at(-1)
    expect(last?.[1]).toBe(true)
    expect(last?.[0]).toMatchObject({ kind: 'stroke', tool: 'pen', color: CUSTOMER_PEN_COLOR })
    expect(last?.[0].points).toEqual([
      [10, 120],
      [15, 125],
    ])
    expect(strokes.filter(([, done]) => done)).toHaveLength(1)
    toggle?.click()
    expect(shadow?.querySelector('.canvas')).toBeNull()
    remove()
    expect(shadow?.querySelector('button')).toBeNull()
  })
})
