import { describe, expect, it } from 'vitest'
import { RrwebNodeMap } from './rrwebNodeMap.js'

const element = (
  id: number,
  tagName: string,
  attributes: Record<string, unknown> = {},
  childNodes: unknown[] = [],
) => ({
  type: 2,
  id,
  tagName,
  attributes,
  childNodes,
})
const text = (id: number, textContent: string) => ({ type: 3, id, textContent })

/** html > body > form#checkout > (label > input[name=card], p > "hello") */
const page = {
  type: 0,
  id: 1,
  childNodes: [
    { type: 1, id: 2, name: 'html', publicId: '', systemId: '' },
    element(3, 'html', {}, [
      element(4, 'body', {}, [
        element(5, 'form', { id: 'checkout' }, [
          element(6, 'label', {}, [element(7, 'input', { name: 'card', class: 'pii' })]),
          element(8, 'P', {}, [text(9, 'hello')]),
        ]),
      ]),
    ]),
  ],
}

describe('RrwebNodeMap', () => {
  it('builds element paths from a full snapshot: tag, then #id, else [name]', () => {
    const nodes = new RrwebNodeMap()
    nodes.addTree(page, undefined)
    expect(nodes.path(7)).toBe('html > body > form#checkout > label > input[name="card"]')
    expect(nodes.path(5)).toBe('html > body > form#checkout')
    expect(nodes.path(3)).toBe('html')
  })

  it('gives a text node the path of the element holding it, tags in lower case', () => {
    const nodes = new RrwebNodeMap()
    nodes.addTree(page, undefined)
    expect(nodes.path(9)).toBe('html > body > form#checkout > p')
  })

  it('extends the tree with mutation adds under their parent', () => {
    const nodes = new RrwebNodeMap()
    nodes.addTree(page, undefined)
    nodes.addTree(element(20, 'section', { id: 'extra' }, [element(21, 'textarea', { name: 'note' })]), 4)
    expect(nodes.path(21)).toBe('html > body > section#extra > textarea[name="note"]')
  })

  it('goes through an iframe into its document without a segment for the document', () => {
    const nodes = new RrwebNodeMap()
    nodes.addTree(page, undefined)
    nodes.addTree(element(30, 'iframe', { id: 'pay' }), 4)
    nodes.addTree({ type: 0, id: 31, childNodes: [element(32, 'html', {}, [element(33, 'input', { id: 'cvc' })])] }, 30)
    expect(nodes.path(33)).toBe('html > body > iframe#pay > html > input#cvc')
  })

  it('follows id and name changes, and prefers the id', () => {
    const nodes = new RrwebNodeMap()
    nodes.addTree(page, undefined)
    nodes.setAttributes(7, { id: 'card' })
    expect(nodes.path(7)).toBe('html > body > form#checkout > label > input#card')
    nodes.setAttributes(7, { id: null })
    expect(nodes.path(7)).toBe('html > body > form#checkout > label > input[name="card"]')
  })

  it('forgets everything on reset, and says where a parent chain breaks', () => {
    const nodes = new RrwebNodeMap()
    nodes.addTree(page, undefined)
    nodes.reset()
    expect(nodes.has(7)).toBe(false)
    expect(nodes.path(7)).toBeUndefined()
    nodes.addTree(element(40, 'input', { id: 'late' }), 99)
    expect(nodes.path(40)).toBe('(node 99) > input#late')
  })

  it('ignores what is not a serialized node', () => {
    const nodes = new RrwebNodeMap()
    nodes.addTree({ id: 'x' }, undefined)
    nodes.addTree(null, undefined)
    nodes.addTree([element(1, 'div')], undefined)
    expect(nodes.has(1)).toBe(false)
  })
})
