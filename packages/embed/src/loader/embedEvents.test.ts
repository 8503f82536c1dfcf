import { afterEach, describe, expect, it, vi } from 'vitest'
import type { EmbedEventName } from '../shared/embedOptions.js'
import { createEmbedEvents } from './embedEvents.js'

afterEach(() => {
  vi.restoreAllMocks()
})

describe('createEmbedEvents', () => {
  it('calls listeners of that event only, until they unsubscribe', () => {
    const events = createEmbedEvents()
    const onAgents = vi.fn()
    const onEnded = vi.fn()
    const stop = events.on('agents', onAgents)
    events.on('ended', onEnded)
    events.emit('agents', { agents: [{ userName: 'Agent 1' }] })
    stop()
    events.emit('agents', { agents: [] })
    expect(onAgents.mock.calls).toEqual([[{ agents: [{ userName: 'Agent 1' }] }]])
    expect(onEnded).not.toHaveBeenCalled()
  })

  it('off() removes a listener too', () => {
    const events = createEmbedEvents()
    const onError = vi.fn()
    events.on('error', onError)
    events.off('error', onError)
    events.emit('error', { code: 'x', message: 'm' })
    expect(onError).not.toHaveBeenCalled()
  })

  it('gives a late listener the current status, and the PIN only while a session waits for or has an agent', () => {
    const events = createEmbedEvents()
    events.emit('status', { status: 'pin' })
    events.emit('pin', { pin: '123456' })
    const late = vi.fn()
    events.on('status', late)
    events.on('pin', late)
    expect(late.mock.calls).toEqual([[{ status: 'pin' }], [{ pin: '123456' }]])

    events.emit('status', { status: 'ended' })
    const afterEnd = vi.fn()
    events.on('pin', afterEnd)
    events.on('agents', afterEnd)
    expect(afterEnd).not.toHaveBeenCalled()
  })

  it('reports a listener that throws and still calls the others', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    const events = createEmbedEvents()
    const after = vi.fn()
    events.on('ended', () => {
      throw new Error('boom')
    })
    events.on('ended', after)
    expect(() => events.emit('ended', {})).not.toThrow()
    expect(after).toHaveBeenCalledOnce()
    expect(error).toHaveBeenCalledWith(
      '[CobrowseKit] listener_failed: A ended listener threw: boom. Fix that callback.',
    )
  })

  it('refuses an unknown event or a non-function with a console error and a harmless unsubscribe', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    const events = createEmbedEvents()
    const stop = events.on('pincode' as EmbedEventName, vi.fn())
    events.on('pin', 'not a function' as unknown as () => void)
    expect(stop).toBeTypeOf('function')
    expect(() => stop()).not.toThrow()
    expect(error).toHaveBeenCalledTimes(2)
    expect(String(error.mock.calls[0]?.[0])).toContain('[CobrowseKit] invalid_call: on(pincode)')
  })
})
