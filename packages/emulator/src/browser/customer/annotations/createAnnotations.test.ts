import { describe, expect, it } from 'vitest'
import type { AnnotationMark, CustomerToServer } from '../../../protocol/messages.js'
import type { SessionLink } from '../session/sessionLink.js'
import type { AnnotationLayer, StrokeMark } from './annotationLayer.js'
import { createAnnotations, type ShowPen } from './createAnnotations.js'

const CUSTOMER = { userId: 'cust', userName: 'Casey' }
const ANA = { userId: 'ana', userName: 'Ana' }
const MARK: StrokeMark = { kind: 'stroke', id: 'm1', tool: 'pen', color: '#000', points: [[1, 2]] }

function setup(features: { allowAgentAnnotation: boolean; allowCustomerAnnotation: boolean }) {
  const sent: CustomerToServer[] = []
  const link: SessionLink = { send: (message) => sent.push(message), emit: () => {} }
  const applied: Array<[AnnotationMark, string] | 'clear'> = []
  const layer: AnnotationLayer = {
    apply: (mark, owner) => applied.push([mark, owner]),
    clear: () => applied.push('clear'),
  }
  const pen = { shown: 0, draw: undefined as undefined | ((mark: StrokeMark, done: boolean) => void) }
  const showPen: ShowPen = (onStroke) => {
    pen.shown += 1
    pen.draw = onStroke
    return () => {
      pen.shown -= 1
    }
  }
  return { part: createAnnotations(features, link, layer, showPen), sent, applied, pen }
}

describe('createAnnotations', () => {
  it('draws agents’ marks when agent annotation is allowed, and ignores them otherwise', () => {
    const allowed = setup({ allowAgentAnnotation: true, allowCustomerAnnotation: false })
    allowed.part.activate(CUSTOMER)
    allowed.part.handle(MARK, ANA)
    expect(allowed.applied).toEqual([[MARK, 'ana']])
    const refused = setup({ allowAgentAnnotation: false, allowCustomerAnnotation: true })
    refused.part.activate(CUSTOMER)
    refused.part.handle(MARK, ANA)
    expect(refused.applied).toEqual([])
  })

  it('offers the pen only when customer annotation is allowed, once per session', () => {
    const off = setup({ allowAgentAnnotation: true, allowCustomerAnnotation: false })
    off.part.activate(CUSTOMER)
    expect(off.pen.shown).toBe(0)
    const on = setup({ allowAgentAnnotation: true, allowCustomerAnnotation: true })
    on.part.activate(CUSTOMER)
    on.part.activate(CUSTOMER)
    expect(on.pen.shown).toBe(1)
    on.part.deactivate()
    expect(on.pen.shown).toBe(0)
    expect(on.applied).toEqual(['clear'])
  })

  it('draws the customer’s strokes as they go and sends each once it is finished', () => {
    const { part, pen, sent, applied } = setup({ allowAgentAnnotation: false, allowCustomerAnnotation: true })
    part.activate(CUSTOMER)
    pen.draw?.(MARK, false)
    expect(sent).toEqual([])
    pen.draw?.(MARK, true)
    expect(sent).toEqual([{ t: 'annotation', mark: MARK }])
    expect(applied).toEqual([
      [MARK, 'cust'],
      [MARK, 'cust'],
    ])
  })
})
