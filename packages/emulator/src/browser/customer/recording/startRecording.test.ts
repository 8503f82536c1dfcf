import { EventType, IncrementalSource } from 'rrweb'
import { afterEach, describe, expect, it } from 'vitest'
import { compileMaskSelector } from './compileMaskSelector.js'
import { RECORDING_BLOCK_CLASS, type Recorder, startRecording } from './startRecording.js'

let recorder: Recorder | undefined

afterEach(() => {
  recorder?.stop()
  recorder = undefined
  document.body.innerHTML = ''
})

const SECRETS = [
  'Card number',
  '4111',
  'Jane Roe',
  'diagnosis',
  'Hidden choice',
  'hunter2',
  'private note',
  'ui-secret',
]

function page(): void {
  document.body.innerHTML = `
    <form>
      <input id="card" class="pii" value="4111 1111 1111 1111" placeholder="Card number">
      <input id="name" value="Ada">
      <input id="pw" type="password" value="hunter2">
      <input id="cleared" class="pii" value="4111 0000">
      <div data-sensitive="true" data-owner="Jane Roe">
        <input type="checkbox" id="consent" value="diagnosis-consent" checked>
        <textarea id="notes">diagnosis</textarea>
        <select id="choice"><option value="a">Hidden choice</option></select>
        <p id="owner">Jane Roe</p>
      </div>
      <div id="editor" class="pii" contenteditable="true">private note</div>
      <p id="free">Welcome</p>
    </form>
    <div class="${RECORDING_BLOCK_CLASS}" id="ui"><p>ui-secret</p></div>`
}

function record(): unknown[] {
  const events: unknown[] = []
  recorder = startRecording(
    compileMaskSelector({
      maskType: 'custom_input',
      maskCssSelectors: '.pii',
      maskHTMLAttributes: 'data-sensitive=true',
    }),
    (event) => events.push(event),
  )
  return events
}

const flushMutations = () => new Promise<void>((resolve) => setTimeout(resolve, 0))

describe('startRecording (rrweb in jsdom)', () => {
  it('records a full snapshot with every masked value, text and the UI host hidden', () => {
    page()
    // The live value is gone but the HTML attribute still holds it: rrweb would send the attribute as it is.
    ;(document.getElementById('cleared') as HTMLInputElement).value = ''
    const events = record()
    const snapshot = events.find((event) => (event as { type: number }).type === EventType.FullSnapshot)
    const json = JSON.stringify(snapshot)
    for (const secret of SECRETS) expect(json).not.toContain(secret)
    expect(json).toContain('Welcome')
    expect(json).toContain('Ada')
    expect(json).not.toMatch(/"checked":true/)
  })

  it('masks typing into a masked field but not into a free one', () => {
    page()
    const events = record()
    const type = (id: string, value: string) => {
      const input = document.getElementById(id) as HTMLInputElement
      input.value = value
      input.dispatchEvent(new Event('input', { bubbles: true }))
    }
    type('card', '4111 2222')
    type('name', 'Grace')
    const inputs = events
      .map((event) => event as { type: number; data: { source?: number; text?: string } })
      .filter((event) => event.type === EventType.IncrementalSnapshot && event.data.source === IncrementalSource.Input)
      .map((event) => event.data.text)
    expect(inputs).toContain('*********')
    expect(inputs).toContain('Grace')
    expect(JSON.stringify(events)).not.toContain('4111')
  })

  it('masks text added or changed later inside a masked element', async () => {
    page()
    const events = record()
    const editor = document.getElementById('editor') as HTMLElement
    editor.append(document.createTextNode(' and 4111 more'))
    const owner = document.getElementById('owner') as HTMLElement
    owner.setAttribute('title', 'Jane Roe')
    ;(document.getElementById('free') as HTMLElement).append(' visitor')
    await flushMutations()
    const json = JSON.stringify(events)
    for (const secret of SECRETS) expect(json).not.toContain(secret)
    expect(json).toContain(' visitor')
  })

  it('takes a new full snapshot on request and stops when asked', async () => {
    page()
    const events = record()
    const fullSnapshots = () => events.filter((event) => (event as { type: number }).type === EventType.FullSnapshot)
    expect(fullSnapshots()).toHaveLength(1)
    recorder?.takeFullSnapshot()
    expect(fullSnapshots()).toHaveLength(2)
    recorder?.stop()
    const count = events.length
    ;(document.getElementById('free') as HTMLElement).append(' later')
    await flushMutations()
    expect(events).toHaveLength(count)
  })
})
