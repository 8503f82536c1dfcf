import { describe, expect, it, vi } from 'vitest'
import { createEventHub } from './createEventHub.js'

describe('createEventHub', () => {
  it('delivers to every handler of the event only, until each unsubscribes', () => {
    const hub = createEventHub()
    const joined = vi.fn()
    const left = vi.fn()
    const offJoined = hub.on('agent_joined', joined)
    hub.on('agent_left', left)
    hub.emit('agent_joined', { userId: 'a' })
    expect(joined).toHaveBeenCalledWith({ userId: 'a' })
    expect(left).not.toHaveBeenCalled()
    offJoined()
    hub.emit('agent_joined', { userId: 'b' })
    expect(joined).toHaveBeenCalledTimes(1)
  })

  it('does not skip a handler when the one before it unsubscribes itself', () => {
    const hub = createEventHub()
    const second = vi.fn()
    const off = hub.on('session_ended', () => off())
    hub.on('session_ended', second)
    hub.emit('session_ended', {})
    expect(second).toHaveBeenCalledTimes(1)
  })

  it('forgets everyone on clear', () => {
    const hub = createEventHub()
    const handler = vi.fn()
    hub.on('session_started', handler)
    hub.clear()
    hub.emit('session_started', {})
    expect(handler).not.toHaveBeenCalled()
  })
})
