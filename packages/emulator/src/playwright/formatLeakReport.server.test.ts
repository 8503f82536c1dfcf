import { describe, expect, it } from 'vitest'
import { formatLeakReport } from './formatLeakReport.js'
import type { AgentViewLeak, FrameLeak, LeakMatch } from './leak.js'

const CARD = '4111222233334444'
const SOCKET = 'ws://127.0.0.1:4010/zcb/ws?role=customer'
const secret: LeakMatch = { by: 'secret', of: CARD, found: CARD, excerpt: `{"text":"${CARD}"}` }
const piece: LeakMatch = { by: 'piece', of: CARD, found: '411122', excerpt: '4111222' }
const CONTEXT = { frames: 42, pages: ['customer', 'agent'], agentViews: ['agent'] }

const inputLeak = (frame: number, match: LeakMatch = secret): FrameLeak => ({
  where: 'frame',
  page: 'customer',
  direction: 'sent',
  frame,
  socketUrl: SOCKET,
  messageType: 'rrweb',
  rrwebEvent: 'IncrementalSnapshot/Input',
  kind: 'input',
  path: 'html > body > form#checkout > input#card',
  nodeId: 12,
  jsonPath: '$.event.data.text',
  match,
})
const viewLeak: AgentViewLeak = {
  where: 'agent-view',
  page: 'agent',
  frame: 'html > body > main > div > iframe',
  field: 'value',
  path: 'html > body > form#checkout > input#card',
  match: secret,
}

describe('formatLeakReport', () => {
  it('says there is nothing, and what was scanned', () => {
    expect(formatLeakReport([], CONTEXT)).toBe(
      'No leaks found (scanned 42 WebSocket frames of customer, agent; agent view agent).',
    )
  })

  it('writes one numbered entry per place, with frame numbers, location and excerpt', () => {
    const report = formatLeakReport([inputLeak(30, piece), inputLeak(31, piece), inputLeak(32), viewLeak], CONTEXT)
    expect(report).toBe(
      [
        'Masked values reached the agent side: 4 leaks in 3 places (scanned 42 WebSocket frames of customer, agent; agent view agent).',
        '',
        `1. "411122", a 6-character piece of secret "${CARD}"`,
        `   sent by customer (${SOCKET}): rrweb input event at html > body > form#checkout > input#card, frames 30, 31`,
        '   $.event.data.text: 4111222',
        '',
        `2. secret "${CARD}"`,
        `   sent by customer (${SOCKET}): rrweb input event at html > body > form#checkout > input#card, frame 32`,
        `   $.event.data.text: {"text":"${CARD}"}`,
        '',
        `3. secret "${CARD}"`,
        '   in the agent view of agent: value of html > body > form#checkout > input#card (frame html > body > main > div > iframe)',
        `   value: {"text":"${CARD}"}`,
        '',
        'Mask these fields in the customer page (the kit: masking selectors or <Mask>; Zoom: piiMask), then run again.',
      ].join('\n'),
    )
  })

  it('describes attributes, other events, protocol messages, unknown nodes and raw matches', () => {
    const base = inputLeak(1)
    const { path: _path, jsonPath: _jsonPath, ...noPath } = base
    const report = formatLeakReport(
      [
        { ...base, kind: 'mutation-attribute', attribute: 'data-card' },
        { ...base, kind: 'rrweb-other', rrwebEvent: 'Meta', path: 'html' },
        { ...noPath, kind: 'protocol', messageType: 'start', direction: 'received', nodeId: 57 },
        { ...noPath, kind: 'unparsed', messageType: 'x' },
        { ...viewLeak, frame: 'top', field: 'attribute', attribute: 'title' },
        { ...viewLeak, field: 'text' },
        { ...base, match: { by: 'pattern', of: 'card number', found: '5555 5555 5555 4444', excerpt: '…' } },
      ],
      CONTEXT,
    )
    expect(report).toContain(
      'rrweb mutation, attribute changed at html > body > form#checkout > input#card, attribute data-card',
    )
    expect(report).toContain(': rrweb Meta at html, frame 1')
    expect(report).toContain(`received by customer (${SOCKET}): "start" message at node 57 (no snapshot this page`)
    expect(report).toContain('frame that is not JSON')
    expect(report).toContain('   raw frame text: ')
    expect(report).toContain(
      'in the agent view of agent: attribute title of html > body > form#checkout > input#card\n',
    )
    expect(report).toContain('in the agent view of agent: text in html > body')
    expect(report).toContain('card number "5555 5555 5555 4444"')
  })

  it('stops listing after 25 places and says how many are left', () => {
    const leaks = Array.from({ length: 30 }, (_, index) => ({ ...inputLeak(index), path: `html > div#n${index}` }))
    const report = formatLeakReport(leaks, CONTEXT)
    expect(report).toContain('\n25. ')
    expect(report).not.toContain('\n26. ')
    expect(report).toContain('… and 5 more places (see findLeaks()).')
    // Entries 10 and up keep their lines aligned under the text, not under the number.
    expect(report).toContain(`\n10. secret "${CARD}"\n    sent by customer`)
  })

  it('shortens long lists of frame numbers', () => {
    const report = formatLeakReport(
      Array.from({ length: 10 }, (_, index) => inputLeak(index + 1)),
      CONTEXT,
    )
    expect(report).toContain('frames 1, 2, 3, 4, 5, 6 and 4 more')
  })
})
