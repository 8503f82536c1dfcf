import { afterEach, describe, expect, it } from 'vitest'
import { findServerOrigin } from './findServerOrigin.js'

afterEach(() => {
  document.head.innerHTML = ''
})

function addScript(src: string): HTMLScriptElement {
  const script = document.createElement('script')
  script.src = src
  document.head.append(script)
  return script
}

describe('findServerOrigin', () => {
  it('uses the running script’s origin', () => {
    const script = addScript('http://127.0.0.1:4010/static/resource/sdk/key/js/3.1.2')
    const doc = Object.create(document, { currentScript: { value: script } }) as Document
    expect(findServerOrigin(doc)).toBe('http://127.0.0.1:4010')
  })

  it('falls back to the last SDK script on the page', () => {
    addScript('https://cdn.example/other.js')
    addScript('http://localhost:4010/static/resource/sdk/key/js')
    addScript('http://localhost:5020/static/resource/sdk/key/js/3.1.2')
    expect(findServerOrigin(document)).toBe('http://localhost:5020')
  })

  it('falls back to the page origin when no script says', () => {
    expect(findServerOrigin(document)).toBe(window.location.origin)
  })
})
