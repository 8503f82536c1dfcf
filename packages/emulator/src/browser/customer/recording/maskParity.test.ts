import { EventType } from 'rrweb'
import { afterEach, describe, expect, it } from 'vitest'
// The kit's side of the comparison, by path: tests may reach across packages, shipped emulator code may not.
import { compileMasking } from '../../../../../core/src/masking/compileMasking.js'
import { maskClone } from '../../../../../core/src/masking/maskClone.js'
import { compileMaskSelector } from './compileMaskSelector.js'
import { type Recorder, startRecording } from './startRecording.js'

// <MaskPreview> (core's maskClone) promises to show what this recorder sends. Both mask the same page here and every
// masked element must come out the same: its attributes, its value and its text.

interface Serialized {
  type: number
  tagName?: string
  attributes?: Record<string, unknown>
  textContent?: string
  childNodes?: Serialized[]
}

/** What the preview drops so its copy can sit beside the original (and rrweb derives from live state instead). */
const PREVIEW_ONLY = new Set([
  'id',
  'for',
  'aria-labelledby',
  'aria-describedby',
  'aria-controls',
  'aria-owns',
  'list',
  'form',
])
const LIVE_STATE = new Set(['value', 'checked', 'selected'])

const PAGE = `
  <section data-cobrowse-mask>
    <h2 title="Ada's card" aria-description="card 4111" class="title" role="heading" aria-level="2">Card 4111 2222</h2>
    <a href="mailto:ada@example.com" target="_blank" rel="noopener" data-user="ada">Write to Ada</a>
    <img src="data:image/png;base64,c2VjcmV0" srcset="a.png 1x" alt="Ada" width="4" height="4">
    <time datetime="1815-12-10">10 December</time>
    <span style="--card: 4111; color: red; background: url(x.png); width: calc(100% - 2px)" aria-valuenow="4111"
      aria-placeholder="ada" tabindex="0">x</span>
    <input name="card" value="4111222233334444" placeholder="Card number" autocomplete="cc-number">
    <input type="checkbox" checked value="yes" name="agree">
    <input type="submit" value="Pay 4111">
    <textarea name="note">secret note</textarea>
    <svg viewBox="0 0 1 1" width="1"><path d="M0 0h1v1" fill="red"></path><text x="0">QR 4111</text></svg>
    <!-- a comment 4111 -->
  </section>
  <div class="pii" onclick="go()" data-state="open"><p lang="en">Other secret</p></div>`

let recorder: Recorder | undefined
afterEach(() => {
  recorder?.stop()
  document.body.innerHTML = ''
})

function recordedBody(piiMask: ReturnType<typeof compileMasking>): Serialized {
  let snapshot: { data: { node: Serialized } } | undefined
  recorder = startRecording(compileMaskSelector(piiMask), (event) => {
    if ((event as { type: number }).type === EventType.FullSnapshot) snapshot = event as typeof snapshot
  })
  const html = snapshot?.data.node.childNodes?.find((node) => node.tagName === 'html')
  const body = html?.childNodes?.find((node) => node.tagName === 'body')
  if (!body) throw new Error('no body in the full snapshot')
  return body
}

/** Every masked element and text of both trees, walked in document order, as comparable rows. */
function rows(node: Serialized | Node, out: string[] = []): string[] {
  if (node instanceof Node) {
    if (node.nodeType === Node.TEXT_NODE || node.nodeType === Node.COMMENT_NODE) {
      if (node.textContent?.trim()) out.push(`text ${node.textContent.trim()}`)
      return out
    }
    if (node instanceof Element) {
      const attributes = node
        .getAttributeNames()
        .filter(
          (name) =>
            !PREVIEW_ONLY.has(name) &&
            !LIVE_STATE.has(name) &&
            !(name === 'name' && node.getAttribute('type') === 'radio'),
        )
        .map((name) => `${name}=${node.getAttribute(name)}`)
      const value = node instanceof HTMLInputElement || node instanceof HTMLTextAreaElement ? node.value : undefined
      out.push(`<${node.localName}> ${attributes.sort().join(' ')}${value === undefined ? '' : ` value=${value}`}`)
      // rrweb sends a textarea's content as its value only.
      if (node instanceof HTMLTextAreaElement) return out
    }
    for (const child of node.childNodes) rows(child, out)
    return out
  }
  if (node.type === 3 || node.type === 5) {
    if (node.textContent?.trim()) out.push(`text ${node.textContent.trim()}`)
    return out
  }
  if (node.type === 2) {
    const entries = Object.entries(node.attributes ?? {})
    const attributes = entries
      .filter(([name]) => !PREVIEW_ONLY.has(name) && !LIVE_STATE.has(name))
      .map(([name, value]) => `${name}=${String(value)}`)
    const value = node.tagName === 'input' || node.tagName === 'textarea' ? node.attributes?.value : undefined
    out.push(`<${node.tagName}> ${attributes.sort().join(' ')}${value === undefined ? '' : ` value=${String(value)}`}`)
  }
  for (const child of node.childNodes ?? []) rows(child, out)
  return out
}

describe('<MaskPreview> and the recorder mask alike', () => {
  it('shows exactly what the recorder sends of every masked element: attributes, values and text', () => {
    document.body.innerHTML = PAGE
    const piiMask = compileMasking({ selectors: ['.pii'] })
    const clone = document.body.cloneNode(true) as HTMLElement
    maskClone(clone, piiMask)
    const recorded = rows(recordedBody(piiMask)).filter((row) => !row.startsWith('<body>'))
    const previewed = rows(clone).filter((row) => !row.startsWith('<body>'))
    expect(previewed).toEqual(recorded)
    // And it is a real comparison: both kept the page's structure and hid every secret.
    expect(recorded.length).toBeGreaterThan(20)
    expect(recorded.join('\n')).not.toMatch(/4111|Ada|ada@|secret|1815|c2VjcmV0/)
    expect(recorded).toContain('<a> data-user=*** rel=noopener target=_blank')
  })
})
