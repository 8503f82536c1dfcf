import { afterEach, describe, expect, it } from 'vitest'
import { compileMaskSelector } from './compileMaskSelector.js'
import { isMaskedNode } from './isMaskedNode.js'
import { createPasswordMemory } from './passwordMemory.js'

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

  it('masks inside a same-origin frame of a masked element, text and fields alike', () => {
    document.body.innerHTML = '<div class="pii"><iframe id="masked"></iframe></div><iframe id="open"></iframe>'
    const fill = (id: string) => {
      const doc = (byId(id) as HTMLIFrameElement).contentDocument as Document
      doc.body.innerHTML = '<p>typed <b>secret</b></p><input>'
      return doc
    }
    const masked = fill('masked')
    const open = fill('open')
    const mask = compileMaskSelector({ maskCssSelectors: '.pii' })
    expect(isMaskedNode(masked.querySelector('input') as Element, mask)).toBe(true)
    expect(isMaskedNode(masked.querySelector('b')?.firstChild as Node, mask)).toBe(true)
    expect(isMaskedNode(open.querySelector('input') as Element, mask)).toBe(false)
    expect(isMaskedNode(open.querySelector('b')?.firstChild as Node, mask)).toBe(false)
  })

  it('masks a shadow root inside a frame inside a mask, and text right under a shadow root', () => {
    document.body.innerHTML = '<div class="pii"><iframe id="f"></iframe></div>'
    const doc = (byId('f') as HTMLIFrameElement).contentDocument as Document
    doc.body.innerHTML = '<span id="host"></span>'
    const shadow = (doc.getElementById('host') as Element).attachShadow({ mode: 'open' })
    shadow.append(doc.createTextNode('loose secret'))
    shadow.append(doc.createElement('input'))
    const mask = compileMaskSelector({ maskCssSelectors: '.pii' })
    expect(isMaskedNode(shadow.firstChild as Node, mask)).toBe(true)
    expect(isMaskedNode(shadow.querySelector('input') as Element, mask)).toBe(true)
  })

  it('keeps a field masked after it stops being a password, or when a text field replaces it', () => {
    document.body.innerHTML =
      '<input type="password" id="toggle"><input type="password" id="swap" name="pw"><input name="free" id="free">'
    const none = compileMaskSelector(undefined)
    const passwords = createPasswordMemory()
    for (const id of ['toggle', 'swap']) expect(isMaskedNode(byId(id), none, passwords)).toBe(true)
    // A framework re-render: type flips and rrweb's marker is gone.
    const toggle = byId('toggle') as HTMLInputElement
    toggle.type = 'text'
    toggle.removeAttribute('data-rr-is-password')
    expect(isMaskedNode(toggle, none, passwords)).toBe(true)
    // The show-password swap: a new text input takes the old one's place, with its id or its name.
    byId('swap').replaceWith(Object.assign(document.createElement('input'), { type: 'text', name: 'pw' }))
    expect(isMaskedNode(document.querySelector('[name="pw"]') as Element, none, passwords)).toBe(true)
    expect(isMaskedNode(byId('free'), none, passwords)).toBe(false)
  })

  it('treats autocomplete current-password and new-password as passwords', () => {
    document.body.innerHTML =
      '<input id="a" autocomplete="section-login current-password"><input id="b" autocomplete="NEW-PASSWORD">' +
      '<input id="c" autocomplete="username">'
    const none = compileMaskSelector(undefined)
    expect(isMaskedNode(byId('a'), none)).toBe(true)
    expect(isMaskedNode(byId('b'), none)).toBe(true)
    expect(isMaskedNode(byId('c'), none)).toBe(false)
  })

  it('masks nothing (and does not throw) for a detached text node', () => {
    expect(isMaskedNode(document.createTextNode('x'), compileMaskSelector({ maskCssSelectors: '.pii' }))).toBe(false)
  })
})
