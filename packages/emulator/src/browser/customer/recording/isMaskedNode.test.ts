import { afterEach, describe, expect, it } from 'vitest'
import { compileMaskSelector } from './compileMaskSelector.js'
import { isMaskedNode } from './isMaskedNode.js'

afterEach(() => {
  document.body.innerHTML = ''
})

function byId(id: string): Element {
  const element = document.getElementById(id)
  if (element === null) throw new Error(`#${id} missing`)
  return element
}

describe('isMaskedNode', () => {
  it('masks matching elements, their descendants and their text', () => {
    document.body.innerHTML = '<div class="pii" id="box"><span id="inner">secret</span></div><p id="free">hi</p>'
    const mask = compileMaskSelector({ maskCssSelectors: '.pii' })
    expect(isMaskedNode(byId('box'), mask)).toBe(true)
    expect(isMaskedNode(byId('inner'), mask)).toBe(true)
    expect(isMaskedNode(byId('inner').firstChild as Node, mask)).toBe(true)
    expect(isMaskedNode(byId('free'), mask)).toBe(false)
    expect(isMaskedNode(byId('free').firstChild as Node, mask)).toBe(false)
  })

  it('always masks password inputs, including one rrweb saw switch from password to text', () => {
    document.body.innerHTML = '<input type="PASSWORD" id="pw"><input type="text" data-rr-is-password="true" id="was">'
    const none = compileMaskSelector(undefined)
    expect(isMaskedNode(byId('pw'), none)).toBe(true)
    expect(isMaskedNode(byId('was'), none)).toBe(true)
  })

  it('masks inside the shadow root of a masked host', () => {
    document.body.innerHTML = '<div class="pii" id="host"></div>'
    const shadow = byId('host').attachShadow({ mode: 'open' })
    shadow.innerHTML = '<span>secret</span>'
    const mask = compileMaskSelector({ maskCssSelectors: '.pii' })
    expect(isMaskedNode(shadow.querySelector('span') as Element, mask)).toBe(true)
  })

  it('masks every field and editable region with all_input, and nothing else', () => {
    document.body.innerHTML =
      '<input id="i"><textarea id="t"></textarea><select id="s"></select><div contenteditable id="c"><b id="b">x</b></div>' +
      '<div contenteditable="false" id="off"></div><p id="p">x</p>'
    const mask = compileMaskSelector({ maskType: 'all_input' })
    for (const id of ['i', 't', 's', 'c', 'b']) expect(isMaskedNode(byId(id), mask)).toBe(true)
    for (const id of ['off', 'p']) expect(isMaskedNode(byId(id), mask)).toBe(false)
  })

  it('masks nothing (and does not throw) for a detached text node', () => {
    expect(isMaskedNode(document.createTextNode('x'), compileMaskSelector({ maskCssSelectors: '.pii' }))).toBe(false)
  })
})
