import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { RECORDING_BLOCK_CLASS } from '../recording/startRecording.js'
import { createUiRoot, UI_HOST_ATTRIBUTE } from '../ui/createUiRoot.js'
import { createAnnotationLayer, type StrokeMark, VANISH_AFTER_MS } from './annotationLayer.js'

const stroke = (id: string, tool: StrokeMark['tool'], points: Array<[number, number]>): StrokeMark => ({
  kind: 'stroke',
  id,
  tool,
  color: '#f00',
  points,
})

function marks(): Array<{ tag: string; id: string | null }> {
  const shadow = document.querySelector(`[${UI_HOST_ATTRIBUTE}]`)?.shadowRoot
  return Array.from(shadow?.querySelectorAll('[data-mark-id]') ?? [], (element) => ({
    tag: element.tagName.toLowerCase(),
    id: element.getAttribute('data-mark-id'),
  }))
}

function markElement(id: string): Element | null | undefined {
  return document.querySelector(`[${UI_HOST_ATTRIBUTE}]`)?.shadowRoot?.querySelector(`[data-mark-id="${id}"]`)
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
})

afterEach(() => {
  vi.useRealTimers()
  document.body.innerHTML = ''
})

describe('createAnnotationLayer', () => {
  it('draws pen strokes as polylines in document coordinates, on the blocked UI host', () => {
    const layer = createAnnotationLayer(createUiRoot(document), window)
    layer.apply(
      stroke('a', 'pen', [
        [10, 20],
        [30, 40],
        [50, 60],
      ]),
      'agent-1',
    )
    expect(markElement('a')?.tagName.toLowerCase()).toBe('polyline')
    expect(markElement('a')?.getAttribute('points')).toBe('10,20 30,40 50,60')
    expect(markElement('a')?.getAttribute('stroke')).toBe('#f00')
    expect(document.querySelector(`[${UI_HOST_ATTRIBUTE}]`)?.classList.contains(RECORDING_BLOCK_CLASS)).toBe(true)
  })

  it('draws a rectangle from the first and last point, whatever the drag direction', () => {
    const layer = createAnnotationLayer(createUiRoot(document), window)
    layer.apply(
      stroke('r', 'rectangle', [
        [100, 80],
        [90, 70],
        [40, 20],
      ]),
      'agent-1',
    )
    const rect = markElement('r')
    expect(rect?.tagName.toLowerCase()).toBe('rect')
    expect(['x', 'y', 'width', 'height'].map((name) => rect?.getAttribute(name))).toEqual(['40', '20', '60', '60'])
  })

  it('replaces a mark that arrives again with the same id', () => {
    const layer = createAnnotationLayer(createUiRoot(document), window)
    layer.apply(stroke('a', 'pen', [[0, 0]]), 'agent-1')
    layer.apply(
      stroke('a', 'pen', [
        [0, 0],
        [5, 5],
      ]),
      'agent-1',
    )
    expect(marks()).toEqual([{ tag: 'polyline', id: 'a' }])
    expect(markElement('a')?.getAttribute('points')).toBe('0,0 5,5')
  })

  it('fades vanishing-pen marks out and removes them after about 1.5 s', () => {
    const layer = createAnnotationLayer(createUiRoot(document), window)
    layer.apply(
      stroke('v', 'vanishing-pen', [
        [0, 0],
        [1, 1],
      ]),
      'agent-1',
    )
    layer.apply(
      stroke('p', 'pen', [
        [0, 0],
        [1, 1],
      ]),
      'agent-1',
    )
    vi.advanceTimersByTime(VANISH_AFTER_MS - 1)
    expect(markElement('v')?.classList.contains('fading')).toBe(true)
    vi.advanceTimersByTime(1)
    expect(marks()).toEqual([{ tag: 'polyline', id: 'p' }])
  })

  it('erases by id, undoes the sender’s last mark only, and clears everything', () => {
    const layer = createAnnotationLayer(createUiRoot(document), window)
    layer.apply(stroke('a1', 'pen', [[0, 0]]), 'ana')
    layer.apply(stroke('b1', 'pen', [[0, 0]]), 'bo')
    layer.apply(stroke('a2', 'pen', [[0, 0]]), 'ana')
    layer.apply(stroke('b2', 'pen', [[0, 0]]), 'bo')
    layer.apply({ kind: 'undo' }, 'ana')
    expect(marks().map((mark) => mark.id)).toEqual(['a1', 'b1', 'b2'])
    layer.apply({ kind: 'erase', id: 'b1' }, 'ana')
    expect(marks().map((mark) => mark.id)).toEqual(['a1', 'b2'])
    layer.apply({ kind: 'clear' }, 'bo')
    expect(marks()).toEqual([])
  })
})
