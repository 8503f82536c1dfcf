import { describe, expect, it, vi } from 'vitest'
import type { CustomerToServer, SessionFeatures } from '../../../protocol/messages.js'
import type { SessionLink } from '../session/sessionLink.js'
import { createRemoteAssist, type RemoteAssistUi } from './createRemoteAssist.js'

const ANA = { userId: 'agent-1', userName: 'Ana' }
const REQUEST = { t: 'remote-assist-request' as const, agent: ANA, remoteAssistType: 'scroll_page' }

function setup(settings: Partial<SessionFeatures['remoteAssist']> = {}) {
  const sent: CustomerToServer[] = []
  const events: Array<[string, unknown]> = []
  const link: SessionLink = {
    send: (message) => sent.push(message),
    emit: (name, payload) => events.push([name, payload]),
  }
  const shown = {
    prompt: undefined as undefined | { allow(): void; deny(): void },
    banner: undefined as undefined | (() => void),
  }
  const closed = { prompt: 0, banner: 0 }
  const ui: RemoteAssistUi = {
    showConsent: (_request, answer) => {
      shown.prompt = answer
      return () => {
        shown.prompt = undefined
        closed.prompt += 1
      }
    },
    showBanner: (_type, stop) => {
      shown.banner = stop
      return () => {
        shown.banner = undefined
        closed.banner += 1
      }
    },
    scrollTo: vi.fn(),
  }
  const part = createRemoteAssist(
    { enable: true, enableCustomerConsent: true, remoteAssistTypes: ['scroll_page'], ...settings },
    link,
    ui,
  )
  return { part, sent, events, shown, closed, ui }
}

describe('createRemoteAssist', () => {
  it('declines at once when the page did not enable remote assist, or did not list the type', () => {
    const disabled = setup({ enable: false })
    disabled.part.handle(REQUEST)
    expect(disabled.sent).toEqual([{ t: 'remote-assist', action: 'decline' }])
    expect(disabled.events).toEqual([])
    expect(disabled.shown.prompt).toBeUndefined()
    const unlisted = setup()
    unlisted.part.handle({ ...REQUEST, remoteAssistType: 'edit_form' })
    expect(unlisted.sent).toEqual([{ t: 'remote-assist', action: 'decline' }])
  })

  it('asks for consent: remote_assist_requested and the prompt; Allow accepts and shows the banner', () => {
    const { part, sent, events, shown } = setup()
    part.handle(REQUEST)
    expect(events).toEqual([['remote_assist_requested', { remoteAssistType: 'scroll_page', ...ANA }]])
    expect(sent).toEqual([])
    shown.prompt?.allow()
    expect(sent).toEqual([{ t: 'remote-assist', action: 'accept' }])
    expect(events.at(-1)).toEqual(['remote_assist_started', { remoteAssistType: 'scroll_page' }])
    expect(shown.prompt).toBeUndefined()
    expect(shown.banner).toBeDefined()
  })

  it('Deny (or declineRemoteAssist) sends decline and reports the request over', () => {
    const { part, sent, events, shown } = setup()
    part.handle(REQUEST)
    shown.prompt?.deny()
    expect(sent).toEqual([{ t: 'remote-assist', action: 'decline' }])
    expect(events.at(-1)).toEqual(['remote_assist_stopped', { by: 'customer', reason: 'declined' }])
    expect(shown.prompt).toBeUndefined()
    part.decline()
    expect(sent).toHaveLength(1)
  })

  it('accepts without asking when consent is off', () => {
    const { part, sent, events, shown } = setup({ enableCustomerConsent: false })
    part.handle(REQUEST)
    expect(shown.prompt).toBeUndefined()
    expect(sent).toEqual([{ t: 'remote-assist', action: 'accept' }])
    expect(events).toEqual([['remote_assist_started', { remoteAssistType: 'scroll_page' }]])
  })

  it('scrolls only while remote assist is on', () => {
    const { part, ui } = setup()
    part.handle({ t: 'scroll', x: 0, y: 100 })
    part.handle(REQUEST)
    part.handle({ t: 'scroll', x: 0, y: 200 })
    part.approve()
    part.handle({ t: 'scroll', x: 10, y: 300 })
    expect(ui.scrollTo).toHaveBeenCalledTimes(1)
    expect(ui.scrollTo).toHaveBeenCalledWith(10, 300)
  })

  it('the banner Stop (or stopRemoteAssist) sends stop and emits remote_assist_stopped by the customer', () => {
    const { part, sent, events, shown, closed } = setup({ enableCustomerConsent: false })
    part.handle(REQUEST)
    shown.banner?.()
    expect(sent.at(-1)).toEqual({ t: 'remote-assist', action: 'stop' })
    expect(events.at(-1)).toEqual(['remote_assist_stopped', { by: 'customer' }])
    expect(closed.banner).toBe(1)
    part.stop()
    expect(sent).toHaveLength(2)
  })

  it('the agent stopping removes the banner and emits remote_assist_stopped by the agent, once', () => {
    const { part, events, closed } = setup({ enableCustomerConsent: false })
    part.handle(REQUEST)
    part.handle({ t: 'remote-assist-stopped', by: 'agent' })
    part.handle({ t: 'remote-assist-stopped', by: 'agent' })
    expect(events.filter(([name]) => name === 'remote_assist_stopped')).toEqual([
      ['remote_assist_stopped', { by: 'agent' }],
    ])
    expect(closed.banner).toBe(1)
  })

  it('ignores a repeated request while one is pending, and reset closes everything silently', () => {
    const { part, events, closed } = setup()
    part.handle(REQUEST)
    part.handle(REQUEST)
    expect(events).toHaveLength(1)
    part.reset()
    expect(closed.prompt).toBe(1)
    expect(events).toHaveLength(1)
    part.approve()
    expect(events).toHaveLength(1)
  })

  it('with the host’s own consent UI, asks and answers through events and methods only, never its own prompt', () => {
    const { part, sent, events, shown } = setup()
    part.setHostConsentUi(true)
    part.handle(REQUEST)
    expect(shown.prompt).toBeUndefined()
    expect(events).toEqual([['remote_assist_requested', { remoteAssistType: 'scroll_page', ...ANA }]])
    part.approve()
    expect(sent).toEqual([{ t: 'remote-assist', action: 'accept' }])
    expect(shown.banner).toBeUndefined()
    expect(events.at(-1)).toEqual(['remote_assist_started', { remoteAssistType: 'scroll_page' }])
  })

  it('hands what is on screen over when the host UI comes or goes mid-request', () => {
    const { part, shown, closed } = setup()
    part.handle(REQUEST)
    expect(shown.prompt).toBeDefined()
    part.setHostConsentUi(true)
    expect(shown.prompt).toBeUndefined()
    expect(closed.prompt).toBe(1)
    // The host's dialog went away before the customer answered: the SDK's own prompt must come back.
    part.setHostConsentUi(false)
    expect(shown.prompt).toBeDefined()
    shown.prompt?.allow()
    expect(shown.banner).toBeDefined()
    part.setHostConsentUi(true)
    expect(shown.banner).toBeUndefined()
  })
})
