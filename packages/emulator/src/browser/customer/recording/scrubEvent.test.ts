import { EventType, IncrementalSource } from 'rrweb'
import { describe, expect, it } from 'vitest'
import { scrubEvent } from './scrubEvent.js'

const ELEMENT = 2
const TEXT = 3

const el = (id: number, tagName: string, attributes: Record<string, unknown> = {}, childNodes: unknown[] = []) => ({
  type: ELEMENT,
  id,
  tagName,
  attributes,
  childNodes,
})
const text = (id: number, textContent: string) => ({ type: TEXT, id, textContent })

/** A page with one masked field of each kind and unmasked twins; ids 10–29 are inside masked roots. */
function fullSnapshot() {
  return {
    type: EventType.FullSnapshot,
    timestamp: 1,
    data: {
      initialOffset: { top: 0, left: 0 },
      node: {
        type: 0,
        id: 1,
        childNodes: [
          el(2, 'html', {}, [
            el(3, 'body', {}, [
              el(10, 'input', {
                type: 'text',
                class: 'pii',
                value: '4111 1111',
                title: 'Card 4111 1111',
                'aria-label': 'card 4111',
                'data-card': '4111',
                placeholder: 'Card number',
              }),
              el(11, 'textarea', { value: 'my diagnosis' }, [text(12, 'my diagnosis')]),
              el(13, 'select', { value: 'ssn-1' }, [
                el(14, 'option', { value: 'ssn-1', selected: true, label: 'Secret A' }, [text(15, 'Secret A')]),
                el(16, 'option', { value: 'ssn-2' }, [text(17, 'Secret B')]),
              ]),
              el(18, 'div', { contenteditable: 'true' }, [
                text(19, 'private note\n  second line'),
                el(20, 'span', { title: 'hover secret', 'data-rr-is-password': 'true' }, [text(21, 'nested secret')]),
                el(22, 'style', {}, [text(23, '.note { color: red }')]),
              ]),
              el(24, 'input', { type: 'checkbox', checked: true, value: 'has-condition' }),
              el(25, 'input', { type: 'submit', value: 'Send' }),
              el(30, 'input', { type: 'text', value: 'public', title: 'Visible', placeholder: 'Name' }),
              el(31, 'select', { value: 'x' }, [
                el(32, 'option', { value: 'x', selected: true }, [text(33, 'Public')]),
              ]),
              el(34, 'div', { 'data-state': 'open' }, [text(35, 'public text')]),
              el(36, 'input', { type: 'checkbox', checked: true }),
            ]),
          ]),
        ],
      },
    },
  }
}

const MASKED_ROOTS = new Set([10, 11, 13, 18, 24, 25])
const isMasked = (id: number) => MASKED_ROOTS.has(id)

type Node = { id: number; attributes?: Record<string, unknown>; textContent?: string; childNodes?: Node[] }
function find(node: Node, id: number): Node | undefined {
  if (node.id === id) return node
  for (const child of node.childNodes ?? []) {
    const found = find(child, id)
    if (found) return found
  }
  return undefined
}

describe('scrubEvent: full snapshots', () => {
  const original = fullSnapshot()
  const scrubbed = scrubEvent(original, isMasked)
  const node = (id: number) => find(scrubbed.data.node as Node, id)
  const json = JSON.stringify(scrubbed)

  it('leaves no masked value anywhere in the event', () => {
    for (const secret of ['4111', 'diagnosis', 'ssn-', 'Secret', 'private', 'second line', 'hover', 'nested']) {
      expect(json).not.toContain(secret)
    }
    expect(json).not.toContain('has-condition')
  })

  it('masks input, textarea and select values and value-carrying attributes, keeping their length', () => {
    expect(node(10)?.attributes).toMatchObject({
      value: '*********',
      title: '**************',
      'aria-label': '*********',
      'data-card': '****',
      class: 'pii',
    })
    expect(node(11)?.attributes?.value).toBe('************')
    expect(node(12)?.textContent).toBe('** *********')
    expect(node(13)?.attributes?.value).toBe('*****')
  })

  it('masks the options of a masked select: text, value, label and which one is selected', () => {
    expect(node(14)?.attributes).toEqual({ value: '*****', label: '********' })
    expect(node(15)?.textContent).toBe('****** *')
    expect(node(16)?.attributes).toEqual({ value: '*****' })
  })

  it('masks contenteditable text and everything nested inside, keeping whitespace', () => {
    expect(node(19)?.textContent).toBe('******* ****\n  ****** ****')
    expect(node(20)?.attributes).toEqual({ title: '************', 'data-rr-is-password': 'true' })
    expect(node(21)?.textContent).toBe('****** ******')
  })

  it('masks placeholders and button captions of masked fields too, but leaves style text (page code) alone', () => {
    expect(node(10)?.attributes?.placeholder).toBe('***********')
    expect(node(23)?.textContent).toBe('.note { color: red }')
    expect(node(25)?.attributes?.value).toBe('****')
  })

  it('drops the ticked state of a masked checkbox', () => {
    expect(node(24)?.attributes).toEqual({ type: 'checkbox', value: '*************' })
  })

  it('keeps unmasked fields exactly as they were', () => {
    expect(node(30)?.attributes).toEqual({ type: 'text', value: 'public', title: 'Visible', placeholder: 'Name' })
    expect(node(32)?.attributes).toEqual({ value: 'x', selected: true })
    expect(node(33)?.textContent).toBe('Public')
    expect(node(34)?.attributes).toEqual({ 'data-state': 'open' })
    expect(node(35)?.textContent).toBe('public text')
    expect(node(36)?.attributes).toEqual({ type: 'checkbox', checked: true })
  })

  it('does not modify the event it was given', () => {
    expect(original).toEqual(fullSnapshot())
  })
})

