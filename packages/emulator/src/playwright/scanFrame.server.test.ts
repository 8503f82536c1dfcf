import { describe, expect, it } from 'vitest'
import { cardNumberPattern } from './cardNumberPattern.js'
import { createLeakMatcher, type LeakTargets } from './createLeakMatcher.js'
import { describeRrwebEvent } from './describeRrwebEvent.js'
import { RrwebNodeMap } from './rrwebNodeMap.js'
import { type CapturedFrame, scanFrame } from './scanFrame.js'

const CARD = '4111222233334444'
const TIMESTAMP = 1712345678907 // passes Luhn as a string of digits

const el = (id: number, tagName: string, attributes: Record<string, unknown> = {}, childNodes: unknown[] = []) => ({
  type: 2,
  id,
  tagName,
  attributes,
  childNodes,
})

/** html > body > form#checkout > input[name="card"] (6), p#note (7) > text (8) */
const snapshot = (value = '') => ({
  type: 2,
  timestamp: TIMESTAMP,
  data: {
    node: {
      type: 0,
      id: 1,
      childNodes: [
        el(2, 'html', {}, [
          el(3, 'body', {}, [
            el(4, 'form', { id: 'checkout' }, [
              el(6, 'input', { name: 'card', value }),
              el(7, 'p', { id: 'note' }, [{ type: 3, id: 8, textContent: 'hello' }]),
            ]),
          ]),
        ]),
      ],
    },
    initialOffset: { left: 0, top: 0 },
  },
})
const mutation = (data: Record<string, unknown>) => ({
  type: 3,
  timestamp: TIMESTAMP,
  data: { source: 0, adds: [], texts: [], attributes: [], removes: [], ...data },
})
const input = (id: number, text: string) => ({
  type: 3,
  timestamp: TIMESTAMP,
  data: { source: 5, id, text, isChecked: false },
})

let count = 0
const frame = (payload: unknown, direction: CapturedFrame['direction'] = 'sent'): CapturedFrame => ({
  page: 'customer',
  direction,
  index: ++count,
  socketUrl: 'ws://127.0.0.1:4010/zcb/ws?role=customer',
  payload: typeof payload === 'string' ? payload : JSON.stringify(payload),
})
const rrweb = (event: unknown) => frame({ t: 'rrweb', event })

/** Scans frames in order with one node map, as a watched page's frames are. */
function scan(frames: CapturedFrame[], targets: LeakTargets = { secrets: [CARD] }) {
  const nodes = new RrwebNodeMap()
  const matcher = createLeakMatcher(targets)
  return frames.flatMap((each) => scanFrame(each, nodes, matcher))
}

