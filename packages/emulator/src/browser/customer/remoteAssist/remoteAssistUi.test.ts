import { afterEach, describe, expect, it, vi } from 'vitest'
import { RECORDING_BLOCK_CLASS } from '../recording/startRecording.js'
import { createUiRoot, UI_HOST_ATTRIBUTE } from '../ui/createUiRoot.js'
import { pageRemoteAssistUi } from './remoteAssistUi.js'

afterEach(() => {
  document.body.innerHTML = ''
})

function host(): HTMLElement {
  const element = document.querySelector<HTMLElement>(`[${UI_HOST_ATTRIBUTE}]`)
  if (element === null) throw new Error('no UI host')
  return element
}

describe('built-in remote assist UI', () => {
  it('creates nothing until something is shown', () => {
    createUiRoot(document)
    expect(document.querySelector(`[${UI_HOST_ATTRIBUTE}]`)).toBeNull()
  })

  it('shows the consent prompt in a shadow root on a 0×0 host that recordings block', () => {
    const ui = pageRemoteAssistUi(window, createUiRoot(document))
    const allow = vi.fn()
    const deny = vi.fn()
    const close = ui.showConsent({ agentName: '<b>Ana</b>', remoteAssistType: 'scroll_page' }, { allow, deny })
    const root = host()
    expect(root.parentElement).toBe(document.body)
    expect(root.classList.contains(RECORDING_BLOCK_CLASS)).toBe(true)
    expect(root.style.getPropertyValue('width')).toBe('0px')
    expect(root.style.getPropertyPriority('position')).toBe('important')
    // Nothing of the prompt is in the page's own DOM.
    expect(document.body.textContent).toBe('')
    const dialog = root.shadowRoot?.querySelector('[role="alertdialog"]')
    expect(dialog?.textContent).toContain('Support agent <b>Ana</b> asks to scroll this page')
    expect(dialog?.querySelector('b')).toBeNull()
    const buttons = Array.from(dialog?.querySelectorAll('button') ?? [])
    expect(buttons.map((button) => button.textContent)).toEqual(['Deny', 'Allow'])
    buttons[1]?.click()
    expect(allow).toHaveBeenCalledTimes(1)
    buttons[0]?.click()
    expect(deny).toHaveBeenCalledTimes(1)
    close()
    expect(root.shadowRoot?.querySelector('[role="alertdialog"]')).toBeNull()
  })

  it('keeps its styles inside the shadow root', () => {
    pageRemoteAssistUi(window, createUiRoot(document)).showBanner('scroll_page', () => {})
    expect(document.head.querySelector('style')).toBeNull()
    expect(host().shadowRoot?.querySelector('style')?.textContent).toContain(':host')
  })

  it('shows the banner with a working Stop button, and scrolls the window', () => {
    const scrollTo = vi.spyOn(window, 'scrollTo').mockImplementation(() => {})
    const ui = pageRemoteAssistUi(window, createUiRoot(document))
    const stop = vi.fn()
    const close = ui.showBanner('scroll_page', stop)
    const banner = host().shadowRoot?.querySelector('[role="status"]')
    expect(banner?.textContent).toContain('Agent can scroll this page')
    banner?.querySelector('button')?.click()
    expect(stop).toHaveBeenCalledTimes(1)
    close()
    expect(host().shadowRoot?.querySelector('[role="status"]')).toBeNull()
    ui.scrollTo(0, 250)
    expect(scrollTo).toHaveBeenCalledWith(0, 250)
    scrollTo.mockRestore()
  })
})