describe('scrubEvent: attributes of masked elements (only known-safe ones pass)', () => {
  const snapshot = (node: unknown) => ({
    type: EventType.FullSnapshot,
    timestamp: 1,
    data: { initialOffset: { top: 0, left: 0 }, node: { type: 0, id: 1, childNodes: [node] } },
  })
  const scrub = (node: unknown) => {
    const out = scrubEvent(snapshot(node), (id) => id >= 50) as { data: { node: Node } }
    return (id: number) => find(out.data.node, id)?.attributes
  }

  it('drops URLs and documents, masks every other value, keeps structure', () => {
    const attributes = scrub(
      el(50, 'div', { class: 'box', id: 'b', role: 'group', 'aria-description': 'card 4111' }, [
        el(51, 'a', { href: 'mailto:ada@example.com', target: '_blank', rel: 'noopener' }),
        el(52, 'img', { src: 'data:image/png;base64,c2VjcmV0', srcset: 'a.png 1x', alt: 'Ada', width: '10' }),
        el(53, 'iframe', { srcdoc: '<p>secret</p>', rr_src: 'about:srcdoc' }),
        el(54, 'time', { datetime: '1815-12-10' }),
        el(55, 'div', { 'aria-valuenow': '4111', 'aria-placeholder': 'ada', 'aria-hidden': 'true', onclick: 'x()' }),
        el(56, 'input', { type: 'radio', checked: true, 'aria-checked': 'true', name: 'plan', value: 'gold' }),
      ]),
    )
    expect(attributes(50)).toEqual({ class: 'box', id: 'b', role: 'group', 'aria-description': '*********' })
    expect(attributes(51)).toEqual({ target: '_blank', rel: 'noopener' })
    expect(attributes(52)).toEqual({ alt: '***', width: '10' })
    expect(attributes(53)).toEqual({})
    expect(attributes(54)).toEqual({ datetime: '**********' })
    expect(attributes(55)).toEqual({ 'aria-valuenow': '****', 'aria-placeholder': '***', 'aria-hidden': 'true' })
    expect(attributes(56)).toEqual({ type: 'radio', name: 'plan', value: '****' })
  })

  it('keeps only the safe declarations of an inline style', () => {
    const attributes = scrub(
      el(50, 'div', {
        style: '--card: "4111 1111"; color: rgb(0, 0, 0); background: url(https://x.test/4111.png); width: 10px',
      }),
    )
    expect(attributes(50)).toEqual({ style: 'color: rgb(0, 0, 0); width: 10px' })
    expect(scrub(el(50, 'div', { style: '--x: 1' }))(50)).toEqual({})
  })

  it('drops the drawing attributes of SVG elements (geometry can draw a QR code)', () => {
    const svg = { ...el(50, 'svg', { viewBox: '0 0 1 1', xmlns: 'http://www.w3.org/2000/svg' }), isSVG: true }
    const path = { ...el(51, 'path', { d: 'M0 0h1v1', fill: 'red' }), isSVG: true }
    const attributes = scrub({ ...svg, childNodes: [path] })
    expect(attributes(50)).toEqual({ viewBox: '0 0 1 1', xmlns: 'http://www.w3.org/2000/svg' })
    expect(attributes(51)).toEqual({})
  })
})

