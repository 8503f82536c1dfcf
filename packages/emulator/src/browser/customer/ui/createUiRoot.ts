import { RECORDING_BLOCK_CLASS } from '../recording/startRecording.js'
import { UI_STYLES } from './uiStyles.js'

/** Marks the SDK's host element, for tests and for anyone wondering what the element is. */
export const UI_HOST_ATTRIBUTE = 'data-cobrowse-emulator-ui'

/** The SDK's UI: one host element with a shadow root holding the annotation overlay and the control panel. */
export interface UiRoot {
  host: HTMLElement
  /** Document-anchored layer for annotation marks. */
  overlay: HTMLElement
  /** Viewport-anchored stack for the consent prompt, the banner and the draw toggle. */
  panel: HTMLElement
}

/**
 * Returns the UI root, creating it on first use so a page without prompts or marks gets no extra element. The host
 * carries rrweb's block class, so recordings show at most an empty 0×0 box where it sits, and it is 0×0 and
 * absolutely placed so it never shifts the page's layout; its contents overflow it visibly.
 */
export function createUiRoot(doc: Document): () => UiRoot {
  let root: UiRoot | undefined
  return () => {
    if (root?.host.isConnected) return root
    const host = doc.createElement('div')
    host.className = RECORDING_BLOCK_CLASS
    host.setAttribute(UI_HOST_ATTRIBUTE, '')
    // Inline and !important: page rules matching `body > div` must not hide or move the host.
    for (const [name, value] of [
      ['position', 'absolute'],
      ['top', '0'],
      ['left', '0'],
      ['width', '0'],
      ['height', '0'],
      ['overflow', 'visible'],
      ['display', 'block'],
      ['z-index', '2147483647'],
    ] as const) {
      host.style.setProperty(name, value, 'important')
    }
    const shadow = host.attachShadow({ mode: 'open' })
    const style = doc.createElement('style')
    style.textContent = UI_STYLES
    const overlay = doc.createElement('div')
    overlay.className = 'overlay'
    const panel = doc.createElement('div')
    panel.className = 'panel'
    shadow.append(style, overlay, panel)
    ;(doc.body ?? doc.documentElement).append(host)
    root = { host, overlay, panel }
    return root
  }
}