describe('scanFrame', () => {
  it('finds nothing in masked frames', () => {
    expect(scan([rrweb(snapshot('*'.repeat(16))), rrweb(input(6, '*'.repeat(16)))])).toEqual([])
  })

  it('reports an input event with direction, page, frame number and the node path', () => {
    const [leak, ...others] = scan([rrweb(snapshot()), rrweb(input(6, CARD))])
    expect(others).toEqual([])
    expect(leak).toEqual({
      where: 'frame',
      page: 'customer',
      direction: 'sent',
      frame: count,
      socketUrl: 'ws://127.0.0.1:4010/zcb/ws?role=customer',
      messageType: 'rrweb',
      rrwebEvent: 'IncrementalSnapshot/Input',
      kind: 'input',
      path: 'html > body > form#checkout > input[name="card"]',
      nodeId: 6,
      jsonPath: '$.event.data.text',
      match: expect.objectContaining({ by: 'secret', of: CARD, found: CARD }),
    })
  })

  it('tells full-snapshot attributes and text apart', () => {
    const leaks = scan([rrweb(snapshot(CARD))], { secrets: [CARD, 'hello'] })
    expect(leaks.map((leak) => [leak.kind, leak.path, leak.attribute, leak.jsonPath])).toEqual([
      [
        'full-snapshot',
        'html > body > form#checkout > input[name="card"]',
        'value',
        '$.event.data.node.childNodes[0].childNodes[0].childNodes[0].childNodes[0].attributes.value',
      ],
      [
        'full-snapshot',
        'html > body > form#checkout > p#note',
        undefined,
        '$.event.data.node.childNodes[0].childNodes[0].childNodes[0].childNodes[1].childNodes[0].textContent',
      ],
    ])
  })

  it('classifies mutation adds, texts and attributes, with paths from earlier frames and from the same batch', () => {
    const leaks = scan([
      rrweb(snapshot()),
      rrweb(
        mutation({
          adds: [
            { parentId: 20, nextId: null, node: el(21, 'span', { title: CARD }) },
            { parentId: 3, nextId: null, node: el(20, 'div', { id: 'receipt' }) },
          ],
          texts: [{ id: 8, value: `card ${CARD}` }],
          attributes: [{ id: 6, attributes: { 'data-card': CARD, style: { color: 'red' } } }],
        }),
      ),
    ])
    expect(leaks.map((leak) => [leak.kind, leak.path, leak.attribute, leak.jsonPath])).toEqual([
      ['mutation-add', 'html > body > div#receipt > span', 'title', '$.event.data.adds[0].node.attributes.title'],
      ['mutation-text', 'html > body > form#checkout > p#note', undefined, '$.event.data.texts[0].value'],
      [
        'mutation-attribute',
        'html > body > form#checkout > input[name="card"]',
        'data-card',
        '$.event.data.attributes[0].attributes["data-card"]',
      ],
    ])
  })

  it('keeps the node id when no snapshot this page saw describes the node', () => {
    const [leak] = scan([rrweb(input(57, CARD))])
    expect(leak).toMatchObject({ kind: 'input', nodeId: 57 })
    expect(leak).not.toHaveProperty('path')
  })

  it('starts the node map over on a new full snapshot', () => {
    const reloaded = snapshot()
    reloaded.data.node.childNodes[0] = el(2, 'html', {}, [el(3, 'body', {}, [el(6, 'textarea', { id: 'memo' })])])
    const leaks = scan([rrweb(snapshot()), rrweb(reloaded), rrweb(input(6, CARD))])
    expect(leaks.map((leak) => leak.path)).toEqual(['html > body > textarea#memo'])
  })

  it('names other rrweb events and other protocol messages', () => {
    const leaks = scan([
      rrweb({ type: 4, timestamp: TIMESTAMP, data: { href: `https://shop.test/?card=${CARD}`, width: 1, height: 1 } }),
      rrweb({ type: 3, timestamp: TIMESTAMP, data: { source: 0, removes: [{ parentId: 1, id: 2 }], adds: CARD } }),
      frame({ t: 'start', token: 'x', url: `https://shop.test/${CARD}` }),
      frame({ type: 'vite-ping', data: CARD }, 'received'),
    ])
    expect(leaks.map((leak) => [leak.kind, leak.messageType, leak.rrwebEvent, leak.jsonPath, leak.direction])).toEqual([
      ['rrweb-other', 'rrweb', 'Meta', '$.event.data.href', 'sent'],
      ['rrweb-other', 'rrweb', 'IncrementalSnapshot/Mutation', '$.event.data.adds', 'sent'],
      ['protocol', 'start', undefined, '$.url', 'sent'],
      ['protocol', undefined, undefined, '$.data', 'received'],
    ])
  })

  it('matches raw text for secrets the parse cannot see: numbers, keys, non-JSON frames', () => {
    const leaks = scan([
      rrweb(input(6, '')),
      frame({ t: 'rrweb', event: { ...input(6, ''), data: { source: 5, id: 6, text: Number(CARD) } } }),
      frame({ t: 'note', [CARD]: true }),
      frame(`plain text with ${CARD}`),
    ])
    expect(leaks.map((leak) => [leak.kind, leak.messageType, leak.jsonPath, leak.match.by])).toEqual([
      ['input', 'rrweb', undefined, 'secret'],
      ['protocol', 'note', undefined, 'secret'],
      ['unparsed', undefined, undefined, 'secret'],
    ])
  })

  it('says which part of a mutation a raw-only match sits in', () => {
    const [leak] = scan([rrweb(mutation({ texts: [{ id: Number(CARD), value: 'x' }] }))])
    expect(leak?.kind).toBe('mutation-text')
    expect(leak).not.toHaveProperty('jsonPath')
  })

  it('does not report a secret twice when the parse already found it', () => {
    expect(scan([rrweb(input(6, CARD))])).toHaveLength(1)
  })

  it('matches patterns only in string values, so timestamps and ids never count as card numbers', () => {
    const patterns = [cardNumberPattern]
    const quiet = [
      rrweb({ ...snapshot(), timestamp: 4111111111111111 }),
      rrweb(input(4111111111111111, '*'.repeat(16))),
      rrweb({ type: 3, timestamp: TIMESTAMP, data: { source: 1, positions: [{ x: 1, y: 2, id: 5, timeOffset: 0 }] } }),
      frame({ t: 'rrweb', event: { type: 4, timestamp: TIMESTAMP, data: { href: `https://x.test/?t=${TIMESTAMP}` } } }),
    ]
    expect(scan(quiet, { patterns })).toEqual([])
    const [leak] = scan([rrweb(snapshot()), rrweb(input(6, '5555 5555 5555 4444'))], { patterns })
    expect(leak).toMatchObject({
      kind: 'input',
      path: 'html > body > form#checkout > input[name="card"]',
      match: { by: 'pattern', of: 'card number', found: '5555 5555 5555 4444' },
    })
  })

  it('reports pieces with pieceLength, once per string', () => {
    const leaks = scan([rrweb(snapshot()), rrweb(input(6, CARD.slice(0, 7)))], { secrets: [CARD], pieceLength: 6 })
    expect(leaks.map((leak) => [leak.kind, leak.match.by, leak.match.found])).toEqual([['input', 'piece', '411122']])
  })
})

describe('describeRrwebEvent', () => {
  it('names event types and incremental sources, and numbers it does not know', () => {
    expect(describeRrwebEvent({ type: 2 })).toBe('FullSnapshot')
    expect(describeRrwebEvent({ type: 3, data: { source: 3 } })).toBe('IncrementalSnapshot/Scroll')
    expect(describeRrwebEvent({ type: 3, data: { source: 99 } })).toBe('IncrementalSnapshot/source 99')
    expect(describeRrwebEvent({ type: 42 })).toBe('type 42')
    expect(describeRrwebEvent('nope')).toBe('not an rrweb event')
  })
})