describe('scrubEvent: mutations', () => {
  const mutation = (data: Record<string, unknown>) => ({
    type: EventType.IncrementalSnapshot,
    timestamp: 2,
    data: { source: IncrementalSource.Mutation, texts: [], attributes: [], removes: [], adds: [], ...data },
  })

  it('masks added nodes under a masked node, whatever order rrweb lists them in', () => {
    const event = mutation({
      adds: [
        { parentId: 41, nextId: null, node: text(42, 'late secret') },
        { parentId: 40, nextId: null, node: el(41, 'span', { title: 'tip secret' }) },
        { parentId: 3, nextId: null, node: el(40, 'div', { class: 'pii' }) },
        { parentId: 3, nextId: null, node: text(43, 'hello') },
        { parentId: 18, nextId: null, node: text(44, 'typed secret') },
      ],
    })
    const isPii = (id: number) => id === 40 || MASKED_ROOTS.has(id)
    const adds = scrubEvent(event, isPii).data.adds as Array<{ node: Node }>
    expect(adds.map((add) => add.node.textContent ?? add.node.attributes)).toEqual([
      '**** ******',
      { title: '**********' },
      { class: 'pii' },
      'hello',
      '***** ******',
    ])
  })

  it('masks text and attribute changes of masked nodes only', () => {
    const event = mutation({
      texts: [
        { id: 19, value: 'changed secret' },
        { id: 35, value: 'public change' },
      ],
      attributes: [
        { id: 10, attributes: { value: 'new secret', 'data-x': 'abc', class: 'pii', selected: true } },
        { id: 30, attributes: { value: 'visible', title: 'Shown' } },
      ],
    })
    const isMaskedText = (id: number) => id === 19 || isMasked(id)
    const data = scrubEvent(event, isMaskedText).data
    expect(data.texts).toEqual([
      { id: 19, value: '******* ******' },
      { id: 35, value: 'public change' },
    ])
    expect(data.attributes).toEqual([
      { id: 10, attributes: { value: '**********', 'data-x': '***', class: 'pii' } },
      { id: 30, attributes: { value: 'visible', title: 'Shown' } },
    ])
  })

  it('applies the same rule to attributes set later, including rrweb style diffs and removals', () => {
    const event = mutation({
      attributes: [
        {
          id: 10,
          attributes: {
            href: 'mailto:late@example.com',
            title: null,
            style: { color: 'red', '--card': '4111', 'background-image': ['url(4111.png)', 'important'], width: false },
          },
        },
        { id: 30, attributes: { href: 'mailto:shown@example.com', style: { '--x': '1' } } },
      ],
    })
    expect(scrubEvent(event, isMasked).data.attributes).toEqual([
      {
        id: 10,
        attributes: { title: null, style: { color: 'red', '--card': false, 'background-image': false, width: false } },
      },
      { id: 30, attributes: { href: 'mailto:shown@example.com', style: { '--x': '1' } } },
    ])
  })
})

describe('scrubEvent: input events and the rest', () => {
  const input = (id: number, text: string, isChecked: boolean) => ({
    type: EventType.IncrementalSnapshot,
    timestamp: 3,
    data: { source: IncrementalSource.Input, id, text, isChecked },
  })

  it('masks what is typed into a masked field and hides its ticked state', () => {
    expect(scrubEvent(input(10, '4111 1111 1111', false), isMasked).data).toEqual({
      source: IncrementalSource.Input,
      id: 10,
      text: '**************',
      isChecked: false,
    })
    expect(scrubEvent(input(24, 'on', true), isMasked).data.isChecked).toBe(false)
  })

  it('passes unmasked input through', () => {
    expect(scrubEvent(input(30, 'Ada', false), isMasked).data.text).toBe('Ada')
  })

  it('returns events that carry no field content untouched', () => {
    const move = {
      type: EventType.IncrementalSnapshot,
      timestamp: 4,
      data: { source: IncrementalSource.MouseMove, positions: [{ x: 1, y: 2, id: 10, timeOffset: 0 }] },
    }
    const meta = { type: EventType.Meta, timestamp: 0, data: { href: 'http://localhost/', width: 800, height: 600 } }
    expect(scrubEvent(move, isMasked)).toBe(move)
    expect(scrubEvent(meta, isMasked)).toBe(meta)
  })
})
