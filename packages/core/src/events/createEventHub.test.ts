import { describe, expect, it, vi } from 'vitest'
import type { CustomerEventMap } from '../sdk/customerEvents.js'
import { createEventHub } from './createEventHub.js'

describe('createEventHub', () => {
  it('delivers to every handler of the event only, until each is removed', () => {
    const hub = createEventHub<CustomerEventMap>()
    const joined = vi.fn()
    const left = vi.fn()
    const removeJoined = hub.on('agent_joined', joined)
    hub.on('agent_left', left)
    hub.emit('agent_joined', { userId: 'a' })
    expect(joined).toHaveBeenCalledWith({ userId: 'a' })
    expect(left).not.toHaveBeenCalled()
    removeJoined()
    hub.emit('agent_joined', { userId: 'b' })
    expect(joined).toHaveBeenCalledTimes(1)
    hub.off('agent_left', left)
    expect(hub.count()).toBe(0)
  })

  it('keeps a handler added twice once, and counts per event or in all', () => {
    const hub = createEventHub<CustomerEventMap>()
    const handler = vi.fn()
    hub.on('session_started', handler)
    hub.on('session_started', handler)
    hub.on('session_ended', vi.fn())
    expect(hub.count('session_started')).toBe(1)
    expect(hub.count()).toBe(2)
    hub.emit('session_started', {})
    expect(handler).toHaveBeenCalledTimes(1)
  })

  it('does not skip a handler when the one before it removes itself', () => {
    const hub = createEventHub<CustomerEventMap>()
    const second = vi.fn()
    const remove = hub.on('session_ended', () => remove())
    hub.on('session_ended', second)
    hub.emit('session_ended', {})
    expect(second).toHaveBeenCalledTimes(1)
  })

  it('isolates a throwing handler: the others run, emit does not throw, the error is reported later', async () => {
    const hub = createEventHub<CustomerEventMap>()
    const after = vi.fn()
    const reported = new Promise<unknown>((resolve) => {
      const original = globalThis.queueMicrotask
      vi.spyOn(globalThis, 'queueMicrotask').mockImplementationOnce((task) =>
        original(() => {
          try {
            task()
          } catch (error) {
            resolve(error)
          }
        }),
      )
    })
    hub.on('agent_joined', () => {
      throw new Error('handler bug')
    })
    hub.on('agent_joined', after)
    expect(() => hub.emit('agent_joined', {})).not.toThrow()
    expect(after).toHaveBeenCalledTimes(1)
    expect(await reported).toEqual(new Error('handler bug'))
    vi.restoreAllMocks()
  })

  it('forgets everyone on clear', () => {
    const hub = createEventHub<CustomerEventMap>()
    const handler = vi.fn()
    hub.on('session_started', handler)
    hub.clear()
    hub.emit('session_started', {})
    expect(handler).not.toHaveBeenCalled()
  })
})
